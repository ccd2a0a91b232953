// utils/content-bridge.ts (the content script's link to storage and the worker) and utils/content-probe.ts
// against fakeBrowser.
// fakeBrowser's runtime.sendMessage only returns a reply for listeners that call sendResponse, while
// the product's listeners return promises (webextension-polyfill style); where a reply matters the
// call is routed to the background's handleMessage with a sender, as the browser would.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstStageVersion, termFormsVersion, termTextsVersion } from 'virtual:painlens-term-data';
import { firstStageKeys, formGroups } from 'virtual:painlens-term-forms';
import type { ContentScriptContext } from '#imports';
import type { ContentController, ContentState } from '@/content/start-content';
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import type { TabTerms } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { packTermTexts } from '@/lib/term-data';
import { handleMessage } from '@/entrypoints/background/messages';
import { createContentBridge, frameSite } from '@/utils/content-bridge';
import { exposeContentProbe, PROBE_GLOBAL, type ContentProbe } from '@/utils/content-probe';
import { readPanelRoute, setSiteOff, updateSettings } from '@/utils/storage';
import { LOCAL_KEYS, tabTermsKey } from '@/utils/storage/keys';

/** The parts of WXT's ContentScriptContext the bridge uses: invalidation and auto-removed listeners. */
function fakeContext() {
  const invalidated: (() => void)[] = [];
  const ctx = {
    onInvalidated: (fn: () => void) => void invalidated.push(fn),
    addEventListener: (target: EventTarget, type: string, handler: (e: Event) => void) => {
      target.addEventListener(type, handler);
      invalidated.push(() => target.removeEventListener(type, handler));
    },
  } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => invalidated.splice(0).forEach((fn) => fn()) };
}

const location = (hostname: string, ancestors: string[] = []) =>
  ({ hostname, ancestorOrigins: Object.assign([...ancestors], { contains: () => false }) }) as unknown as Location;

const texts = packTermTexts(glossary, sources);
const versions = { texts: termTextsVersion, forms: termFormsVersion, firstStage: firstStageVersion };
const TAB_ID = 9;

/** Delivers a content script's message to the background, as from a frame of tab 9 on `url`. */
function routeToBackground(frameId = 0, url = 'https://www.example.com/article') {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(
      async (m: unknown) =>
        handleMessage(m, { id: fakeBrowser.runtime.id, tab: { id: TAB_ID }, frameId, url } as never) as Promise<never>,
    );
}

/** Waits for listeners that run their work without returning it (`void handle…()`); generous for a loaded machine. */
const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 5000, interval: 5 });

let page: ReturnType<typeof fakeContext>;

beforeEach(() => {
  fakeBrowser.reset();
  page = fakeContext();
});
afterEach(() => {
  page.invalidate();
  vi.unstubAllGlobals();
  // unstubAllGlobals also removes the setup's browser/chrome stubs: put them back.
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
});

describe('frameSite', () => {
  it.each<[string, string[], string]>([
    ['www.example.com', [], 'example.com'],
    ['ads.tracker.net', ['https://www.news.org'], 'news.org'],
    ['inner.example', ['https://mid.example', 'https://top.example:8443'], 'top.example'],
    ['', [], ''],
    ['example.com', ['null'], 'example.com'],
  ])('%s inside %j is %j', (host, ancestors, site) => {
    expect(frameSite(location(host, ancestors))).toBe(site);
  });
});

