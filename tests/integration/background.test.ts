// The background worker (entrypoints/background/) against WXT's fakeBrowser.
//
// fakeBrowser implements runtime, storage, tabs, windows and action (badge text, colour, title).
// It throws "not implemented" for contextMenus, commands, sidePanel and tabs.sendMessage, so those
// are replaced here: vi.fn for the calls, and a small event with trigger() for the two events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstStageVersion, termFormsVersion, termTextsVersion } from 'virtual:painlens-term-data';
import { firstStageKeys, formGroups } from 'virtual:painlens-term-forms';
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import {
  decodeKeys,
  fingerprint,
  packFormGroups,
  packForms,
  packTermTexts,
  readFormGroups,
  readTermText,
  unpackFormGroups,
  unpackForms,
  type TermTexts,
} from '@/lib/term-data';
import { firstStageKeys as firstStageKeyList } from '@/lib/term-matcher';
import type { TabTerms } from '@/lib/messages';
import { handleInstalled, startBackground } from '@/entrypoints/background/listeners';
import { handleMenuClick, MENU_ID } from '@/entrypoints/background/menus';
import { MAX_ROUTE_TEXT } from '@/lib/panel-route';
import {
  forgetPanelOpens,
  handleCommand,
  handleMessage,
  OPEN_PANEL_INTERVAL_MS,
} from '@/entrypoints/background/messages';
import { readReaderRaw } from '@/utils/storage/reader';
import { clearTab } from '@/entrypoints/background/tab-terms';
import { ensureTermForms } from '@/entrypoints/background/term-forms';
import { ensureTermTexts } from '@/entrypoints/background/term-texts';
import { readDisabledSites, readPanelRoute, readTabTerms } from '@/utils/storage';
import { LOCAL_KEYS, READER_KEYS, SESSION_KEYS, tabTermsKey } from '@/utils/storage/keys';

type Listener = (...args: never[]) => unknown;

function fakeEvent<L extends Listener>() {
  const listeners = new Set<L>();
  return {
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
    hasListener: (l: L) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: Parameters<L>) => [...listeners].map((l) => l(...args)),
  };
}

const TAB = { id: 5, windowId: 1 };
/** A content script's sender as the browser reports it: this extension, a tab, a frame and its URL. */
const sender = (
  frameId: number,
  tab: { id?: number } | undefined = TAB,
  url: string | undefined = 'https://www.example.com/article',
) => ({ id: fakeBrowser.runtime.id, tab, frameId, url }) as never;
const message = (m: unknown, from = sender(0)) => fakeBrowser.runtime.onMessage.trigger(m, from, () => {});
/**
 * A frame on `site` reports its terms. The message's own `site` is a lie on purpose: the
 * background must take the site from the sender.
 */
const found = (counts: unknown, frameId = 0, site = 'example.com', tab = TAB) =>
  message(
    { type: 'terms-found', counts, site: 'forged.example' },
    sender(frameId, tab, site ? `https://${site}/article` : 'data:text/html,x'),
  );
const openTerm = (termId: unknown, from = sender(0)) => message({ type: 'open-term', termId, activated: true }, from);

const badge = (tabId = TAB.id) => fakeBrowser.action.getBadgeText({ tabId });
const title = (tabId = TAB.id) => fakeBrowser.action.getTitle({ tabId });
const record = async (tabId = TAB.id) =>
  (await fakeBrowser.storage.session.get(tabTermsKey(tabId)))[tabTermsKey(tabId)];
const storedRoute = async () =>
  (await fakeBrowser.storage.session.get(SESSION_KEYS.panelRoute))[SESSION_KEYS.panelRoute];
const storedTexts = async () => (await fakeBrowser.storage.local.get(LOCAL_KEYS.termTexts))[LOCAL_KEYS.termTexts];
const storedForms = async () => (await fakeBrowser.storage.local.get(LOCAL_KEYS.termForms))[LOCAL_KEYS.termForms];

/** Waits for listeners that run their work without returning it (`void handle…()`); generous for a loaded machine. */
const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 5000, interval: 5 });

