// The storage module (utils/storage/) against WXT's in-memory fakeBrowser: what garbage, wrong types,
// foreign and old-version values in each item read as, the checklist migration, concurrent edits, and
// the one writer of the site list.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ANSWERS_VERSION,
  CHECKLIST_RECORD_VERSION,
  EMPTY_RECORD,
  migrateAnswersV2ToV3,
  normalizeChecklistRecord,
  withRecordAnswer,
  withSureAnswer,
  withValue,
  type ChecklistRecord,
} from '@/lib/answers';
import { SURE_ITEMS, VALUE_ITEMS } from '@/data/values';
import { checklistQuestions } from '@/data/checklist';
import type { Answer } from '@/data/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import {
  moveAnswersOutOfLocal,
  readDisabledSites,
  readPanelRoute,
  readSettings,
  readTabTerms,
  removeTabTerms,
  setSiteOff,
  storedChecklistRecord,
  storedDisabledSites,
  storedHandoutChoice,
  updateChecklistRecord,
  updateHandoutChoice,
  updateSettings,
  watchTabTerms,
  writeTabTerms,
} from '@/utils/storage';
import {
  LOCAL_KEYS,
  READER_CHANNEL,
  READER_DB,
  READER_KEYS,
  READER_VERSIONS,
  SESSION_KEYS,
  tabTermsKey,
  VERSIONS,
  versionKey,
} from '@/utils/storage/keys';
import { readReaderRaw, updateReaderRaw } from '@/utils/storage/reader';
import type * as StorageModuleNs from '@/utils/storage';

type StorageModule = typeof StorageModuleNs;

const local = (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items);
const session = (items: Record<string, unknown>) => fakeBrowser.storage.session.set(items);

/** A page or worker starting now: a fresh copy of the module, which defines (and migrates) its items. */
async function startPage(): Promise<StorageModule> {
  vi.resetModules();
  return import('@/utils/storage');
}

/**
 * Extension pages share one origin, so the browser's Web Locks serialize the popup's and the side
 * panel's updates. Node has no navigator.locks: this is a minimal exclusive, first-come LockManager.
 */
function installWebLocks(): { granted: string[] } {
  const tails = new Map<string, Promise<unknown>>();
  const granted: string[] = [];
  const locks = {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = () => {
        granted.push(name);
        return callback();
      };
      const result = (tails.get(name) ?? Promise.resolve()).then(run, run);
      tails.set(
        name,
        result.catch(() => {}),
      );
      return result;
    },
  };
  vi.stubGlobal('navigator', { locks });
  return { granted };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.unstubAllGlobals();
  // unstubAllGlobals also removes the setup's browser/chrome stubs: put them back.
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
});

describe('settings', () => {
  const valid: Settings = {
    paused: true,
    highlightStyle: 'off',
    mentions: 'first',
    hoverDelayMs: 1200,
    textSize: 200,
    highContrast: true,
  };

  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ value: DEFAULT_SETTINGS, repaired: [] });
  });

  it.each<[string, unknown, Settings, string[]]>([
    ['a valid value', valid, valid, []],
    ['a string', 'paused', DEFAULT_SETTINGS, ['settings']],
    ['a number', 3, DEFAULT_SETTINGS, ['settings']],
    ['an array', [valid], DEFAULT_SETTINGS, ['settings']],
    [
      'wrong types in two fields',
      { ...valid, paused: 'true', hoverDelayMs: '1200' },
      { ...valid, paused: DEFAULT_SETTINGS.paused, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs },
      ['paused', 'hoverDelayMs'],
    ],
    [
      'values from another version or extension',
      { ...valid, highlightStyle: 'outline', mentions: 'none', theme: 'dark', version: 9 },
      { ...valid, highlightStyle: DEFAULT_SETTINGS.highlightStyle, mentions: DEFAULT_SETTINGS.mentions },
      ['highlightStyle', 'mentions'],
    ],
    [
      'a hover delay out of range',
      { ...valid, hoverDelayMs: 60_000 },
      { ...valid, hoverDelayMs: 300 },
      ['hoverDelayMs'],
    ],
    ['only some fields', { mentions: 'first' }, { ...DEFAULT_SETTINGS, mentions: 'first' }, []],
  ])('%s', async (_, raw, value, repaired) => {
    await local({ settings: raw });
    expect(await readSettings()).toEqual({ value, repaired });
  });

  it('reads the defaults when storage itself fails', async () => {
    await local({ settings: valid });
    const page = await startPage();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expect(await page.readSettings()).toEqual({ value: DEFAULT_SETTINGS, repaired: [] });
  });

  it('an update repairs the stored value and keeps the valid fields', async () => {
    await local({ settings: { ...valid, highlightStyle: 42 } });
    await updateSettings((s) => ({ ...s, paused: false }));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      ...valid,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      paused: false,
    });
    expect((await readSettings()).repaired).toEqual([]);
  });
});

