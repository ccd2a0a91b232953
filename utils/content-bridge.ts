// The content script's link to the extension: storage, messages, lifecycle. The page code in
// content/ never touches browser APIs itself; it gets this bridge.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { ContentBridge, ContentLifecycle, ContentState } from '@/content/start-content';
import type { BackgroundMessage, ContentMessage, TermCounts } from '@/lib/messages';
import { isSiteOff, normalizeSettings, normalizeSiteList, siteKey } from '@/lib/settings';
import { fingerprint, readTermText, type TermTexts, type TooltipTerm } from '@/lib/term-data';
import { DISABLED_SITES_KEY, SETTINGS_KEY, TERM_TEXTS_KEY } from './storage-keys';

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

function toMap(texts: TermTexts): Map<string, TooltipTerm> {
  const out = new Map<string, TooltipTerm>();
  for (const id of Object.keys(texts)) {
    const t = readTermText(texts, id);
    if (t) out.set(id, t);
  }
  return out;
}

async function loadTermTexts(version: string): Promise<Map<string, TooltipTerm>> {
  const got = await browser.storage.local.get(TERM_TEXTS_KEY);
  const stored = got[TERM_TEXTS_KEY] as { version?: unknown; texts?: unknown } | undefined;
  // The version is the texts' fingerprint: a copy that does not match it is stale or damaged.
  if (stored && stored.version === version && fingerprint(stored.texts) === version) {
    return toMap(stored.texts as TermTexts);
  }
  // Missing, from another version (just updated) or damaged: the worker answers with its own copy.
  const reply = (await browser.runtime.sendMessage({ type: 'get-term-texts' } satisfies BackgroundMessage)) as
    TermTexts | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('PainLens: no tooltip texts');
  return toMap(reply);
}

export function createContentBridge(ctx: ContentScriptContext, loc: Location, textsVersion: string): ContentBridge {
  const site = frameSite(loc);
  let settings = normalizeSettings(undefined).value;
  let sites: string[] = [];
  const state = (): ContentState => ({ settings, siteOff: isSiteOff(sites, site) });
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
    async loadState() {
      const got = await browser.storage.local.get([SETTINGS_KEY, DISABLED_SITES_KEY]);
      settings = normalizeSettings(got[SETTINGS_KEY]).value;
      sites = normalizeSiteList(got[DISABLED_SITES_KEY]).value;
      return state();
    },
    watchState(onChange) {
      // Raw storage events: the same keys as utils/storage.ts, validated the same way.
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local') return;
        const s = changes[SETTINGS_KEY];
        const d = changes[DISABLED_SITES_KEY];
        if (!s && !d) return;
        if (s) settings = normalizeSettings(s.newValue).value;
        if (d) sites = normalizeSiteList(d.newValue).value;
        onChange(state());
      };
      browser.storage.onChanged.addListener(listener);
      ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
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
