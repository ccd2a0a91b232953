// The content script's link to the extension: storage, messages, lifecycle. The page code in
// content/ never touches browser APIs itself; it gets this bridge.
//
// It uses the browser's own promise-based API (chrome.* in Chromium's MV3, browser.* in Firefox), not
// webextension-polyfill: the polyfill and WXT's content-script context cost about 5 ms of start-up in
// every frame, and WXT's context tells the page the extension's id (security review 1a). The context
// WXT's wrapper builds for this script is PainLensContext below (scripts/content-context-plugin.ts).

import type { ContentScriptContext } from '#imports';
import type { ContentBridge, ContentLifecycle, ContentState } from '@/content/ports';
import type { BackgroundMessage, ContentMessage, TermCounts } from '@/lib/messages';
import { isSiteOff, normalizeSettings, siteKey } from '@/lib/settings';
import { decodeKeys, toTermTextMap, type FormGroups, type TermTexts, type TooltipTerm } from '@/lib/term-data';
import type { KeyTable } from '@/lib/key-table';
import { extensionApi as api, forgetListener as forget } from './extension-api';
// The runtime-free half of the storage module: WXT's storage runtime stays out of every page's bundle.
import { readFirstStage, readPageSettings, readTermForms, readTermTexts, watchPageSettings } from './storage/raw';

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
  api()
    .runtime.sendMessage(message)
    .catch(() => {});
}

async function loadTermTexts(version: string): Promise<Map<string, TooltipTerm>> {
  const stored = await readTermTexts(version);
  if (stored) return toTermTextMap(stored);
  // Missing, from another version (just updated) or damaged: the worker answers with its own copy.
  const reply = (await api().runtime.sendMessage({ type: 'get-term-texts' } satisfies BackgroundMessage)) as
    TermTexts | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('PainLens: no tooltip texts');
  return toTermTextMap(reply);
}

/**
 * The match forms from storage.local. Missing, from another version (just updated) or damaged: the
 * worker is asked to write its own, and they are read once more.
 */
async function loadTermForms(version: string): Promise<FormGroups> {
  // The length only: the worker checked the fingerprint when it started (utils/storage/raw.ts).
  const stored = await readTermForms(version, 'length');
  if (stored) return stored;
  await api().runtime.sendMessage({ type: 'write-term-forms' } satisfies BackgroundMessage);
  const written = await readTermForms(version, 'length');
  if (!written) throw new Error('PainLens: no match forms');
  return written;
}

/** Fingerprints of the data this build expects in storage.local (from virtual:painlens-term-data). */
export interface StoredDataVersions {
  texts: string;
  forms: string;
  firstStage: string;
}

/** The keys as a table, or null if they are not there or damaged (the table checks its own shape). */
function keyTableOrNull(keys: string | null): KeyTable | null {
  if (keys === null) return null;
  try {
    return decodeKeys(keys);
  } catch {
    return null;
  }
}

/**
 * The first stage's keys, read with the settings. Missing, from another version or damaged: the
 * worker is asked to write its own, and they are read once more; still none, null (every word is then
 * a candidate: the forms are read and the frame is scanned with them).
 */
async function firstStageTable(read: string | null, version: string): Promise<KeyTable | null> {
  const table = keyTableOrNull(read);
  if (table) return table;
  try {
    await api().runtime.sendMessage({ type: 'write-term-forms' } satisfies BackgroundMessage);
    return keyTableOrNull(await readFirstStage(version));
  } catch {
    return null;
  }
}

export interface ContentScriptBridge extends ContentBridge {
  /** The packed match forms, read when the first stage finds a candidate (never in a frame without one). */
  loadTermForms(): Promise<FormGroups>;
  /** Whether the harness asked for scan measures (read with the state). */
  readonly timings: boolean;
  /** The first stage's key table, read with the state (null before that, or if there is none). */
  readonly firstStage: KeyTable | null;
  /** How many states the page code has been handed (at load, then one per change): see utils/content-probe.ts. */
  readonly statesHandedOver: number;
}