let menus: {
  create: ReturnType<typeof vi.fn>;
  removeAll: ReturnType<typeof vi.fn>;
  onClicked: ReturnType<typeof fakeEvent>;
};
let onCommand: ReturnType<typeof fakeEvent>;
let sidePanelOpen: ReturnType<typeof vi.fn>;
let sendToTab: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  menus = { create: vi.fn(() => MENU_ID), removeAll: vi.fn(async () => {}), onClicked: fakeEvent() };
  onCommand = fakeEvent();
  sidePanelOpen = vi.fn(async () => {});
  sendToTab = vi.fn(async () => undefined);
  Object.assign(fakeBrowser.contextMenus, menus);
  Object.assign(fakeBrowser.commands, { onCommand });
  Object.assign(fakeBrowser.sidePanel, { open: sidePanelOpen, setPanelBehavior: vi.fn(async () => {}) });
  Object.assign(fakeBrowser.tabs, { sendMessage: sendToTab });
  // The panel-open allowance is the worker's memory: each test starts with none used.
  for (const tabId of [TAB.id, 6]) forgetPanelOpens(tabId);
  startBackground();
});

describe('install and start', () => {
  const welcomeUrl = 'chrome-extension://test-extension-id/welcome.html';
  const openUrls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);

  it('moves answers an earlier version left in storage.local into IndexedDB on update', async () => {
    const v2 = { 'safety-psychosis': { answer: 'no', on: '2026-10-02' } };
    await fakeBrowser.storage.local.set({ checklistAnswers: v2, checklistAnswers$: { v: 2 } });
    await handleInstalled({ reason: 'update' });
    expect(await fakeBrowser.storage.local.get(['checklistAnswers', 'checklistAnswers$'])).toEqual({});
    expect(await readReaderRaw(READER_KEYS.checklist)).toMatchObject({ answers: v2 });
  });

  it('opens the welcome page on install, creates the menu and writes the tooltip texts', async () => {
    await handleInstalled({ reason: 'install' });
    expect(await openUrls()).toContain(welcomeUrl);
    expect(menus.removeAll).toHaveBeenCalledTimes(1);
    expect(menus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Explain “%s” with PainLens',
      contexts: ['selection'],
    });
    expect(menus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(menus.create.mock.invocationCallOrder[0]!);
    expect(await storedTexts()).toEqual({
      version: termTextsVersion,
      texts: packTermTexts(glossary, sources),
    });
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])('opens no welcome page on %s', async (reason) => {
    await handleInstalled({ reason });
    expect(await openUrls()).not.toContain(welcomeUrl);
    expect(menus.create).toHaveBeenCalledTimes(1);
    expect(await storedTexts()).toMatchObject({ version: termTextsVersion });
  });

  it('starts and installs where there are no context menus or keyboard commands (Firefox for Android)', async () => {
    const fake = fakeBrowser as unknown as Record<string, unknown>;
    const saved = { contextMenus: fake.contextMenus, commands: fake.commands };
    fake.contextMenus = undefined;
    fake.commands = undefined;
    try {
      expect(fakeBrowser.contextMenus).toBeUndefined();
      expect(() => startBackground()).not.toThrow();
      await handleInstalled({ reason: 'install' });
      expect(await openUrls()).toContain(welcomeUrl);
      expect(await storedTexts()).toMatchObject({ version: termTextsVersion });
    } finally {
      Object.assign(fake, saved);
    }
  });

  it('reacts to runtime.onInstalled itself', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await eventually(async () => expect(await openUrls()).toContain(welcomeUrl));
  });

  it('writes the tooltip texts as the worker starts, with the version the content script expects', async () => {
    await eventually(async () => expect(await storedTexts()).toMatchObject({ version: termTextsVersion }));
  });

  it('does not rewrite the tooltip texts when the stored version is current', async () => {
    await handleInstalled({ reason: 'install' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await handleInstalled({ reason: 'update' });
    await fakeBrowser.runtime.onStartup.trigger();
    await handleMessage({ type: 'get-term-texts' }, sender(0));
    // The checks run one after another: this one ends after the one the message started.
    await ensureTermTexts();
    expect(set.mock.calls.filter(([items]) => LOCAL_KEYS.termTexts in (items as object))).toEqual([]);
  });

  it.each([
    ['an old version', { version: 'old', texts: {} }],
    ['garbage', 'garbage'],
    ['no version', { texts: {} }],
    ['the current version over corrupt texts', { version: termTextsVersion, texts: 'x' }],
    [
      'the current version over texts missing an entry',
      {
        version: termTextsVersion,
        texts: Object.fromEntries(Object.entries(packTermTexts(glossary, sources)).filter(([id]) => id !== 'ketamine')),
      },
    ],
  ])('rewrites the tooltip texts over %s', async (_, stale) => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termTexts]: stale });
    await handleInstalled({ reason: 'update' });
    expect(await storedTexts()).toEqual({
      version: termTextsVersion,
      texts: packTermTexts(glossary, sources),
    });
  });

  it('writes the match forms at install and as the worker starts: the whole glossary, with the version the content script expects', async () => {
    await eventually(async () => expect(await storedForms()).toEqual({ version: termFormsVersion, forms: formGroups }));
    await fakeBrowser.storage.local.remove(LOCAL_KEYS.termForms);
    await handleInstalled({ reason: 'install' });
    expect(await storedForms()).toEqual({
      version: termFormsVersion,
      forms: packFormGroups(unpackForms(packForms(glossary))),
    });
  });

  it("writes the first stage's keys with the forms, with the version the content script expects, and rewrites damaged ones", async () => {
    const storedKeys = async () => (await fakeBrowser.storage.local.get(LOCAL_KEYS.firstStage))[LOCAL_KEYS.firstStage];
    await eventually(async () =>
      expect(await storedKeys()).toEqual({ version: firstStageVersion, keys: firstStageKeys }),
    );
    expect(firstStageVersion).toBe(fingerprint(firstStageKeys));
    expect(decodeKeys(firstStageKeys).size).toBe(firstStageKeyList(unpackFormGroups(formGroups)).length);
    for (const stale of [
      undefined,
      { version: firstStageVersion, keys: 'AAAA' },
      { version: 'old', keys: firstStageKeys },
    ]) {
      if (stale === undefined) await fakeBrowser.storage.local.remove(LOCAL_KEYS.firstStage);
      else await fakeBrowser.storage.local.set({ [LOCAL_KEYS.firstStage]: stale });
      expect(await handleMessage({ type: 'write-term-forms' }, sender(0))).toBe(true);
      expect(await storedKeys()).toEqual({ version: firstStageVersion, keys: firstStageKeys });
    }
  });

  it.each([
    ['an old version', { version: 'old', forms: [] }],
    ['garbage', 'garbage'],
    [
      'the current version over forms missing a group',
      { version: termFormsVersion, forms: formGroups.slice(formGroups.indexOf('\n') + 1) },
    ],
    [
      'the current version over forms in another shape',
      { version: termFormsVersion, forms: readFormGroups(formGroups) },
    ],
    [
      // A frame checks only the length; the worker recomputes the fingerprint.
      'the current version over forms of the right length, changed within',
      { version: termFormsVersion, forms: `${formGroups.slice(0, 100)}#${formGroups.slice(101)}` },
    ],
  ])('rewrites the match forms over %s, at an update, a start and when a content script asks', async (_, stale) => {
    for (const rewrite of [
      () => handleInstalled({ reason: 'update' }),
      () => fakeBrowser.runtime.onStartup.trigger(),
      () => handleMessage({ type: 'write-term-forms' }, sender(0)),
    ]) {
      await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termForms]: stale });
      await rewrite();
      await ensureTermForms();
      expect(await storedForms()).toEqual({ version: termFormsVersion, forms: formGroups });
    }
  });

  it("answers a content script's request for the forms only once they are written, and does not rewrite current ones", async () => {
    await handleInstalled({ reason: 'install' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await handleMessage({ type: 'write-term-forms' }, sender(0))).toBe(true);
    expect(set.mock.calls.filter(([items]) => LOCAL_KEYS.termForms in (items as object))).toEqual([]);
    await fakeBrowser.storage.local.remove(LOCAL_KEYS.termForms);
    expect(await handleMessage({ type: 'write-term-forms' }, sender(0))).toBe(true);
    expect(await storedForms()).toEqual({ version: termFormsVersion, forms: formGroups });
  });

  it('creates the menu again when the browser starts', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    await eventually(() => expect(menus.create).toHaveBeenCalledTimes(1));
  });
});

