// The content script's link to the extension: storage, messages, lifecycle. The page code in
// content/ never touches browser APIs itself; it gets this bridge.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { ContentBridge, ContentLifecycle, ContentState } from '@/content/start-content';
import type { BackgroundMessage, ContentMessage, TermCounts } from '@/lib/messages';
import { isSiteOff, normalizeSettings, siteKey } from '@/lib/settings';
import { toTermTextMap, type TermTexts, type TooltipTerm } from '@/lib/term-data';
// The runtime-free half of the storage module: WXT's storage runtime stays out of every page's bundle.
import { readPageSettings, readTermTexts, watchPageSettings } from './storage/raw';

/** The site this frame belongs to: the top page's host where the browser tells us, else our own. */
export function frameSite(loc: Location): string {
  const ancestors = loc.ancestorOrigins;
  const top = ancestors && ancestors.length ? ancestors[ancestors.length - 1] : null;
  try {
    return siteKey(top ? new URL(top).hostname : loc.hostname);
  } catch {
    return siteKey(loc.hostname);
  }
}

function send(message: BackgroundMessage): void {
  // The worker may be restarting, or the extension was updated: nothing useful to do on failure.
  browser.runtime.sendMessage(message).catch(() => {});
}

async function loadTermTexts(version: string): Promise<Map<string, TooltipTerm>> {
  const stored = await readTermTexts(version);
  if (stored) return toTermTextMap(stored);
  // Missing, from another version (just updated) or damaged: the worker answers with its own copy.
  const reply = (await browser.runtime.sendMessage({ type: 'get-term-texts' } satisfies BackgroundMessage)) as
    TermTexts | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('PainLens: no tooltip texts');
  return toTermTextMap(reply);
}

export interface ExtensionBridge extends ContentBridge {
  /** How many states the page code has been handed (at load, then one per change): see utils/content-probe.ts. */
  readonly statesHandedOver: number;
}

export function createContentBridge(ctx: ContentScriptContext, loc: Location, textsVersion: string): ExtensionBridge {
  const site = frameSite(loc);
  let settings = normalizeSettings(undefined).value;
  let sites: string[] = [];
  let handedOver = 0;
  // The page code applies a state in the task it is handed over in (at once on a change; in the
  // continuation of loadState's promise at load), so once a count is seen from outside, which is
  // always a later task, the page code has acted on that state.
  const handOver = (): ContentState => {
    handedOver++;
    return { settings, siteOff: isSiteOff(sites, site) };
  };
  let reported: TermCounts = {};
  const report = (counts: TermCounts) => send({ type: 'terms-found', counts, site });
  // A document leaving (a reload, which the worker does not see as navigation, or a removed frame)
  // withdraws its terms; the frames of the next document get new ids. Back from the back-forward
  // cache, it reports them again.
  const win = typeof window === 'undefined' ? null : window;
  if (win) {
    ctx.addEventListener(win, 'pagehide', () => {
      if (Object.keys(reported).length) report({});
    });
    ctx.addEventListener(win, 'pageshow', (e: PageTransitionEvent) => {
      if (e.persisted && Object.keys(reported).length) report(reported);
    });
  }
  return {
    site,
    get statesHandedOver() {
      return handedOver;
    },
    async loadState() {
      ({ settings, sites } = await readPageSettings());
      return handOver();
    },
    watchState(onChange) {
      const unwatch = watchPageSettings((changed) => {
        settings = changed.settings ?? settings;
        sites = changed.sites ?? sites;
        onChange(handOver());
      });
      ctx.onInvalidated(unwatch);
    },
    loadTermTexts: () => loadTermTexts(textsVersion),
    reportTerms(counts) {
      reported = counts;
      report(counts);
    },
    openTerm(termId) {
      send({ type: 'open-term', termId });
    },
    turnOffSite() {
      send({ type: 'set-site-off', site, off: true });
    },
    onMessage(handler) {
      const listener = (message: unknown) => {
        const m = message as ContentMessage;
        if (m && (m.type === 'step-term' || m.type === 'show-term')) handler(m);
      };
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    },
  };
}

export function contentLifecycle(ctx: ContentScriptContext): ContentLifecycle {
  return {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
    requestIdleCallback: (fn, options) =>
      typeof requestIdleCallback === 'function'
        ? ctx.requestIdleCallback(fn, options)
        : // No idle callbacks (Safari): a short timer with a synthetic deadline.
          ctx.setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 8 }), 16),
    addEventListener: (target, type, listener, options) =>
      ctx.addEventListener(target, type, listener as never, options),
    onInvalidated: (fn) => {
      ctx.onInvalidated(fn);
    },
  };
}
