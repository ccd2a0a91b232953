// The side panel (entrypoints/sidepanel/App.tsx and its views) over fakeBrowser: the route picks the
// view, each view shows its part, and what a reader does there is written where the other pages see it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_TITLE, CRISIS_QUESTION_ID, checklistQuestions } from '@/data/checklist';
import { CARD_NEXT_STEPS, evidenceCards } from '@/data/evidence-cards';
import { optionComparisons } from '@/data/options';
import { crisisHelpNow, crisisHelpSoon } from '@/data/review';
import { SURE_ITEMS, VALUE_ITEMS, VALUE_WEIGHTS } from '@/data/values';
import { guideSections } from '@/data/guide';
import { sources } from '@/data/sources';
import { App } from '@/entrypoints/sidepanel/App';
import { writePanelRoute } from '@/utils/storage';
import { LOCAL_KEYS, READER_KEYS } from '@/utils/storage/keys';
import {
  openAt,
  openTab,
  readLocal,
  readStoredAnswers,
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
    ).toEqual(['Page', 'Guide', 'Evidence', 'Options', 'Checklist', 'Glossary', 'Sources', 'Settings', 'Explain']);
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Evidence');
    await go('#sources');
    await waitFor(() => expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Sources'));
  });

  it.each<[string, () => HTMLElement]>([
    ['#page', () => screen.getByRole('heading', { level: 2, name: 'This page' })],
    ['#guide', () => screen.getByRole('navigation', { name: 'Guide contents' })],
    ['#evidence', () => screen.getByRole('heading', { name: 'What the evidence says, condition by condition' })],
    ['#checklist', () => screen.getByRole('heading', { name: CHECKLIST_TITLE })],
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
      {},
      // The first page of the run opens the database and moves the answers: slow on a loaded machine.
      { timeout: 5000 },
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
      expect(await readStoredAnswers()).toMatchObject({
        [checklistQuestions[0]!.id]: { answer: 'no' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const copied = 'Copied. You can paste it into an email or a note.';
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(copied));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(CHECKLIST_TITLE));
    await go('#guide');
    await go('#checklist');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(copied));
  });

  it('evidence: each card with a comparison links to it, and the options view shows it, routed', async () => {
    openPanel('#evidence');
    const withOptions = evidenceCards.filter((c) => optionComparisons.some((o) => o.cardId === c.id));
    expect(withOptions.length).toBeGreaterThan(0);
    const links = screen.getAllByRole('link', { name: CARD_NEXT_STEPS.options });
    expect(links).toHaveLength(withOptions.length);
    const target = optionComparisons.find((o) => o.cardId === withOptions[0]!.id)!;
    expect(links[0]!.getAttribute('href')).toBe(`#options/${target.id}`);
    await go(`#options/${target.id}`);
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: target.title })).toBeTruthy());
    for (const c of optionComparisons) screen.getByRole('table', { name: `${c.title}: at a glance` });
  }, 20_000);

  it('guide: links to the options compared', () => {
    openPanel('#guide');
    expect(screen.getByRole('link', { name: 'How ketamine compares with other options' }).getAttribute('href')).toBe(
      '#options',
    );
  }, 20_000);

  it('options: one comparison can be chosen to print with the handout, where the checklist shows it', async () => {
    openPanel('#options');
    const c = optionComparisons[1]!;
    // Role queries over every comparison table are slow in happy-dom: the buttons by their state.
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('#view-options button[aria-pressed]')];
    expect(buttons.map((b) => b.textContent)).toEqual(
      optionComparisons.map((o) => `Print with my checklist list: ${o.title}`),
    );
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(buttons[1]!.getAttribute('aria-pressed')).toBe('true'));
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('handout');
    await go('#checklist');
    await waitFor(() => expect(document.getElementById('view-checklist')).not.toBeNull());
    expect((document.getElementById('handout-options') as HTMLSelectElement).value).toBe(c.id);
    expect(document.getElementById(`options-${c.id}`)?.textContent).toBe(c.title);
  }, 20_000);

  it.each([
    ['yes', 'Yes', 'alert', crisisHelpNow.title],
    ['not sure', 'Not sure', 'status', crisisHelpSoon.title],
  ])(
    'checklist: crisis help as soon as the self-harm answer is %s, and on the handout',
    async (_, label, role, title) => {
      openPanel('#checklist');
      const q = checklistQuestions.find((x) => x.id === CRISIS_QUESTION_ID)!;
      const group = screen.getByRole('group', { name: q.question });
      expect(within(group).queryByText(`${title}.`)).toBeNull();
      fireEvent.click(within(group).getByRole('radio', { name: label }));
      await waitFor(() => expect(within(group).getByRole(role).textContent).toContain('988'));
      // The handout below carries it too.
      await waitFor(() => expect(screen.getAllByText(`${title}.`).length).toBe(2));
    },
  );

  it('checklist: what matters to you and the SURE questions are saved with the answers', async () => {
    openPanel('#checklist');
    const value = screen.getByRole('group', { name: VALUE_ITEMS[0]!.label });
    fireEvent.click(within(value).getAllByRole('radio')[0]!);
    const sure = screen.getByRole('group', { name: SURE_ITEMS[0]!.question });
    fireEvent.click(within(sure).getByRole('radio', { name: 'No' }));
    await waitFor(async () => {
      const { readReaderRaw } = await import('@/utils/storage/reader');
      expect(await readReaderRaw(READER_KEYS.checklist)).toMatchObject({
        values: { [VALUE_ITEMS[0]!.id]: { weight: VALUE_WEIGHTS[0]!.value } },
        sure: { [SURE_ITEMS[0]!.id]: { answer: 'no' } },
      });
    });
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

  it('glossary and handout: a word kept from its entry is on the handout with its definition, and Remove takes it off', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { readReaderRaw } = await import('@/utils/storage/reader');
    const keptIds = async () =>
      (((await readReaderRaw(READER_KEYS.keptWords)) as { words?: { id: string }[] } | undefined)?.words ?? []).map(
        (w) => w.id,
      );
    openPanel('#glossary/nmda-receptor');
    const name = screen.getByRole('article', { name: /NMDA receptor/ }).querySelector('h2')!.textContent!;
    fireEvent.click(screen.getByRole('button', { name: `Ask my doctor about this word: “${name}”` }));
    await screen.findByText('On your list of questions for your doctor.');
    await waitFor(async () => expect(await keptIds()).toEqual(['nmda-receptor']));
    await go('#checklist');
    const heading = await screen.findByRole('heading', { name: 'Words I want to ask about' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list.textContent).toContain(name);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`- ${name}: `)));
    fireEvent.click(within(list).getByRole('button', { name: `Remove “${name}”` }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Words I want to ask about' })).toBeNull());
    await waitFor(async () => expect(await keptIds()).toEqual([]));
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