describe('messages from content scripts', () => {
  it('records the terms of a tab in storage.session and shows the number of distinct terms', async () => {
    await found({ ketamine: 3, 'complex-regional-pain-syndrome': 1 });
    expect(await record()).toEqual({
      tabId: 5,
      site: 'example.com',
      frames: { 0: { ketamine: 3, 'complex-regional-pain-syndrome': 1 } },
    });
    expect(await badge()).toBe('2');
    expect(await title()).toBe('PainLens: 2 explained terms on this page');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 5 })).toEqual([0x1d, 0x6f, 0x6a, 255]);
  });

  it('says "term" for one', async () => {
    await found({ ketamine: 7 });
    expect(await badge()).toBe('1');
    expect(await title()).toBe('PainLens: 1 explained term on this page');
  });

  it('merges frames reporting at the same moment; a term in two frames counts once', async () => {
    await Promise.all([
      found({ ketamine: 3, 'complex-regional-pain-syndrome': 1 }, 0),
      found({ 'complex-regional-pain-syndrome': 2, fibromyalgia: 1 }, 3, 'ads.example.net'),
    ]);
    expect(await record()).toEqual({
      tabId: 5,
      site: 'example.com',
      frames: {
        0: { ketamine: 3, 'complex-regional-pain-syndrome': 1 },
        3: { 'complex-regional-pain-syndrome': 2, fibromyalgia: 1 },
      },
    });
    expect(await badge()).toBe('3');
  });

  it('loses no frame when twenty report at once', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => found({ [`term-${i}`]: 1 }, i)));
    const frames = ((await record()) as TabTerms).frames;
    expect(Object.keys(frames).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i)),
    );
    expect(await badge()).toBe('20');
  });

  it('takes the site from the top frame only, never from a sub-frame or the message', async () => {
    await found({ fibromyalgia: 1 }, 3, 'ads.example.net');
    expect(((await record()) as TabTerms).site).toBe('');
    await found({ ketamine: 1 }, 0, 'www.example.com');
    await found({ opioid: 1 }, 4, 'other.example.org');
    expect(((await record()) as TabTerms).site).toBe('example.com');
  });

  it('removes the counts of a frame that reports nothing, and clears the badge with the last', async () => {
    await found({ ketamine: 3 }, 0);
    await found({ fibromyalgia: 1, opioid: 2 }, 3);
    expect(await badge()).toBe('3');
    await found({}, 3);
    expect(((await record()) as TabTerms).frames).toEqual({ 0: { ketamine: 3 } });
    expect(await badge()).toBe('1');
    await found({}, 0);
    expect(((await record()) as TabTerms).frames).toEqual({});
    expect(await badge()).toBe('');
    expect(await title()).toBe('PainLens');
  });

  it.each<[string, unknown, Record<string, number>]>([
    [
      'bad counts among good ones',
      {
        ketamine: 2.7,
        'complex-regional-pain-syndrome': 0.5,
        'Bad Id': 3,
        opioid: -1,
        nausea: '4',
        fibromyalgia: null,
      },
      { ketamine: 2 },
    ],
    ['ids with markup', { '<img src=x>': 1, 'a b': 1, ketamine: 1 }, { ketamine: 1 }],
    ['an array', [3, 4], {}],
    ['a string', 'ketamine', {}],
    ['null', null, {}],
  ])('sanitizes garbage counts: %s', async (_, counts, kept) => {
    await found(counts);
    const frames = ((await record()) as TabTerms).frames;
    expect(frames).toEqual(Object.keys(kept).length ? { 0: kept } : {});
    expect(await badge()).toBe(Object.keys(kept).length ? String(Object.keys(kept).length) : '');
  });

  it('stores an empty site for a top frame without a host (data:)', async () => {
    await found({ ketamine: 1 }, 0, '');
    expect(((await record()) as TabTerms).site).toBe('');
  });

  it.each([
    ['another extension', { id: 'other-extension', tab: TAB, frameId: 0, url: 'https://example.com/' }],
    [
      'an extension page (no tab)',
      { id: 'test-extension-id', frameId: 0, url: 'chrome-extension://test-extension-id/popup.html' },
    ],
    [
      'an extension page in a tab',
      { id: 'test-extension-id', tab: TAB, frameId: 0, url: 'chrome-extension://test-extension-id/sidepanel.html' },
    ],
  ])('ignores every message from %s', async (_, from) => {
    for (const m of [
      { type: 'terms-found', counts: { ketamine: 1 }, site: 'example.com' },
      { type: 'open-term', termId: 'ketamine', activated: true },
      { type: 'set-site-off', site: 'example.com', off: true },
      { type: 'get-term-texts' },
    ]) {
      expect(handleMessage(m, from as never)).toBeUndefined();
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await readDisabledSites()).toEqual({ value: [], repaired: [] });
    expect(sidePanelOpen).not.toHaveBeenCalled();
  });

  it('ignores terms reported from outside a tab', async () => {
    const fromPage = { frameId: 0 } as never;
    expect(await message({ type: 'terms-found', counts: { ketamine: 1 }, site: 'example.com' }, fromPage)).toEqual([
      undefined,
    ]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('leaves other tabs alone', async () => {
    await found({ ketamine: 1 }, 0, 'a.com', { id: 5, windowId: 1 });
    await found({ ketamine: 1, opioid: 1 }, 0, 'b.com', { id: 6, windowId: 1 });
    expect(await badge(5)).toBe('1');
    expect(await badge(6)).toBe('2');
    await found({}, 0, 'a.com', { id: 5, windowId: 1 });
    expect(await badge(6)).toBe('2');
  });

  it('repairs a corrupt stored record when the next report comes in', async () => {
    await fakeBrowser.storage.session.set({
      [tabTermsKey(5)]: { tabId: 'x', site: 5, frames: { 2: 'ketamine', 3: { opioid: 2, x: 'y' } } },
    });
    await found({ ketamine: 1 }, 0);
    expect(await readTabTerms(5)).toEqual({
      value: { tabId: 5, site: 'example.com', frames: { 0: { ketamine: 1 }, 3: { opioid: 2 } } },
      repaired: [],
    });
    expect(await badge()).toBe('2');
  });

  it('keeps the frames of a tab across a worker restart (storage.session)', async () => {
    await found({ ketamine: 1 }, 0);
    vi.resetModules();
    const restarted = await import('@/entrypoints/background/messages');
    await restarted.handleMessage({ type: 'terms-found', counts: { opioid: 2 }, site: 'x.com' }, sender(3));
    expect(((await record()) as TabTerms).frames).toEqual({ 0: { ketamine: 1 }, 3: { opioid: 2 } });
    expect(await badge()).toBe('2');
  });

  it('opens the side panel at a glossary entry for open-term', async () => {
    const before = Date.now();
    expect(await openTerm('ketamine')).toEqual([undefined]);
    expect(sidePanelOpen).toHaveBeenCalledWith({ tabId: 5 });
    const { value, repaired } = await readPanelRoute();
    expect(repaired).toEqual([]);
    expect(value).toMatchObject({ view: 'glossary', id: 'ketamine' });
    expect(value!.at).toBeGreaterThanOrEqual(before);
  });

  it.each([{}, 42, null, 'Bad Id'])('opens the glossary without an entry for a term id of %j', async (termId) => {
    await openTerm(termId);
    expect((await readPanelRoute()).value).toMatchObject({ view: 'glossary', id: undefined });
  });

  it('opens the side panel page in a tab where the panel cannot open', async () => {
    sidePanelOpen.mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    await openTerm('nmda-receptor');
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain('chrome-extension://test-extension-id/sidepanel.html#glossary/nmda-receptor');
    expect(await storedRoute()).toMatchObject({ view: 'glossary', id: 'nmda-receptor' });
  });

  it('moves the panel again when the same term is asked twice, once the interval has passed', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000);
    await openTerm('ketamine');
    expect(await storedRoute()).toMatchObject({ id: 'ketamine', at: 1_000 });
    now.mockReturnValue(1_000 + OPEN_PANEL_INTERVAL_MS);
    await openTerm('ketamine');
    expect(await storedRoute()).toMatchObject({ id: 'ketamine', at: 1_000 + OPEN_PANEL_INTERVAL_MS });
  });

  it("opens nothing for a request made without the user's activation", async () => {
    for (const activated of [false, undefined, 'true', 1]) {
      await message({ type: 'open-term', termId: 'ketamine', activated });
    }
    expect(sidePanelOpen).not.toHaveBeenCalled();
    expect(await storedRoute()).toBeUndefined();
  });

  it('rate-limits "open the side panel" per tab, so a page cannot spam tabs', async () => {
    sidePanelOpen.mockRejectedValue(new Error('no gesture'));
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    const now = vi.spyOn(Date, 'now').mockReturnValue(10_000);
    for (let i = 0; i < 20; i++) await openTerm('ketamine');
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabsBefore + 1);
    // Another tab has its own allowance; the first gets one more only after the interval.
    await openTerm('ketamine', sender(0, { id: 6, windowId: 1 } as never));
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabsBefore + 2);
    now.mockReturnValue(10_000 + OPEN_PANEL_INTERVAL_MS - 1);
    await openTerm('ketamine');
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabsBefore + 2);
    now.mockReturnValue(10_000 + OPEN_PANEL_INTERVAL_MS);
    await openTerm('ketamine');
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabsBefore + 3);
  });

  it("turns off the top frame's own site, whatever site the message names", async () => {
    await message({ type: 'set-site-off', site: 'victim.org', off: true }, sender(0, TAB, 'https://www.Example.com/a'));
    await message({ type: 'set-site-off', site: 'victim.org', off: true }, sender(0, TAB, 'https://news.org/'));
    expect(await readDisabledSites()).toEqual({ value: ['example.com', 'news.org'], repaired: [] });
  });

  it('never turns a site back on for a page, and ignores "off" from a sub-frame (an ad frame)', async () => {
    await message({ type: 'set-site-off', site: 'example.com', off: true });
    await message({ type: 'set-site-off', site: 'example.com', off: false });
    expect(await readDisabledSites()).toEqual({ value: ['example.com'], repaired: [] });
    await message({ type: 'set-site-off', site: 'news.org', off: true }, sender(3, TAB, 'https://news.org/ad'));
    expect(await readDisabledSites()).toEqual({ value: ['example.com'], repaired: [] });
  });

  it('changes nothing for a page without a site (file:, data:)', async () => {
    await message({ type: 'set-site-off', site: 'news.org', off: true }, sender(0, TAB, 'data:text/html,x'));
    await message({ type: 'set-site-off', site: 'news.org', off: true }, sender(0, TAB, 'file:///home/a.html'));
    expect(await readDisabledSites()).toEqual({ value: [], repaired: [] });
  });

  it('"Ask my doctor about this word" keeps a glossary term in the reader\'s IndexedDB, once', async () => {
    const keep = async (termId: unknown, activated: unknown = true) =>
      ((await message({ type: 'keep-word', termId, activated })) as unknown as [string])[0];
    expect(await keep('nmda-receptor')).toBe('kept');
    expect(await keep('ketamine')).toBe('kept');
    expect(await keep('nmda-receptor')).toBe('already');
    const stored = (await readReaderRaw(READER_KEYS.keptWords)) as { words: { id: string; name: string }[] };
    expect(stored.words.map((w) => [w.id, w.name])).toEqual([
      ['nmda-receptor', glossary.find((e) => e.id === 'nmda-receptor')!.name],
      ['ketamine', 'Ketamine'],
    ]);
    // Nothing of the list is in storage.local or storage.session, which content scripts can read.
    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session]) {
      const stored = await area.get(null);
      expect(Object.keys(stored)).not.toContain(READER_KEYS.keptWords);
      expect(JSON.stringify(stored)).not.toContain('"words"');
    }
  });

  it("keeps nothing without the user's activation, for an id the glossary lacks, or from a page that is not its own", async () => {
    const keep = async (m: unknown, from = sender(0)) => ((await message(m, from)) as unknown as [unknown])[0];
    for (const activated of [false, undefined, 'true', 1]) {
      expect(await keep({ type: 'keep-word', termId: 'ketamine', activated })).toBe('refused');
    }
    for (const termId of ['not-a-term', '__proto__', 'Ketamine', 42, null]) {
      expect(await keep({ type: 'keep-word', termId, activated: true })).toBe('refused');
    }
    const fromOtherExtension = { id: 'other-extension', tab: TAB, frameId: 0, url: 'https://example.com/' } as never;
    expect(
      handleMessage({ type: 'keep-word', termId: 'ketamine', activated: true }, fromOtherExtension),
    ).toBeUndefined();
    expect(await readReaderRaw(READER_KEYS.keptWords)).toBeUndefined();
  });

  it('answers get-term-texts with every tooltip text', async () => {
    const [reply] = (await message({ type: 'get-term-texts' })) as unknown as [TermTexts];
    expect(Object.keys(reply)).toHaveLength(glossary.length);
    expect(readTermText(reply, 'ketamine')).toMatchObject({ id: 'ketamine', name: 'Ketamine' });
  });

  it.each([null, undefined, 'terms-found', 42, {}, { type: 'unknown' }, { type: 'step-term', direction: 1 }])(
    'leaves %j unanswered, so other listeners may answer',
    async (m) => {
      expect(handleMessage(m, sender(0))).toBeUndefined();
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    },
  );
});