describe('loadState', () => {
  it('reads the defaults when nothing is stored', async () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(await bridge.loadState()).toEqual({ settings: DEFAULT_SETTINGS, siteOff: false });
  });

  it('reads the settings and the site list written by the extension pages', async () => {
    const settings: Settings = {
      paused: false,
      highlightStyle: 'background',
      mentions: 'first',
      hoverDelayMs: 700,
      textSize: 150,
      highContrast: true,
    };
    await updateSettings(() => settings);
    await setSiteOff('example.com', true);
    await setSiteOff('other.org', true);
    const bridge = createContentBridge(page.ctx, location('www.example.com'), versions);
    expect(bridge.site).toBe('example.com');
    expect(await bridge.loadState()).toEqual({ settings, siteOff: true });
  });

  it('applies the top page’s site to its frames', async () => {
    await setSiteOff('news.org', true);
    const bridge = createContentBridge(page.ctx, location('ads.tracker.net', ['https://news.org']), versions);
    expect((await bridge.loadState()).siteOff).toBe(true);
  });

  it('falls back field by field on garbage', async () => {
    await fakeBrowser.storage.local.set({
      [LOCAL_KEYS.settings]: { paused: 'no', highlightStyle: 'background', hoverDelayMs: -5 },
      [LOCAL_KEYS.disabledSites]: 'example.com',
    });
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(await bridge.loadState()).toEqual({
      settings: { ...DEFAULT_SETTINGS, highlightStyle: 'background' },
      siteOff: false,
    });
  });
});

describe('watchState', () => {
  it('fires on changes to the settings and the site list, with the validated state', async () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    await bridge.loadState();
    const states: ContentState[] = [];
    bridge.watchState((s) => states.push(s));

    await updateSettings((s) => ({ ...s, paused: true }));
    await setSiteOff('example.com', true);
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.settings]: { paused: true, highlightStyle: 'neon' } });
    await fakeBrowser.storage.local.remove(LOCAL_KEYS.settings);

    expect(states).toEqual([
      { settings: { ...DEFAULT_SETTINGS, paused: true }, siteOff: false },
      { settings: { ...DEFAULT_SETTINGS, paused: true }, siteOff: true },
      { settings: { ...DEFAULT_SETTINGS, paused: true }, siteOff: true },
      { settings: DEFAULT_SETTINGS, siteOff: true },
    ]);
  });

  it('ignores other keys and other storage areas', async () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    const onChange = vi.fn();
    bridge.watchState(onChange);
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.checklistAnswers]: {} });
    await fakeBrowser.storage.session.set({ [LOCAL_KEYS.settings]: { paused: true } });
    await fakeBrowser.storage.sync.set({ [LOCAL_KEYS.disabledSites]: ['example.com'] });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops listening when the content script is invalidated (extension updated or reloaded)', async () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    const onChange = vi.fn();
    bridge.watchState(onChange);
    page.invalidate();
    await updateSettings((s) => ({ ...s, paused: true }));
    expect(onChange).not.toHaveBeenCalled();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });
});