describe('disabledSites', () => {
  it.each<[string, unknown, string[], string[]]>([
    ['nothing stored', undefined, [], []],
    ['a valid list', ['b.org', 'a.com'], ['a.com', 'b.org'], []],
    ['a string', 'example.com', [], ['disabledSites']],
    ['an object', { 'example.com': true }, [], ['disabledSites']],
    [
      'bad entries among good ones',
      ['www.Example.com', 7, '', null, 'bad host!', 'news.site.org'],
      ['example.com', 'news.site.org'],
      ['disabledSites (4 invalid entries)'],
    ],
  ])('%s', async (_, raw, value, repaired) => {
    if (raw !== undefined) await local({ disabledSites: raw });
    expect(await readDisabledSites()).toEqual({ value, repaired });
  });

  it('adds sites from two places at once and keeps both', async () => {
    await Promise.all([setSiteOff('a.com', true), setSiteOff('b.org', true), setSiteOff('c.net', true)]);
    expect((await readDisabledSites()).value).toEqual(['a.com', 'b.org', 'c.net']);
  });

  it('has one writer, which normalizes the host and ignores pages without a site', async () => {
    await setSiteOff('www.Example.com', true);
    await setSiteOff('', true);
    expect(await fakeBrowser.storage.local.get(LOCAL_KEYS.disabledSites)).toEqual({
      [LOCAL_KEYS.disabledSites]: ['example.com'],
    });
    await setSiteOff('EXAMPLE.com', false);
    expect((await readDisabledSites()).value).toEqual([]);
  });

  it('repairs the stored list through the validator', async () => {
    await local({ disabledSites: ['www.a.com', 7] });
    await storedDisabledSites.repair();
    expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.disabledSites))[LOCAL_KEYS.disabledSites]).toEqual([
      'a.com',
    ]);
  });
});

describe('panelRoute (storage.session)', () => {
  it.each<[string, unknown, unknown, string[]]>([
    ['nothing stored', undefined, null, []],
    [
      'a valid route',
      { view: 'glossary', id: 'ketamine', at: 5 },
      { view: 'glossary', id: 'ketamine', query: undefined, at: 5 },
      [],
    ],
    ['a string', '#glossary/ketamine', null, ['panelRoute']],
    ['an unknown view', { view: 'admin', at: 5 }, null, ['panelRoute']],
    [
      'wrong types, view kept',
      { view: 'glossary', id: 5, query: 'ketamin', at: 'now' },
      { view: 'glossary', id: undefined, query: 'ketamin', at: 0 },
      ['panelRoute.id', 'panelRoute.at'],
    ],
  ])('%s', async (_, raw, value, repaired) => {
    if (raw !== undefined) await session({ panelRoute: raw });
    expect(await readPanelRoute()).toEqual({ value, repaired });
  });
});

describe('tabTerms (storage.session)', () => {
  it.each<[string, unknown, unknown, string[]]>([
    ['nothing stored', undefined, null, []],
    [
      'a valid record',
      { tabId: 4, site: 'example.com', frames: { 0: { ketamine: 2 } } },
      { tabId: 4, site: 'example.com', frames: { 0: { ketamine: 2 } } },
      [],
    ],
    ['a number', 4, null, ['tabTerms']],
    [
      'garbage inside',
      { tabId: '4', site: null, frames: { 0: { ketamine: 2, crps: 'x' }, main: { crps: 1 } } },
      { tabId: 4, site: '', frames: { 0: { ketamine: 2 } } },
      ['tabTerms.tabId', 'tabTerms.site', 'tabTerms.frames (2 unreadable entries)'],
    ],
  ])('%s', async (_, raw, value, repaired) => {
    if (raw !== undefined) await session({ 'tabTerms.4': raw });
    expect(await readTabTerms(4)).toEqual({ value, repaired });
  });

  it('is written, followed and removed by tab, without an item per tab', async () => {
    const seen: unknown[] = [];
    const unwatch = watchTabTerms(4, (v) => seen.push(v));
    await writeTabTerms(4, { tabId: 4, site: 'a.com', frames: { 0: { ketamine: 1 } } });
    await session({ [tabTermsKey(4)]: { tabId: 4, site: 'a.com', frames: { 0: { ketamine: 'x' } } } });
    await writeTabTerms(5, { tabId: 5, site: 'b.org', frames: {} });
    await removeTabTerms(4);
    unwatch();
    expect(seen).toEqual([
      { tabId: 4, site: 'a.com', frames: { 0: { ketamine: 1 } } },
      // Validated on the way in: a damaged record reads as one without the damaged counts.
      { tabId: 4, site: 'a.com', frames: {} },
      null,
    ]);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([tabTermsKey(5)]);
  });

  it('keeps tabs apart', async () => {
    await session({ 'tabTerms.4': { tabId: 4, site: 'a.com', frames: { 0: { ketamine: 1 } } } });
    expect(await readTabTerms(5)).toEqual({ value: null, repaired: [] });
  });
});