export function createContentBridge(
  ctx: ContentScriptContext,
  loc: Location,
  versions: StoredDataVersions,
): ContentScriptBridge {
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
  let timings = false;
  let firstStage: KeyTable | null = null;
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
    get timings() {
      return timings;
    },
    get firstStage() {
      return firstStage;
    },
    get statesHandedOver() {
      return handedOver;
    },
    async loadState() {
      const read = await readPageSettings(versions.firstStage);
      ({ settings, sites, timings } = read);
      firstStage = await firstStageTable(read.firstStage, versions.firstStage);
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
    loadTermTexts: () => loadTermTexts(versions.texts),
    loadTermForms: () => loadTermForms(versions.forms),
    reportTerms(counts) {
      reported = counts;
      report(counts);
    },
    openTerm(termId) {
      // The background opens the panel only for a request made with the user's activation.
      send({ type: 'open-term', termId, activated: globalThis.navigator?.userActivation?.isActive === true });
    },
    async keepWord(termId) {
      // Like openTerm: the background keeps nothing without the user's activation.
      const message: BackgroundMessage = {
        type: 'keep-word',
        termId,
        activated: globalThis.navigator?.userActivation?.isActive === true,
      };
      const reply: unknown = await api()
        .runtime.sendMessage(message)
        .catch(() => 'refused');
      return reply === 'kept' || reply === 'already' || reply === 'full' ? reply : 'refused';
    },
    turnOffSite() {
      send({ type: 'set-site-off', site, off: true });
    },
    onMessage(handler) {
      const listener = (message: unknown) => {
        const m = message as ContentMessage;
        if (m && (m.type === 'step-term' || m.type === 'show-term')) handler(m);
      };
      const messages = api().runtime.onMessage;
      messages.addListener(listener);
      ctx.onInvalidated(() => forget(() => messages.removeListener(listener)));
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

/**
 * Where a copy of this content script leaves its stop function: a property of the isolated world's
 * global object, which the page's scripts cannot see, read or set (they live in another world).
 */
const RUNNING_COPY = '__painlensStopContent';

/**
 * The content script's lifecycle, in place of WXT's ContentScriptContext (which WXT's wrapper would
 * otherwise build: scripts/content-context-plugin.ts redirects it here). Unlike WXT's, it posts no
 * message and dispatches no event on the page's objects, so a page can neither learn the extension's
 * id nor stop PainLens by replaying an event (security review 1a, 5).
 *
 * A newer copy of the script (after an update) stops an older one that still runs in this frame
 * through the isolated world's global; an orphaned copy also stops itself at its next timer, frame or
 * event once the extension's runtime has gone (runtime.id is then undefined).
 */
export class PainLensContext {
  readonly #controller = new AbortController();
  readonly #stop = () => this.invalidate();

  constructor(_contentScriptName?: string, _options?: unknown) {
    const g = globalThis as unknown as Record<string, (() => void) | undefined>;
    const older = g[RUNNING_COPY];
    g[RUNNING_COPY] = this.#stop;
    older?.();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** False once the script was invalidated, or its extension is gone. */
  get isValid(): boolean {
    if (!this.#controller.signal.aborted) {
      let id: string | undefined;
      try {
        id = api()?.runtime?.id;
      } catch {
        id = undefined;
      }
      if (id == null) this.invalidate();
    }
    return !this.#controller.signal.aborted;
  }

  invalidate(): void {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort();
    const g = globalThis as unknown as Record<string, unknown>;
    if (g[RUNNING_COPY] === this.#stop) delete g[RUNNING_COPY];
  }

  onInvalidated(fn: () => void): () => void {
    this.#controller.signal.addEventListener('abort', fn);
    return () => this.#controller.signal.removeEventListener('abort', fn);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = setTimeout(() => this.isValid && handler(), ms) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => this.isValid && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (e: never) => void, options?: AddEventListenerOptions) {
    target.addEventListener(
      type,
      (e) => {
        if (this.isValid) (handler as (e: Event) => void)(e);
      },
      { ...options, signal: this.#controller.signal },
    );
  }
}
