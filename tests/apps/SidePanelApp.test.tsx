// The side panel (entrypoints/sidepanel/App.tsx and its views) over fakeBrowser: the route picks the
// view, each view shows its part, and what a reader does there is written where the other pages see it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistQuestions } from '@/data/checklist';
import { evidenceCards } from '@/data/evidence-cards';
import { guideSections } from '@/data/guide';
import { sources } from '@/data/sources';
import { App } from '@/entrypoints/sidepanel/App';
import { writePanelRoute } from '@/utils/storage';
import { LOCAL_KEYS } from '@/utils/storage/keys';
import {
  openAt,
  openTab,
  readLocal,
  storeAnswers,
  storeTabTerms,
  stubExtension,
  type ExtensionStubs,
} from './support/extension';

let stubs: ExtensionStubs;
let tab: { id: number; windowId: number };

beforeEach(async () => {
  stubs = stubExtension();
  tab = await openTab();
});

function openPanel(hash = ''): void {
  openAt(`/sidepanel.html${hash}`);
  render(<App />);
}

const go = (hash: string) =>
  act(() => {
    location.hash = hash;
  });

describe('side panel: navigation', () => {
  it('has one link per section, the current one marked', async () => {
    openPanel('#evidence');
    const nav = screen.getByRole('navigation', { name: 'PainLens sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['This page', 'Guide', 'Evidence', 'Checklist', 'Glossary', 'Sources', 'Settings', 'Explain']);
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Evidence');
    await go('#sources');
    await waitFor(() => expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Sources'));
  });

  it.each<[string, () => HTMLElement]>([
    ['#page', () => screen.getByRole('heading', { level: 2, name: 'This page' })],
    ['#guide', () => screen.getByRole('navigation', { name: 'Guide contents' })],
    ['#evidence', () => screen.getByRole('heading', { name: 'What the evidence says, condition by condition' })],
    ['#checklist', () => screen.getByRole('heading', { name: 'Questions for my doctor' })],
    ['#glossary', () => screen.getByRole('heading', { level: 2, name: 'Glossary' })],
    ['#sources', () => screen.getByRole('heading', { level: 2, name: 'Sources' })],
    ['#settings', () => screen.getByRole('heading', { level: 2, name: 'Settings' })],
  ])('%s shows its view, and only that one', (hash, find) => {
    openPanel(hash);
    find();
    const views = document.querySelectorAll('main > [id^="view-"]');
    expect([...views].map((v) => v.id)).toEqual([`view-${hash.slice(1)}`]);
  });

  it('goes where the popup, the tooltip or the context menu asks', async () => {
    openPanel('#page');
    await act(async () => void (await writePanelRoute({ view: 'glossary', query: 'ketamin' })));
    await screen.findByRole('heading', { level: 2, name: 'Glossary' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('ketamin');
  });

  it('tells once, in full, that damaged saved data was reset', async () => {
    await storeAnswers({ 'fit-depression': { answer: 'maybe', on: null } });
    openPanel('#checklist');
    await screen.findByText(
      'Some saved data could not be read (checklistAnswers (1 unreadable answer)) and was reset to defaults. ' +
        'Everything else, including your other checklist answers, was kept.',
    );
  });
});

describe('side panel: views', () => {
  it('this page: the terms found, and the evidence for the conditions it ties to ketamine', async () => {
    openAt(`/sidepanel.html?tab=${tab.id}#page`);
    await storeTabTerms(tab.id, 'example.com', { 0: { ketamine: 2, fibromyalgia: 1 } });
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Explained terms on this page' });
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(2));
    screen.getByRole('heading', { name: "What the evidence says about this page's topics" });
    const card = evidenceCards.find((c) => c.conditionTermIds.includes('fibromyalgia'))!;
    screen.getByRole('article', { name: new RegExp(card.title) });
    fireEvent.click(within(list).getAllByRole('button')[1]!);
    await waitFor(() =>
      expect(stubs.sendToTab).toHaveBeenCalledWith(
        tab.id,
        { type: 'show-term', termId: 'fibromyalgia' },
        { frameId: 0 },
      ),
    );
  });

  it('guide: a contents list and every section', () => {
    openPanel('#guide');
    const toc = screen.getByRole('navigation', { name: 'Guide contents' });
    expect(within(toc).getAllByRole('link')).toHaveLength(guideSections.length);
    for (const s of guideSections) screen.getByRole('heading', { name: s.title });
  });

  it('evidence: one card per condition', () => {
    openPanel('#evidence');
    expect(screen.getAllByRole('article')).toHaveLength(evidenceCards.length);
  });

  it('checklist: an answer is saved; copying says so, and still says so after a visit elsewhere', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    openPanel('#checklist');
    const first = screen.getByRole('group', { name: checklistQuestions[0]!.question });
    fireEvent.click(within(first).getByRole('radio', { name: 'No' }));
    await waitFor(async () =>
      expect(await readLocal(LOCAL_KEYS.checklistAnswers)).toMatchObject({
        [checklistQuestions[0]!.id]: { answer: 'no' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const copied = 'Copied. You can paste it into an email or a note.';
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(copied));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Questions for my doctor'));
    await go('#guide');
    await go('#checklist');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(copied));
  });

  it('checklist: where copying is refused, it says what to do instead', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    openPanel('#checklist');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Copy did not work here. Use Print instead, or select the text and copy it.',
      ),
    );
  });

  it('glossary: search as you type, the routed entry, and a notice for an entry that does not exist', async () => {
    openPanel('#glossary/nmda-receptor');
    screen.getByRole('article', { name: /NMDA receptor/ });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'fibromialgia' } });
    fireEvent.click(await screen.findByRole('button', { name: /^Fibromyalgia/ }));
    await waitFor(() => expect(location.hash).toBe('#glossary/fibromyalgia'));
    await screen.findByRole('article', { name: /Fibromyalgia/ });
    await go('#glossary/not-a-term');
    await screen.findByText('No glossary entry called “not-a-term”.');
  });

  it('sources: every source', () => {
    openPanel('#sources');
    for (const s of sources.slice(0, 5)) expect(document.getElementById(`source-${s.id}`)).not.toBeNull();
    expect(document.querySelectorAll('[id^="source-"]')).toHaveLength(sources.length);
  });

  it('settings: the sites turned off can be put back on; the shortcuts are listed', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.disabledSites]: ['a.example', 'b.example'] });
    openPanel('#settings');
    fireEvent.click(await screen.findByRole('button', { name: /a\.example/ }));
    await waitFor(async () => expect(await readLocal(LOCAL_KEYS.disabledSites)).toEqual(['b.example']));
    await screen.findByText('Alt+Shift+N');
    expect(screen.queryByText('Alt+P')).toBeNull();
  });
});
