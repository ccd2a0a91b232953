// The storage module (utils/storage/) against WXT's in-memory fakeBrowser: what garbage, wrong types,
// foreign and old-version values in each item read as, the checklist migration, concurrent edits, and
// the one writer of the site list.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANSWERS_VERSION, withAnswer, type ChecklistAnswers } from '@/lib/answers';
import { checklistQuestions } from '@/data/checklist';
import type { Answer } from '@/data/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import {
  readChecklistAnswers,
  readDisabledSites,
  readPanelRoute,
  readSettings,
  readTabTerms,
  removeTabTerms,
  setSiteOff,
  storedChecklistAnswers,
  storedDisabledSites,
  updateChecklistAnswers,
  updateSettings,
  watchTabTerms,
  writeTabTerms,
} from '@/utils/storage';
import { LOCAL_KEYS, SESSION_KEYS, tabTermsKey, VERSIONS, versionKey } from '@/utils/storage/keys';
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

describe('checklistAnswers', () => {
  it.each<[string, unknown, ChecklistAnswers, string[]]>([
    ['nothing stored', undefined, {}, []],
    [
      'valid answers',
      { 'fit-depression': { answer: 'yes', on: '2026-11-02' } },
      { 'fit-depression': { answer: 'yes', on: '2026-11-02' } },
      [],
    ],
    ['a string', 'yes', {}, ['checklistAnswers']],
    ['an array', [{ answer: 'yes' }], {}, ['checklistAnswers']],
    [
      'garbage among answers',
      {
        'fit-depression': { answer: 'no', on: '2026-11-02' },
        'safety-psychosis': { answer: 'perhaps' },
        'Not An Id': 'yes',
        'practical-ride-home': 'unsure',
        'safety-heart-disease': { answer: 'yes', on: 'yesterday' },
      },
      {
        'fit-depression': { answer: 'no', on: '2026-11-02' },
        'practical-ride-home': { answer: 'unsure', on: null },
        'safety-heart-disease': { answer: 'yes', on: null },
      },
      ['checklistAnswers (2 unreadable answers)'],
    ],
    [
      'answers to questions this version does not know (kept)',
      { 'fit-future-question': { answer: 'yes', on: '2027-01-01' } },
      { 'fit-future-question': { answer: 'yes', on: '2027-01-01' } },
      [],
    ],
  ])('%s', async (_, raw, value, repaired) => {
    if (raw !== undefined) await local({ checklistAnswers: raw, checklistAnswers$: { v: 2 } });
    expect(await readChecklistAnswers()).toEqual({ value, repaired });
  });

  describe('migration from version 1', () => {
    const v1 = { 'fit-long-lasting-pain': 'yes', 'safety-psychosis': 'no', 'practical-ride-home': 'unsure' };
    const v2 = {
      'fit-long-lasting-pain': { answer: 'yes', on: null },
      'safety-psychosis': { answer: 'no', on: null },
      'practical-ride-home': { answer: 'unsure', on: null },
    };

    it('migrates a version-1 value, as WXT stored it, when a page starts', async () => {
      await local({ checklistAnswers: v1, checklistAnswers$: { v: 1 } });
      const page = await startPage();
      expect(await page.readChecklistAnswers()).toEqual({ value: v2, repaired: [] });
      expect(await fakeBrowser.storage.local.get(['checklistAnswers', 'checklistAnswers$'])).toEqual({
        checklistAnswers: v2,
        checklistAnswers$: { v: 2 },
      });
    });

    it('migrates a version-1 value stored without its version mark', async () => {
      await local({ checklistAnswers: v1 });
      const page = await startPage();
      expect(await page.readChecklistAnswers()).toEqual({ value: v2, repaired: [] });
      expect((await fakeBrowser.storage.local.get('checklistAnswers$')).checklistAnswers$).toEqual({ v: 2 });
    });

    it('keeps version-2 answers whose version mark never got written', async () => {
      // WXT writes the first value and its mark in two calls; the popup may close in between.
      const dated = { 'fit-depression': { answer: 'yes', on: '2026-11-20' } };
      await local({ checklistAnswers: dated });
      const page = await startPage();
      expect(await page.readChecklistAnswers()).toEqual({ value: dated, repaired: [] });
    });

    it('tells the reader about unreadable version-1 entries instead of dropping them quietly', async () => {
      await local({ checklistAnswers: { ...v1, 'fit-depression': 'sometimes' }, checklistAnswers$: { v: 1 } });
      const page = await startPage();
      expect(await page.readChecklistAnswers()).toEqual({
        value: v2,
        repaired: ['checklistAnswers (1 unreadable answer)'],
      });
    });

    it('reads answers from a newer version (downgrade) without losing them', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const dated = { 'fit-depression': { answer: 'no', on: '2026-11-20', extra: 1 } };
      await local({ checklistAnswers: dated, checklistAnswers$: { v: 3 } });
      const page = await startPage();
      expect(await page.readChecklistAnswers()).toEqual({
        value: { 'fit-depression': { answer: 'no', on: '2026-11-20' } },
        repaired: [],
      });
      // WXT refuses to migrate downwards and says so; the value is left as it was.
      expect(error).toHaveBeenCalled();
      expect((await fakeBrowser.storage.local.get('checklistAnswers')).checklistAnswers).toEqual(dated);
    });

    it('marks a first answer with the current version', async () => {
      const page = await startPage();
      await page.updateChecklistAnswers((a) => withAnswer(a, 'fit-depression', 'yes', '2026-11-25'));
      expect((await fakeBrowser.storage.local.get('checklistAnswers$')).checklistAnswers$).toEqual({ v: 2 });
    });
  });

  it('keeps both answers given at once in one page', async () => {
    await Promise.all([
      updateChecklistAnswers((a) => withAnswer(a, 'fit-depression', 'yes', '2026-11-25')),
      updateChecklistAnswers((a) => withAnswer(a, 'safety-psychosis', 'no', '2026-11-25')),
    ]);
    expect((await readChecklistAnswers()).value).toEqual({
      'fit-depression': { answer: 'yes', on: '2026-11-25' },
      'safety-psychosis': { answer: 'no', on: '2026-11-25' },
    });
  });

  it('keeps both answers given at once in the popup and the side panel (two pages, one Web Lock)', async () => {
    const { granted } = installWebLocks();
    const popup = await startPage();
    const sidePanel = await startPage();
    await Promise.all([
      popup.updateChecklistAnswers((a) => withAnswer(a, 'fit-depression', 'yes', '2026-11-25')),
      sidePanel.updateChecklistAnswers((a) => withAnswer(a, 'safety-psychosis', 'no', '2026-11-25')),
      popup.updateChecklistAnswers((a) => withAnswer(a, 'practical-ride-home', 'unsure', '2026-11-25')),
      sidePanel.updateChecklistAnswers((a) => withAnswer(a, 'fit-depression', 'no', '2026-11-26')),
    ]);
    expect(granted).toEqual(Array(4).fill('painlens:checklistAnswers'));
    expect((await popup.readChecklistAnswers()).value).toEqual({
      // The later of the two edits to the same question wins.
      'fit-depression': { answer: 'no', on: '2026-11-26' },
      'safety-psychosis': { answer: 'no', on: '2026-11-25' },
      'practical-ride-home': { answer: 'unsure', on: '2026-11-25' },
    });
  });

  it('shows an answer given in one page to the other page live (watch)', async () => {
    const popup = await startPage();
    const sidePanel = await startPage();
    const seen: unknown[] = [];
    const unwatch = sidePanel.storedChecklistAnswers.watch((v) => seen.push(v));
    await popup.updateChecklistAnswers((a) => withAnswer(a, 'fit-depression', 'yes', '2026-11-25'));
    unwatch();
    expect(seen).toEqual([{ 'fit-depression': { answer: 'yes', on: '2026-11-25' } }]);
  });

  it('keeps a continuous stream of single answers, every question, from two pages', async () => {
    installWebLocks();
    const pages = [await startPage(), await startPage()];
    const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];
    await Promise.all(
      checklistQuestions.map((q, i) =>
        pages[i % 2]!.updateChecklistAnswers((a) => withAnswer(a, q.id, ANSWERS[i % 3]!, '2026-11-25')),
      ),
    );
    const { value, repaired } = await readChecklistAnswers();
    expect(repaired).toEqual([]);
    expect(value).toEqual(
      Object.fromEntries(checklistQuestions.map((q, i) => [q.id, { answer: ANSWERS[i % 3], on: '2026-11-25' }])),
    );
  });

  it.each(checklistQuestions.map((q) => q.id))('an answer to %s survives a restart of every page', async (id) => {
    for (const answer of ['yes', 'no', 'unsure'] as const) {
      await updateChecklistAnswers((a) => withAnswer(a, id, answer, '2026-11-25'));
      const page = await startPage();
      expect(await page.readChecklistAnswers()).toEqual({
        value: { [id]: { answer, on: '2026-11-25' } },
        repaired: [],
      });
    }
  });

  it('resets to no answers', async () => {
    await updateChecklistAnswers((a) => withAnswer(a, 'fit-depression', 'yes', '2026-11-25'));
    await updateChecklistAnswers(() => ({}));
    expect(await readChecklistAnswers()).toEqual({ value: {}, repaired: [] });
    expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.checklistAnswers))[LOCAL_KEYS.checklistAnswers]).toEqual({});
  });

  it('follows answers validated, and repairs them in place', async () => {
    const seen: unknown[] = [];
    const unwatch = storedChecklistAnswers.watch((v) => seen.push(v));
    await local({ checklistAnswers: { 'fit-depression': 'yes', 'Not An Id': 'no' }, checklistAnswers$: { v: 2 } });
    unwatch();
    expect(seen).toEqual([{ 'fit-depression': { answer: 'yes', on: null } }]);
    await storedChecklistAnswers.repair();
    expect((await readChecklistAnswers()).repaired).toEqual([]);
  });
});

describe('keys', () => {
  // A renamed key would leave every user's stored settings and answers behind.
  it('keep the names existing installs have stored under, and the answers version the item uses', () => {
    expect(VERSIONS.checklistAnswers).toBe(ANSWERS_VERSION);
    expect(versionKey(LOCAL_KEYS.checklistAnswers)).toBe('checklistAnswers$');
    expect({ ...LOCAL_KEYS, ...SESSION_KEYS, tab: tabTermsKey(3) }).toEqual({
      settings: 'settings',
      disabledSites: 'disabledSites',
      checklistAnswers: 'checklistAnswers',
      termTexts: 'termTexts',
      devTimings: 'devTimings',
      panelRoute: 'panelRoute',
      tab: 'tabTerms.3',
    });
  });
});