describe('keyboard commands', () => {
  async function activeTab(url = 'https://example.com/') {
    const win = await fakeBrowser.windows.create({ focused: true });
    return fakeBrowser.tabs.create({ windowId: win!.id, url, active: true });
  }

  it.each([
    ['next-term', 1],
    ['previous-term', -1],
  ])('%s sends step-term %i to the top frame of the active tab', async (command, direction) => {
    const tab = await activeTab();
    onCommand.trigger(command as never);
    await eventually(() =>
      expect(sendToTab).toHaveBeenCalledWith(tab.id, { type: 'step-term', direction }, { frameId: 0 }),
    );
  });

  it('does not throw when the tab has no content script', async () => {
    await activeTab('chrome://settings/');
    sendToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(handleCommand('next-term')).resolves.toBeUndefined();
    expect(sendToTab).toHaveBeenCalledTimes(1);
  });

  it('ignores other commands', async () => {
    await activeTab();
    await handleCommand('_execute_action');
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('does nothing without an active tab', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await expect(handleCommand('next-term')).resolves.toBeUndefined();
    expect(sendToTab).not.toHaveBeenCalled();
  });
});

describe('context menu', () => {
  const click = (selectionText: string | undefined, menuItemId: string = MENU_ID) =>
    handleMenuClick({ menuItemId, selectionText, editable: false, pageUrl: 'https://example.com/' }, TAB as never);

  it.each([
    ['fibromyalgia', 'fibromyalgia'],
    ['fibromialgia', 'fibromyalgia'],
    ['Fibromyalgia.', 'fibromyalgia'],
    ['NMDA receptors', 'nmda-receptor'],
    ['opioids', 'opioid'],
    ['  CRPS  ', 'complex-regional-pain-syndrome'],
    ['ketamine infusions', 'ketamine'],
  ])('"%s" opens the glossary at %s', async (selection, id) => {
    await click(selection);
    expect(sidePanelOpen).toHaveBeenCalledWith({ tabId: TAB.id });
    const { value } = await readPanelRoute();
    expect(value).toMatchObject({ view: 'glossary', id, query: undefined });
  });

  it.each(['zebra crossing', 'depression'])(
    '"%s" opens the glossary with the query, so the panel suggests near matches',
    async (selection) => {
      await click(selection);
      const { value } = await readPanelRoute();
      expect(value).toMatchObject({ view: 'glossary', id: undefined, query: selection });
    },
  );

  it('opens the Explain view with a selection longer than any term, kept whole up to the route limit', async () => {
    const prose = 'My doctor said a nerve block may help the CRPS in my hand.';
    await click(prose);
    expect((await readPanelRoute()).value).toMatchObject({ view: 'explain', text: prose });
    await click('word '.repeat(MAX_ROUTE_TEXT));
    const { value } = await readPanelRoute();
    expect(value?.view).toBe('explain');
    expect(value?.text?.length).toBe(MAX_ROUTE_TEXT);
  });

  it('keeps a six-word selection a glossary lookup', async () => {
    await click('the complex regional pain syndrome');
    expect((await readPanelRoute()).value).toMatchObject({ view: 'glossary', id: 'complex-regional-pain-syndrome' });
  });

  it('opens the side panel before anything is awaited (the user gesture must still be active)', async () => {
    const done = click('fibromyalgia');
    expect(sidePanelOpen).toHaveBeenCalledTimes(1);
    await done;
  });

  it('ignores other menu items', async () => {
    await click('fibromyalgia', 'other-extension-item');
    expect(sidePanelOpen).not.toHaveBeenCalled();
    expect(await storedRoute()).toBeUndefined();
  });

  it('reacts to contextMenus.onClicked itself', async () => {
    menus.onClicked.trigger(
      { menuItemId: MENU_ID, selectionText: 'esketamin', editable: false } as never,
      TAB as never,
    );
    await eventually(async () => expect((await readPanelRoute()).value).toMatchObject({ id: 'esketamine' }));
  });
});

describe('tab closed or navigated', () => {
  it('removes the record when the tab closes', async () => {
    await found({ ketamine: 1 });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await eventually(async () => expect(await record()).toBeUndefined());
  });

  it('leaves no record behind when a tab closes while its report is being stored', async () => {
    const pending = found({ ketamine: 1, opioid: 1 });
    // The listener returns the removal, queued behind the report: awaiting the event awaits both.
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await pending;
    expect(await record()).toBeUndefined();
  });

  it('clears the record and the badge when the tab loads a new page', async () => {
    await found({ ketamine: 1, opioid: 1 });
    expect(await badge()).toBe('2');
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading', url: 'https://other.example/' }, {} as never);
    await eventually(async () => {
      expect(await record()).toBeUndefined();
      expect(await badge()).toBe('');
    });
  });

  it.each([
    ['the load completing', { status: 'complete' }],
    ['a title change', { title: 'New title' }],
    ['a favicon', { favIconUrl: 'https://example.com/favicon.ico' }],
  ])('keeps the record on %s', async (_, change) => {
    await found({ ketamine: 1 });
    // A listener returns the work it starts, so once the event is awaited nothing is left running.
    await fakeBrowser.tabs.onUpdated.trigger(5, change as never, {} as never);
    expect(await record()).toBeDefined();
    expect(await badge()).toBe('1');
  });

  it('clearTab waits for reports already queued for the tab', async () => {
    const pending = found({ ketamine: 1 });
    await clearTab(5);
    await pending;
    expect(await record()).toBeUndefined();
    expect(await badge()).toBe('');
  });
});

describe('Firefox (sidebarAction, browserAction)', () => {
  const action = fakeBrowser.action;
  let sidebarOpen: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.stubEnv('FIREFOX', 'true');
    vi.stubEnv('CHROME', '');
    sidebarOpen = vi.fn(async () => {});
    // Firefox MV2 has browserAction instead of action, and sidebarAction instead of sidePanel.
    Object.assign(fakeBrowser, { action: undefined, browserAction: action, sidebarAction: { open: sidebarOpen } });
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { action, browserAction: undefined, sidebarAction: undefined });
    vi.stubEnv('FIREFOX', '');
    vi.stubEnv('CHROME', 'true');
  });

  it('shows the count on the browserAction badge', async () => {
    await found({ ketamine: 1, opioid: 4 });
    expect(await action.getBadgeText({ tabId: TAB.id })).toBe('2');
  });

  it('opens the sidebar from the context menu before anything is awaited', async () => {
    const done = handleMenuClick({ menuItemId: MENU_ID, selectionText: 'CRPS', editable: false }, TAB as never);
    expect(sidebarOpen).toHaveBeenCalledTimes(1);
    await done;
    expect(sidePanelOpen).not.toHaveBeenCalled();
    expect((await readPanelRoute()).value).toMatchObject({ view: 'glossary', id: 'complex-regional-pain-syndrome' });
  });
});