describe('messages to the background', () => {
  it('reportTerms sends terms-found with the site, and the background records it', async () => {
    const send = routeToBackground();
    const bridge = createContentBridge(page.ctx, location('www.example.com'), versions);
    bridge.reportTerms({ ketamine: 2, fibromyalgia: 1 });
    expect(send).toHaveBeenCalledWith({
      type: 'terms-found',
      counts: { ketamine: 2, fibromyalgia: 1 },
      site: 'example.com',
    });
    await eventually(async () => {
      const stored = (await fakeBrowser.storage.session.get(tabTermsKey(TAB_ID)))[tabTermsKey(TAB_ID)] as TabTerms;
      expect(stored).toEqual({ tabId: TAB_ID, site: 'example.com', frames: { 0: { ketamine: 2, fibromyalgia: 1 } } });
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('2');
  });

  it('does not throw or leave a rejected promise when the worker cannot be reached', async () => {
    // fakeBrowser rejects with "No listeners available", like a worker that is restarting.
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(() => bridge.reportTerms({ ketamine: 1 })).not.toThrow();
    expect(() => bridge.openTerm('ketamine')).not.toThrow();
    expect(() => bridge.turnOffSite()).not.toThrow();
    // Each message was sent and refused; the bridge handled every refusal (an unhandled one fails the run).
    const sent = await Promise.allSettled(send.mock.results.map((r) => r.value as Promise<unknown>));
    expect(sent.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });

  it('openTerm says whether the frame had user activation; without it the panel stays closed', async () => {
    routeToBackground();
    const open = vi.fn(async () => {});
    Object.assign(fakeBrowser.sidePanel, { open });
    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    const bridge = createContentBridge(page.ctx, location('www.example.com'), versions);
    bridge.openTerm('ketamine');
    bridge.turnOffSite();
    await eventually(async () =>
      expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.disabledSites))[LOCAL_KEYS.disabledSites]).toEqual([
        'example.com',
      ]),
    );
    expect(open).not.toHaveBeenCalled();
    expect((await readPanelRoute()).value).toBeNull();
  });

  it('openTerm and turnOffSite send their messages', async () => {
    const send = routeToBackground();
    Object.assign(fakeBrowser.sidePanel, { open: vi.fn(async () => {}) });
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    const bridge = createContentBridge(page.ctx, location('www.example.com'), versions);
    bridge.openTerm('ketamine');
    bridge.turnOffSite();
    expect(send.mock.calls.map(([m]) => m)).toEqual([
      { type: 'open-term', termId: 'ketamine', activated: true },
      { type: 'set-site-off', site: 'example.com', off: true },
    ]);
    await eventually(async () =>
      expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.disabledSites))[LOCAL_KEYS.disabledSites]).toEqual([
        'example.com',
      ]),
    );
    expect(await readPanelRoute()).toMatchObject({ value: { id: 'ketamine' } });
  });

  it('onMessage passes step-term and show-term on, and nothing else', async () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    const handler = vi.fn();
    bridge.onMessage(handler);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'step-term', direction: -1 }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'show-term', termId: 'ketamine' }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'terms-found', counts: {} }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger(null, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger('step-term', {}, () => {});
    expect(handler.mock.calls).toEqual([
      [{ type: 'step-term', direction: -1 }],
      [{ type: 'show-term', termId: 'ketamine' }],
    ]);
    page.invalidate();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('the document leaving', () => {
  // A reload keeps the URL, so the worker hears no navigation; the frames get new ids. Each document
  // withdraws its own terms as it goes, and puts them back if it returns from the back-forward cache.
  let win: EventTarget;
  const pageEvent = (type: string, persisted: boolean) =>
    win.dispatchEvent(Object.assign(new Event(type), { persisted }));
  const stored = async () =>
    ((await fakeBrowser.storage.session.get(tabTermsKey(TAB_ID)))[tabTermsKey(TAB_ID)] as TabTerms | undefined)?.frames;

  beforeEach(() => {
    win = new EventTarget();
    vi.stubGlobal('window', win);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.stubGlobal('browser', fakeBrowser);
    vi.stubGlobal('chrome', fakeBrowser);
  });

  it('withdraws this frame’s terms on pagehide, and only this frame’s', async () => {
    const send = routeToBackground(6);
    const frame = createContentBridge(page.ctx, location('www.example.com'), versions);
    await fakeBrowser.storage.session.set({
      [tabTermsKey(TAB_ID)]: { tabId: TAB_ID, site: 'example.com', frames: { 0: { ketamine: 1 } } },
    });
    frame.reportTerms({ fibromyalgia: 2 });
    await eventually(async () => expect(await stored()).toEqual({ 0: { ketamine: 1 }, 6: { fibromyalgia: 2 } }));
    pageEvent('pagehide', false);
    expect(send).toHaveBeenLastCalledWith({ type: 'terms-found', counts: {}, site: 'example.com' });
    await eventually(async () => expect(await stored()).toEqual({ 0: { ketamine: 1 } }));
  });

  it('puts the terms back when the page returns from the back-forward cache', async () => {
    const send = routeToBackground(0);
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    bridge.reportTerms({ ketamine: 3 });
    pageEvent('pagehide', true);
    pageEvent('pageshow', true);
    expect(send.mock.calls.map(([m]) => (m as unknown as { counts: object }).counts)).toEqual([
      { ketamine: 3 },
      {},
      { ketamine: 3 },
    ]);
    await eventually(async () => expect(await stored()).toEqual({ 0: { ketamine: 3 } }));
  });

  it('sends nothing for a frame that never reported terms, or on a first pageshow', async () => {
    const send = routeToBackground(0);
    createContentBridge(page.ctx, location('example.com'), versions);
    pageEvent('pageshow', false);
    pageEvent('pagehide', false);
    expect(send).not.toHaveBeenCalled();
  });

  it('stops listening when the content script is invalidated', async () => {
    const send = routeToBackground(0);
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    bridge.reportTerms({ ketamine: 3 });
    page.invalidate();
    pageEvent('pagehide', false);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('loadTermTexts', () => {
  it('reads the texts from storage when the version matches, without asking the worker', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termTexts]: { version: termTextsVersion, texts } });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    const map = await bridge.loadTermTexts();
    expect(send).not.toHaveBeenCalled();
    expect(map.size).toBe(glossary.length);
    expect(map.get('ketamine')).toMatchObject({ id: 'ketamine', name: 'Ketamine' });
  });

  it.each([
    [
      'a stale version (the extension was just updated)',
      { version: 'old', texts: { ketamine: ['Old', 'Old text', ''] } },
    ],
    ['nothing stored', undefined],
    ['garbage', 'garbage'],
    ['texts that are not an object', { version: termTextsVersion, texts: 'x' }],
    [
      'the current version over changed texts',
      { version: termTextsVersion, texts: { ...texts, ketamine: ['Ketamine', 'Tampered.', ''] } },
    ],
  ])('asks the worker when storage has %s', async (_, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termTexts]: stored });
    const send = routeToBackground();
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    const map = await bridge.loadTermTexts();
    expect(send).toHaveBeenCalledWith({ type: 'get-term-texts' });
    expect(map.size).toBe(glossary.length);
    expect(map.get('ketamine')?.name).toBe('Ketamine');
    // And the worker brings storage up to date for the next page.
    await eventually(async () =>
      expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.termTexts))[LOCAL_KEYS.termTexts]).toEqual({
        version: termTextsVersion,
        texts,
      }),
    );
  });

  it('reads stored texts whose keys came back in another order', async () => {
    const reordered = Object.fromEntries(Object.entries(texts).toReversed());
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termTexts]: { version: termTextsVersion, texts: reordered } });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect((await bridge.loadTermTexts()).size).toBe(glossary.length);
    expect(send).not.toHaveBeenCalled();
  });

  it('skips unreadable entries of a reply', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ketamine: ['Ketamine', 'A drug.', ''],
      bad: 'x',
      worse: [1, 2],
    } as never);
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    const map = await bridge.loadTermTexts();
    expect([...map.keys()]).toEqual(['ketamine']);
    expect(map.get('ketamine')).toEqual({ id: 'ketamine', name: 'Ketamine', short: 'A drug.', source: null });
  });

  it('fails clearly when the worker has no answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    await expect(bridge.loadTermTexts()).rejects.toThrow('PainLens: no tooltip texts');
  });
});

