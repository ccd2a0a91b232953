// The toolbar popup (entrypoints/popup/App.tsx) over fakeBrowser: what it shows for the active tab,
// and what each control writes or opens.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CRISIS_QUESTION_ID, checklistQuestions } from '@/data/checklist';
import { SURE_ITEMS, VALUES_TITLE } from '@/data/values';
import { App } from '@/entrypoints/popup/App';
import { readPanelRoute, updateSettings } from '@/utils/storage';
import { LOCAL_KEYS, READER_KEYS } from '@/utils/storage/keys';
import {
  openAt,
  openTab,
  readLocal,
  readStoredAnswers,
  storeTabTerms,
  stubExtension,
  type ExtensionStubs,
} from './support/extension';

let stubs: ExtensionStubs;
let tab: { id: number; windowId: number };
let close: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  stubs = stubExtension();
  openAt('/popup.html');
  tab = await openTab();
  close = vi.spyOn(window, 'close').mockImplementation(() => {});
});

const termButtons = () =>
  within(screen.getByRole('list', { name: 'Explained terms on this page' })).getAllByRole('button');

describe('popup: on this page', () => {
  it('lists the page’s terms, most frequent first, with the switches for the page’s site', async () => {
    await storeTabTerms(tab.id, 'example.com', { 0: { ketamine: 1, fibromyalgia: 3 }, 4: { ketamine: 1 } });
    render(<App />);
    await waitFor(() => expect(termButtons()).toHaveLength(2));
    expect(termButtons().map((b) => b.textContent)).toEqual([
      'Fibromyalgia 3 times on this page',
      'Ketamine 2 times on this page',
    ]);
    screen.getByRole('switch', { name: 'Explain terms on example.com' });
  });

  it('shows the term on the page, in the frame that has it, and closes', async () => {
    await storeTabTerms(tab.id, 'example.com', { 4: { opioid: 2 } });
    render(<App />);
    await waitFor(() => expect(termButtons()).toHaveLength(1));
    fireEvent.click(termButtons()[0]!);
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(stubs.sendToTab).toHaveBeenCalledWith(tab.id, { type: 'show-term', termId: 'opioid' }, { frameId: 4 });
  });

  it.each<[string, () => Promise<unknown>, string]>([
    [
      'paused',
      () => updateSettings((s) => ({ ...s, paused: true })),
      'PainLens is paused. Turn highlighting on to see the terms on this page.',
    ],
    [
      'off on this site',
      async () => {
        await storeTabTerms(tab.id, 'example.com', {});
        await fakeBrowser.storage.local.set({ [LOCAL_KEYS.disabledSites]: ['example.com'] });
      },
      'PainLens is off on this site.',
    ],
    [
      'on a page no content script reported from',
      async () => {},
      'No explained terms found on this page (PainLens cannot read browser pages or the extension store).',
    ],
    [
      'on a page with no terms yet',
      () => storeTabTerms(tab.id, 'example.com', {}),
      'No explained terms on this page yet.',
    ],
  ])('says so when %s', async (_, arrange, text) => {
    await arrange();
    render(<App />);
    await screen.findByText(text);
  });

  it('turns the site off and PainLens off from the switches', async () => {
    await storeTabTerms(tab.id, 'www.example.com', {});
    render(<App />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Explain terms on www.example.com' }));
    await waitFor(async () => expect(await readLocal(LOCAL_KEYS.disabledSites)).toEqual(['example.com']));
    fireEvent.click(screen.getByRole('switch', { name: 'Explain terms on pages' }));
    await waitFor(async () => expect(await readLocal(LOCAL_KEYS.settings)).toMatchObject({ paused: true }));
  });
});

describe('popup: sections', () => {
  it('answers a checklist question and counts it', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }));
    const first = screen.getByRole('group', { name: checklistQuestions[0]!.question });
    fireEvent.click(within(first).getByRole('radio', { name: 'Yes' }));
    await waitFor(async () =>
      expect(await readStoredAnswers()).toMatchObject({
        [checklistQuestions[0]!.id]: { answer: 'yes' },
      }),
    );
    await screen.findByText(`1 of ${checklistQuestions.length} answered.`, { exact: false });
  });

  it('shows crisis help as soon as the self-harm answer is yes', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }));
    const q = checklistQuestions.find((x) => x.id === CRISIS_QUESTION_ID)!;
    const group = screen.getByRole('group', { name: q.question });
    fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(within(group).getByRole('alert').textContent).toContain('988'));
  });

  it('has the values and SURE step, saved with the answers', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }));
    screen.getByRole('heading', { name: VALUES_TITLE });
    const sure = screen.getByRole('group', { name: SURE_ITEMS[1]!.question });
    fireEvent.click(within(sure).getByRole('radio', { name: 'Yes' }));
    await waitFor(async () => {
      const { readReaderRaw } = await import('@/utils/storage/reader');
      expect(await readReaderRaw(READER_KEYS.checklist)).toMatchObject({
        sure: { [SURE_ITEMS[1]!.id]: { answer: 'yes' } },
      });
    });
  });

  it('finds a word and opens its glossary entry in the side panel, then closes', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the glossary' }), {
      target: { value: 'fibromialgia' },
    });
    fireEvent.click(await screen.findByRole('button', { name: /^Fibromyalgia/ }));
    expect(stubs.sidePanelOpen).toHaveBeenCalledWith({ windowId: tab.windowId });
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect((await readPanelRoute()).value).toMatchObject({ view: 'glossary', id: 'fibromyalgia' });
  });

  it('opens the full guide at the checklist from the checklist section, at the guide otherwise', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Open full guide' }));
    await waitFor(async () => expect((await readPanelRoute()).value).toMatchObject({ view: 'guide' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open full guide' }));
    await waitFor(async () => expect((await readPanelRoute()).value).toMatchObject({ view: 'checklist' }));
  });

  it('opens the side panel page in a tab where the panel cannot open', async () => {
    stubs.sidePanelOpen.mockRejectedValue(new Error('no user gesture'));
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Learn' }));
    fireEvent.click(screen.getAllByRole('button', { name: /^Read more/ })[0]!);
    await waitFor(() => expect(close).toHaveBeenCalled());
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls.some((u) => u?.startsWith('chrome-extension://test-extension-id/sidepanel.html#guide/'))).toBe(true);
  });

  it('tells once, in short, that damaged saved data was reset', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.settings]: 'garbage' });
    render(<App />);
    await screen.findByText(
      'Some saved data could not be read (settings) and was reset to defaults. Everything else was kept.',
    );
  });
});