// The checklist record lives in the extension origin's IndexedDB (utils/storage/reader.ts), which
// content scripts cannot open; fake-indexeddb stands in (tests/support/reader-db.ts, fresh per test).
describe('checklist record (IndexedDB)', () => {
  const V1 = { 'fit-long-lasting-pain': 'yes', 'safety-psychosis': 'no', 'practical-ride-home': 'unsure' };
  const V2 = {
    'fit-long-lasting-pain': { answer: 'yes', on: '2026-10-01' },
    'safety-psychosis': { answer: 'no', on: '2026-10-02' },
    'practical-ride-home': { answer: 'unsure', on: null },
  };
  const legacyGone = async () =>
    expect(await fakeBrowser.storage.local.get([LOCAL_KEYS.checklistAnswers, 'checklistAnswers$'])).toEqual({});
  const localAnswers = () => fakeBrowser.storage.local.get([LOCAL_KEYS.checklistAnswers, 'checklistAnswers$']);

  it('reads an empty record when nothing is stored anywhere', async () => {
    expect(await storedChecklistRecord.read()).toEqual({ value: EMPTY_RECORD, repaired: [] });
  });

  it('writes to IndexedDB and never to storage.local (which content scripts can read)', async () => {
    await updateChecklistRecord((r) => withRecordAnswer(r, 'safety-psychosis', 'yes', '2026-11-25'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readReaderRaw(READER_KEYS.checklist)).toEqual({
      answers: { 'safety-psychosis': { answer: 'yes', on: '2026-11-25' } },
      earlier: {},
      values: {},
      sure: {},
    });
    const page = await startPage();
    expect((await page.storedChecklistRecord.read()).value.answers).toEqual({
      'safety-psychosis': { answer: 'yes', on: '2026-11-25' },
    });
  });

  describe('the one-time move out of storage.local', () => {
    it.each([
      ['version 1, with its mark', { checklistAnswers: V1, checklistAnswers$: { v: 1 } }],
      ['version 1, without a mark', { checklistAnswers: V1 }],
      ['version 2, with its mark', { checklistAnswers: V2, checklistAnswers$: { v: 2 } }],
      ['version 2, mark never written', { checklistAnswers: V2 }],
    ])('moves %s: every answer kept, then storage.local emptied', async (_, stored) => {
      await local(stored);
      const page = await startPage();
      const { value, repaired } = await page.storedChecklistRecord.read();
      expect(repaired).toEqual([]);
      const expected = migrateAnswersV2ToV3(stored.checklistAnswers);
      expect(value).toEqual(normalizeChecklistRecord(expected).value);
      expect(Object.keys(value.answers).length + Object.keys(value.earlier).length).toBe(3);
      await legacyGone();
    });

    it('moves a version-3 record (values and SURE too) as it is', async () => {
      const v3: ChecklistRecord = {
        answers: { 'safety-psychosis': { answer: 'no', on: '2026-11-01' } },
        earlier: { 'fit-supervised-clinic': { question: 'An old question?', answer: 'yes', on: null } },
        values: { [VALUE_ITEMS[0]!.id]: { weight: 'a-lot', on: '2026-11-01' } },
        sure: { [SURE_ITEMS[0]!.id]: { answer: 'no', on: '2026-11-01' } },
      };
      await local({ checklistAnswers: v3, checklistAnswers$: { v: 3 } });
      expect(await moveAnswersOutOfLocal()).toBe('moved');
      expect(await storedChecklistRecord.read()).toEqual({ value: v3, repaired: [] });
      await legacyGone();
    });

    it('merges into a record already in the database: both kept, the database wins a tie', async () => {
      await updateChecklistRecord((r) => withRecordAnswer(r, 'safety-psychosis', 'yes', '2026-12-01'));
      await local({ checklistAnswers: V2, checklistAnswers$: { v: 2 } });
      expect(await moveAnswersOutOfLocal()).toBe('moved');
      const { value } = await storedChecklistRecord.read();
      expect(value.answers['safety-psychosis']).toEqual({ answer: 'yes', on: '2026-12-01' });
      expect(value.answers['practical-ride-home']).toEqual({ answer: 'unsure', on: null });
      expect(Object.keys(value.answers).length + Object.keys(value.earlier).length).toBe(3);
    });

    it('leaves storage.local as it was when the database write fails, and moves on the next try', async () => {
      await local({ checklistAnswers: V2, checklistAnswers$: { v: 2 } });
      const real = globalThis.indexedDB;
      vi.stubGlobal('indexedDB', undefined);
      const page = await startPage();
      await expect(page.moveAnswersOutOfLocal()).rejects.toThrow();
      // The page still works (defaults) and nothing was removed.
      expect((await page.storedChecklistRecord.read()).value).toEqual(EMPTY_RECORD);
      expect(await localAnswers()).toEqual({ checklistAnswers: V2, checklistAnswers$: { v: 2 } });
      vi.stubGlobal('indexedDB', real);
      expect((await page.storedChecklistRecord.read()).value.answers['safety-psychosis']).toEqual(
        V2['safety-psychosis'],
      );
      await legacyGone();
    });

    it('removes nothing when the transaction does not commit', async () => {
      await local({ checklistAnswers: V2, checklistAnswers$: { v: 2 } });
      const page = await startPage();
      const reader = await import('@/utils/storage/reader');
      // A put that throws aborts the transaction: the move must stop before removing anything.
      const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('disk full', 'QuotaExceededError');
      });
      await expect(page.moveAnswersOutOfLocal()).rejects.toThrow();
      put.mockRestore();
      expect(await localAnswers()).toEqual({ checklistAnswers: V2, checklistAnswers$: { v: 2 } });
      expect(await reader.readReaderRaw(READER_KEYS.checklist)).toBeUndefined();
    });

    it('moves once when the worker and two pages start together (one Web Lock)', async () => {
      const { granted } = installWebLocks();
      await local({ checklistAnswers: V2, checklistAnswers$: { v: 2 } });
      const [worker, popup, panel] = [await startPage(), await startPage(), await startPage()];
      const results = await Promise.all([
        worker.moveAnswersOutOfLocal(),
        popup.storedChecklistRecord.read(),
        panel.updateChecklistRecord((r) => withRecordAnswer(r, 'fit-depression', 'no', '2026-12-02')),
      ]);
      expect(['moved', 'nothing-to-move']).toContain(results[0]);
      expect(granted.length).toBeGreaterThan(0);
      expect(granted.every((g) => g === 'painlens:move-answers')).toBe(true);
      const { value } = await popup.storedChecklistRecord.read();
      expect(value.answers['fit-depression']).toEqual({ answer: 'no', on: '2026-12-02' });
      expect(value.answers['safety-psychosis']).toEqual(V2['safety-psychosis']);
      await legacyGone();
    });

    it('keeps unreadable entries through the move, and tells the reader instead of dropping them quietly', async () => {
      await local({ checklistAnswers: { ...V1, 'fit-depression': 'sometimes' }, checklistAnswers$: { v: 1 } });
      const page = await startPage();
      const { value, repaired } = await page.storedChecklistRecord.read();
      expect(repaired).toEqual(['checklistAnswers (1 unreadable answer)']);
      expect(Object.keys(value.answers).length + Object.keys(value.earlier).length).toBe(3);
      // Moved as it was: the unreadable entry is in the database until the reader's repair.
      expect((await readReaderRaw(READER_KEYS.checklist)) as ChecklistRecord).toMatchObject({
        answers: { 'fit-depression': 'sometimes' },
      });
      await legacyGone();
    });
  });

  it.each<[string, unknown, ChecklistRecord, string[]]>([
    ['a string', 'yes', EMPTY_RECORD, ['checklistAnswers']],
    ['an array', [{ answer: 'yes' }], EMPTY_RECORD, ['checklistAnswers']],
    [
      'garbage among valid entries (the valid ones kept)',
      {
        answers: { 'fit-depression': { answer: 'no', on: '2026-11-02' }, 'safety-psychosis': { answer: 'perhaps' } },
        earlier: {},
        values: { [VALUE_ITEMS[0]!.id]: { weight: 'a-lot', on: null }, 'not-a-value': { weight: 'a-lot' } },
        sure: { [SURE_ITEMS[0]!.id]: { answer: 'unsure', on: null } },
      },
      {
        answers: { 'fit-depression': { answer: 'no', on: '2026-11-02' } },
        earlier: {},
        values: { [VALUE_ITEMS[0]!.id]: { weight: 'a-lot', on: null } },
        sure: {},
      },
      ['checklistAnswers (3 unreadable answers)'],
    ],
  ])('a corrupt record (%s) reads as defaults plus what is valid, and says so', async (_, raw, value, repaired) => {
    await updateReaderRaw(READER_KEYS.checklist, () => raw);
    expect(await storedChecklistRecord.read()).toEqual({ value, repaired });
    await storedChecklistRecord.repair();
    expect(await storedChecklistRecord.read()).toEqual({ value, repaired: [] });
  });

  it('keeps every answer given at once in the popup and the side panel (one transaction each)', async () => {
    const popup = await startPage();
    const sidePanel = await startPage();
    const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];
    await Promise.all(
      checklistQuestions.map((q, i) =>
        (i % 2 ? popup : sidePanel).updateChecklistRecord((r) =>
          withRecordAnswer(r, q.id, ANSWERS[i % 3]!, '2026-11-25'),
        ),
      ),
    );
    const { value, repaired } = await popup.storedChecklistRecord.read();
    expect(repaired).toEqual([]);
    expect(value.answers).toEqual(
      Object.fromEntries(checklistQuestions.map((q, i) => [q.id, { answer: ANSWERS[i % 3], on: '2026-11-25' }])),
    );
  });

  it('shows a change in one page to the other live, over a channel that carries no answer', async () => {
    const popup = await startPage();
    const sidePanel = await startPage();
    const heard: unknown[] = [];
    const eavesdropper = new BroadcastChannel(READER_CHANNEL);
    eavesdropper.addEventListener('message', (e) => heard.push(e.data));
    const seen: ChecklistRecord[] = [];
    const unwatch = sidePanel.storedChecklistRecord.watch((v) => seen.push(v));
    await popup.updateChecklistRecord((r) => withSureAnswer(r, SURE_ITEMS[0]!.id, 'yes', '2026-11-25'));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    unwatch();
    eavesdropper.close();
    expect(seen[0]!.sure).toEqual({ [SURE_ITEMS[0]!.id]: { answer: 'yes', on: '2026-11-25' } });
    expect(heard).toEqual([{ key: 'checklist' }]);
  });

  it.each(checklistQuestions.map((q) => q.id))('an answer to %s survives a restart of every page', async (id) => {
    for (const answer of ['yes', 'no', 'unsure'] as const) {
      await updateChecklistRecord((r) => withRecordAnswer(r, id, answer, '2026-11-25'));
      const page = await startPage();
      expect((await page.storedChecklistRecord.read()).value.answers).toEqual({ [id]: { answer, on: '2026-11-25' } });
    }
  });

  it('resets to the empty record', async () => {
    await updateChecklistRecord((r) => withValue(r, VALUE_ITEMS[0]!.id, 'some', '2026-11-25'));
    await updateChecklistRecord(() => EMPTY_RECORD);
    expect(await storedChecklistRecord.read()).toEqual({ value: EMPTY_RECORD, repaired: [] });
  });

  it('keeps the handout choice beside the record, and reads an unknown one as none', async () => {
    await updateHandoutChoice(() => ({ options: 'not-a-comparison' }));
    expect(await storedHandoutChoice.read()).toEqual({ value: { options: null }, repaired: ['handout'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('keys', () => {
  // A renamed key would leave every user's stored settings and answers behind.
  it('keep the names existing installs have stored under, and the answers version the item uses', () => {
    expect(VERSIONS.checklistAnswers).toBe(ANSWERS_VERSION);
    expect(READER_VERSIONS.checklist).toBe(CHECKLIST_RECORD_VERSION);
    expect(READER_DB).toEqual({ name: 'painlens-reader', version: 1, store: 'reader' });
    expect(versionKey(LOCAL_KEYS.checklistAnswers)).toBe('checklistAnswers$');
    expect({ ...LOCAL_KEYS, ...SESSION_KEYS, tab: tabTermsKey(3) }).toEqual({
      settings: 'settings',
      disabledSites: 'disabledSites',
      checklistAnswers: 'checklistAnswers',
      termTexts: 'termTexts',
      termForms: 'termForms',
      firstStage: 'firstStage',
      devTimings: 'devTimings',
      panelRoute: 'panelRoute',
      tab: 'tabTerms.3',
    });
  });
});