describe('the content probe (what the end-to-end tests read instead of waiting)', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[PROBE_GLOBAL];
  });

  const probe = () => (globalThis as unknown as Record<string, ContentProbe | undefined>)[PROBE_GLOBAL];

  it('counts the states handed to the page code: one at load, one per change', async () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(bridge.statesHandedOver).toBe(0);
    bridge.watchState(() => {});
    await bridge.loadState();
    expect(bridge.statesHandedOver).toBe(1);
    await updateSettings((s) => ({ ...s, paused: true }));
    await setSiteOff('example.com', true);
    expect(bridge.statesHandedOver).toBe(3);
    // A change to something else hands nothing over.
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.checklistAnswers]: {} });
    expect(bridge.statesHandedOver).toBe(3);
  });

  it('shows the site, the states, whether the page code is active, and its stop', async () => {
    const bridge = createContentBridge(page.ctx, location('www.example.com'), versions);
    let scanner: object | null = null;
    const controller = {
      get scanner() {
        return scanner;
      },
    } as unknown as ContentController;
    exposeContentProbe(page.ctx, bridge, controller);
    expect(probe()).toMatchObject({ site: 'example.com', states: 0, active: false, stopped: false });
    await bridge.loadState();
    scanner = {};
    expect(probe()).toMatchObject({ states: 1, active: true, stopped: false });
    page.invalidate();
    scanner = null;
    expect(probe()).toMatchObject({ active: false, stopped: true });
  });

  it('is not enumerable on the global (it is there for a reader who asks by name)', () => {
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    exposeContentProbe(page.ctx, bridge, { scanner: null } as unknown as ContentController);
    expect(Object.keys(globalThis)).not.toContain(PROBE_GLOBAL);
    expect(probe()).toBeDefined();
  });
});

describe('the first stage, read with the state', () => {
  it("reads this build's keys in the same storage call as the settings, without asking the worker", async () => {
    await fakeBrowser.storage.local.set({
      [LOCAL_KEYS.firstStage]: { version: firstStageVersion, keys: firstStageKeys },
    });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(bridge.firstStage).toBeNull();
    await bridge.loadState();
    expect(bridge.firstStage?.size).toBeGreaterThan(1000);
    expect(get).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing stored (first start)', undefined],
    ['a stale version (just updated)', { version: 'old', keys: firstStageKeys }],
    ['garbage', 42],
    ['a damaged table under the current version', { version: firstStageVersion, keys: firstStageKeys.slice(0, 400) }],
  ])('with %s, asks the worker to write them and reads them once more', async (_, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [LOCAL_KEYS.firstStage]: stored });
    const send = routeToBackground();
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    await bridge.loadState();
    expect(send).toHaveBeenCalledWith({ type: 'write-term-forms' });
    expect(bridge.firstStage?.size).toBeGreaterThan(1000);
    expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.firstStage))[LOCAL_KEYS.firstStage]).toEqual({
      version: firstStageVersion,
      keys: firstStageKeys,
    });
  });

  it('has no first stage, and still a state, when the worker cannot write them', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no worker'));
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(await bridge.loadState()).toEqual({ settings: DEFAULT_SETTINGS, siteOff: false });
    expect(bridge.firstStage).toBeNull();
  });
});

describe('loadTermForms', () => {
  it("reads this build's forms from storage, without asking the worker", async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termForms]: { version: termFormsVersion, forms: formGroups } });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(await bridge.loadTermForms()).toEqual(formGroups);
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    ['a stale version (the extension was just updated)', { version: 'old', forms: '1\tketamine\tketamine' }],
    ['nothing stored', undefined],
    ['garbage', 'garbage'],
    ['the current version over changed forms', { version: termFormsVersion, forms: '1\tketamine\ttampered' }],
  ])('with %s, asks the worker to write them and reads them once more', async (_, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termForms]: stored });
    const send = routeToBackground();
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(await bridge.loadTermForms()).toEqual(formGroups);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'write-term-forms' });
    expect((await fakeBrowser.storage.local.get(LOCAL_KEYS.termForms))[LOCAL_KEYS.termForms]).toEqual({
      version: termFormsVersion,
      forms: formGroups,
    });
  });

  it('takes a copy of the right version and length as is: the fingerprint is the worker’s to check', async () => {
    const changed = `${formGroups.slice(0, 100)}#${formGroups.slice(101)}`;
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.termForms]: { version: termFormsVersion, forms: changed } });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    expect(await bridge.loadTermForms()).toBe(changed);
    expect(send).not.toHaveBeenCalled();
  });

  it('fails after one retry when the worker did not write them', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const bridge = createContentBridge(page.ctx, location('example.com'), versions);
    await expect(bridge.loadTermForms()).rejects.toThrow('no match forms');
    expect(send).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledTimes(2);
  });
});
