// Probes for the end-to-end specs: storage from the worker, errors from every JavaScript world of a
// page (PainLens runs in an isolated world, which Playwright's "pageerror" does not see), reads that
// work even when a page breaks its own globals, and PainLens's User Timing measures.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type CDPSession, type Frame, type Page, type Worker } from '@playwright/test';
import { ROOT } from './paths';
import { tabIdOf } from '../../../scripts/harness/tabs';
import type { ChromeGlobal } from './fixtures';
import { LOCAL_KEYS, tabTermsKey, type SESSION_KEYS } from '../../../utils/storage/keys';
import { PROBE_GLOBAL, type ContentProbe } from '../../../utils/content-probe';
import type { SurfaceState } from '../../../content/ports';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/** A key of the storage module (utils/storage/keys.ts), so a renamed key fails to compile here too. */
export type LocalKey = (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS];
export type SessionKey = (typeof SESSION_KEYS)[keyof typeof SESSION_KEYS] | ReturnType<typeof tabTermsKey>;

export type SettingsPatch = Partial<{
  paused: boolean;
  highlightStyle: 'underline' | 'background' | 'off';
  mentions: 'all' | 'first';
  hoverDelayMs: number;
  textSize: 100 | 125 | 150 | 175 | 200;
  highContrast: boolean;
}>;

/** Writes settings the way the popup does (storage.local "settings"), merged over what is there. */
export async function setSettings(worker: Worker, patch: SettingsPatch): Promise<void> {
  await worker.evaluate(
    async ({ key, patch: p }) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const got = await chrome.storage.local.get(key);
      const cur = (got[key] ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ [key]: { ...cur, ...p } });
    },
    { key: LOCAL_KEYS.settings, patch },
  );
}

export async function setDisabledSites(worker: Worker, sites: string[]): Promise<void> {
  await worker.evaluate(
    ({ key, sites: s }) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ [key]: s }),
    { key: LOCAL_KEYS.disabledSites, sites },
  );
}

export async function readStorage(worker: Worker, area: 'local', key: LocalKey): Promise<unknown>;
export async function readStorage(worker: Worker, area: 'session', key: SessionKey): Promise<unknown>;
export async function readStorage(worker: Worker, area: 'local' | 'session', key: string): Promise<unknown> {
  return worker.evaluate(
    async ({ area, key }) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const got = await chrome.storage[area].get(key);
      return got[key] ?? null;
    },
    { area, key },
  );
}

/**
 * Sends the keyboard command's message to a tab, exactly as the worker's commands handler does
 * (entrypoints/background/messages.ts, handleCommand).
 */
export async function stepTerm(page: Page, worker: Worker, direction: 1 | -1): Promise<void> {
  const tabId = await tabIdOf(page, worker);
  await worker.evaluate(
    ({ tabId, direction }) =>
      (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(
        tabId,
        { type: 'step-term', direction },
        { frameId: 0 },
      ),
    { tabId, direction },
  );
}

export type SurfaceCard = NonNullable<SurfaceSnapshot['card']>;

/** What PainLens's closed surface in a frame shows, read through the content probe (never the page). */
export async function readSurface(target: Page | Frame): Promise<SurfaceSnapshot | null> {
  if (target.url().startsWith('chrome-extension://')) {
    // An extension page running the page code (welcome): no web page can run there.
    return target.evaluate(
      `(${snapshotOf.toString()})(globalThis[${JSON.stringify(PROBE_GLOBAL)}]?.surface)`,
    ) as Promise<SurfaceSnapshot | null>;
  }
  return (await contentProbe(target))?.surface ?? null;
}

const matches = (text: string, want: string | RegExp) =>
  typeof want === 'string' ? text.includes(want) : want.test(text);

/**
 * PainLens's tooltip card in a frame. The card lives in a closed shadow root, so Playwright's locators
 * cannot reach it (nor can the page): every read goes through the content probe, and presses are the
 * browser's own mouse clicks at the button's place, as a person's would be.
 */
export class CardProbe {
  constructor(private readonly target: Page | Frame) {}

  private get page(): Page {
    return 'mainFrame' in this.target ? this.target : this.target.page();
  }

  async read(): Promise<SurfaceCard | null> {
    return (await readSurface(this.target))?.card ?? null;
  }

  /** Waits for a shown card (optionally one whose name or text matches) and returns it. */
  async shown(want: { name?: string | RegExp; text?: string | RegExp; settled?: boolean } = {}, timeout = 10_000) {
    let last: SurfaceCard | null = null;
    await expect
      .poll(
        async () => {
          last = await this.read();
          if (!last || last.box.width <= 0 || last.box.height <= 0) return false;
          if (want.name !== undefined && !matches(last.name, want.name)) return false;
          if (want.text !== undefined && !matches(last.text, want.text)) return false;
          return want.settled ? last.settled : true;
        },
        { timeout, message: `PainLens's card ${JSON.stringify(want)} (last: ${JSON.stringify(last)})` },
      )
      .toBe(true);
    return last!;
  }

  async gone(timeout = 10_000): Promise<void> {
    await expect.poll(() => this.read(), { timeout, message: "PainLens's card closes" }).toBeNull();
  }

  /** The card's box in the page's viewport (for a frame, offset by the frame's place). */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const card = await this.shown();
    const [dx, dy] = await this.frameOffset();
    return { ...card.box, x: card.box.x + dx, y: card.box.y + dy };
  }

  /** Presses a button of the card with the real mouse, once the card accepts presses. */
  async press(label: string | RegExp): Promise<void> {
    let card: SurfaceCard | null = null;
    await expect
      .poll(
        async () => {
          card = await this.read();
          return card?.armed === true && card.buttons.some((b) => matches(b.label, label));
        },
        { message: `the card's "${label}" button, armed` },
      )
      .toBe(true);
    const b = card!.buttons.find((x) => matches(x.label, label))!.box;
    const [dx, dy] = await this.frameOffset();
    await this.page.mouse.click(dx + b.x + b.width / 2, dy + b.y + b.height / 2);
  }

  private async frameOffset(): Promise<[number, number]> {
    if ('mainFrame' in this.target) return [0, 0];
    const el = await this.target.frameElement();
    const box = await el.boundingBox();
    return box ? [box.x, box.y] : [0, 0];
  }
}

export function cardOf(target: Page | Frame): CardProbe {
  return new CardProbe(target);
}

/**
 * Where the term the card explains is marked (the first box of PainLens's own mark), in reading
 * order: top (in document coordinates) first, then left. Null when nothing is marked.
 */
export async function markedTermTop(page: Page): Promise<number | null> {
  const box = (await readSurface(page))?.marker[0];
  if (!box) return null;
  return Math.round(box.y + (await page.evaluate(() => window.scrollY))) * 100_000 + Math.round(box.x);
}

/** Whether PainLens's mark on the explained term is fully inside the viewport. */
export async function markedTermInView(page: Page): Promise<boolean> {
  const box = (await readSurface(page))?.marker[0];
  if (!box) return false;
  const height = await page.evaluate(() => window.innerHeight);
  return box.y >= 0 && box.y + box.height <= height;
}

/** The text of the live region in PainLens's closed surface ('' when there is none). */
export async function liveText(target: Page | Frame): Promise<string> {
  return (await readSurface(target))?.live ?? '';
}

/** Waits until the live region's text matches (a string is a substring; use a RegExp for all of it). */
export async function expectLive(target: Page | Frame, want: string | RegExp, timeout = 10_000): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        last = await liveText(target);
        return matches(last, want);
      },
      { timeout, message: `the live region says ${want} (last: "${last}")` },
    )
    .toBe(true);
  return last;
}

export interface WorldError {
  /** 'page' for the page's own scripts, 'extension' for PainLens's isolated world, else the world name. */
  world: string;
  url: string;
  text: string;
}

/**
 * Records uncaught exceptions from every world of a page (and of its same-process frames) through
 * the DevTools protocol: Playwright's "pageerror" reports the main world only.
 */
export class ErrorWatch {
  readonly errors: WorldError[] = [];
  private readonly worlds = new Map<number, string>();

  private constructor(private readonly session: CDPSession) {}

  static async attach(page: Page): Promise<ErrorWatch> {
    const session = await page.context().newCDPSession(page);
    const watch = new ErrorWatch(session);
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      const world =
        aux?.type === 'isolated'
          ? context.origin.startsWith('chrome-extension://')
            ? 'extension'
            : context.name || 'isolated'
          : 'page';
      watch.worlds.set(context.id, world);
    });
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const world = d.executionContextId !== undefined ? (watch.worlds.get(d.executionContextId) ?? '?') : '?';
      const text = d.exception?.description ?? d.text;
      watch.errors.push({ world, url: d.url ?? '', text });
    });
    await session.send('Runtime.enable');
    return watch;
  }

  get extensionErrors(): WorldError[] {
    return this.errors.filter((e) => e.world === 'extension');
  }

  /** Names of the isolated worlds seen (PainLens's shows up as 'extension'). */
  get worldNames(): string[] {
    return [...new Set(this.worlds.values())];
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => {});
  }
}

/**
 * Evaluates an expression in a fresh isolated world of the page's main frame, so a page that has
 * replaced its own `CSS`, `Node.prototype` or `performance` cannot disturb what a test reads.
 * The highlight registry and the DOM are per document, shared by every world.
 */
export async function evaluateClean<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'painlens-test-probe',
    });
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** A box in viewport coordinates (CSS pixels). */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What PainLens's closed surface shows, read from its root in the content script's own world. */
export interface SurfaceSnapshot {
  card: {
    termId: string;
    name: string;
    text: string;
    box: ViewBox;
    /** The card's computed direction (ltr whatever the page's). */
    direction: string;
    /** Computed styles of the card, its name, its first action button and the host. */
    style: Record<string, string>;
    /** Fully faded in, no animation running. */
    settled: boolean;
    /** Presses are accepted (the card has been visible long enough). */
    armed: boolean;
    /** The card holds a CloseWatcher: Back on a phone closes it. */
    closeWatch: boolean;
    /** Whether the focus is inside the card. */
    focused: boolean;
    buttons: { label: string; box: ViewBox }[];
  } | null;
  live: string;
  /** The boxes of the mark on the explained term. */
  marker: ViewBox[];
  /** Element names in the whole surface (to show no page text became markup). */
  tags: string[];
  shown: number;
  lastShownAt: number;
  history: string[];
}

export type ProbeReading = Omit<ContentProbe, 'surface'> & { surface: SurfaceSnapshot };

/**
 * Reads the surface from its root. Runs inside the world that holds the root (the content script's,
 * or an extension page's), so it is passed there as source: it must use nothing from outside.
 */
export function snapshotOf(state: SurfaceState | undefined): SurfaceSnapshot | null {
  if (!state) return null;
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const root = state.root;
  const card = root?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const base = {
    live: root?.querySelector('[aria-live]')?.textContent ?? '',
    marker: root ? [...root.querySelectorAll('.marker > div')].map(box) : [],
    tags: root ? [...new Set([...root.querySelectorAll('*')].map((e) => e.localName))].sort() : [],
    shown: state.shown,
    lastShownAt: state.lastShownAt,
    history: state.history,
  };
  if (!root || !card || !state.termId) return { ...base, card: null };
  const cs = getComputedStyle(card);
  const name = card.querySelector('.tip-name');
  const button = card.querySelector('button.tip-more');
  const hs = getComputedStyle(root.host);
  return {
    ...base,
    card: {
      termId: state.termId,
      name: name?.textContent?.trim() ?? '',
      text: card.textContent ?? '',
      box: box(card),
      direction: cs.direction,
      style: {
        font: cs.fontSize,
        color: cs.color,
        bg: cs.backgroundColor,
        radius: cs.borderRadius,
        position: cs.position,
        display: cs.display,
        nameWeight: name ? getComputedStyle(name).fontWeight : '',
        buttonFont: button ? getComputedStyle(button).fontSize : '',
        buttonBg: button ? getComputedStyle(button).backgroundColor : '',
        hostDisplay: hs.display,
        hostOpacity: hs.opacity,
        hostTransform: hs.transform,
      },
      settled: cs.opacity === '1' && card.getAnimations().every((a) => a.playState !== 'running'),
      armed: state.armed,
      closeWatch: state.closeWatch,
      focused: root.activeElement !== null,
      buttons: [...card.querySelectorAll('button')].map((b) => ({
        label: b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '',
        box: box(b),
      })),
    },
  };
}

/**
 * What PainLens's content script in a frame (the main frame by default) has decided and shows
 * (utils/content-probe.ts): read in the content script's own isolated world, which no web page can
 * reach. Null before the script has run (or where it never runs).
 */
export async function contentProbe(target: Page | Frame): Promise<ProbeReading | null> {
  const page = 'mainFrame' in target ? target : target.page();
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  // A cross-site frame runs in its own process with its own session; the others share the page's.
  let session: CDPSession;
  try {
    session = await page.context().newCDPSession(frame === page.mainFrame() ? page : frame);
  } catch {
    session = await page.context().newCDPSession(page);
  }
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    type Tree = { frame: { id: string; url: string; name?: string }; childFrames?: Tree[] };
    const all: Tree['frame'][] = [];
    const walk = (t: Tree) => {
      all.push(t.frame);
      for (const c of t.childFrames ?? []) walk(c);
    };
    walk(frameTree as Tree);
    const frameId =
      frame === page.mainFrame() || all.length === 1
        ? frameTree.frame.id
        : (all.find((f) => f.url === frame.url() && (!frame.name() || f.name === frame.name()))?.id ?? '');
    const contexts: { id: number; frameId?: string; origin: string; type?: string }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      contexts.push({ id: context.id, frameId: aux?.frameId, origin: context.origin, type: aux?.type });
    });
    // Enabling reports every context that exists, before it returns.
    await session.send('Runtime.enable');
    // After an update the page can hold the old script's world beside the new one's: the live one wins.
    const worlds = contexts.filter(
      (c) => c.type === 'isolated' && c.frameId === frameId && c.origin.startsWith('chrome-extension://'),
    );
    const probes: ProbeReading[] = [];
    for (const world of worlds) {
      const { result } = await session
        .send('Runtime.evaluate', {
          contextId: world.id,
          returnByValue: true,
          expression: `(() => {
            const p = globalThis[${JSON.stringify(PROBE_GLOBAL)}];
            return p
              ? { site: p.site, states: p.states, active: p.active, stopped: p.stopped, refused: p.refused,
                  tampered: p.tampered, surface: (${snapshotOf.toString()})(p.surface) }
              : null;
          })()`,
        })
        .catch(() => ({ result: { value: null } }));
      if (result.value) probes.push(result.value as ProbeReading);
    }
    return probes.find((p) => !p.stopped) ?? probes[0] ?? null;
  } catch {
    return null; // between two documents: no frame tree or no context yet
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Waits until the content script reports the given decision: how many states (settings and site)
 * it has acted on, and whether it scans and paints. The positive signal that it ran and decided,
 * before a check that something did not happen.
 */
export async function expectContentDecision(
  page: Page,
  expected: Partial<ProbeReading>,
  { timeout = 10_000 } = {},
): Promise<ProbeReading> {
  let last: ProbeReading | null = null;
  await expect
    .poll(
      async () => {
        last = await contentProbe(page);
        return last;
      },
      { timeout, message: "the content script's decision (utils/content-probe.ts)" },
    )
    .toMatchObject(expected);
  return last!;
}

/** Texts of a named highlight, read in a clean world (see evaluateClean). */
export async function cleanHighlightTexts(page: Page, name = 'painlens-term'): Promise<string[]> {
  return evaluateClean<string[]>(
    page,
    `(() => {
      const h = CSS.highlights.get(${JSON.stringify(name)});
      if (!h) return [];
      return [...h].filter((r) => r.startContainer.isConnected).map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x.toString();
      });
    })()`,
  );
}

export interface ScanMeasure {
  start: number;
  duration: number;
  detail: { textNodes: number; chars: number; matches: number; terms: number } | null;
}

/** PainLens's `painlens:scan` User Timing measures (the timeline is shared by all worlds). */
export async function scanMeasures(target: Page | Frame): Promise<ScanMeasure[]> {
  return target.evaluate(() =>
    performance.getEntriesByName('painlens:scan', 'measure').map((m) => ({
      start: m.startTime,
      duration: m.duration,
      detail: (m as PerformanceMeasure).detail as ScanMeasure['detail'],
    })),
  );
}

/** Number of ranges in a named highlight (-1 when it is not registered). */
export async function highlightSize(target: Page | Frame, name = 'painlens-term'): Promise<number> {
  return target.evaluate((n) => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get(n);
    return h ? h.size : -1;
  }, name);
}

/** Waits until the named highlight is gone or empty. */
export async function waitForNoHighlights(target: Page | Frame, timeout = 5000): Promise<void> {
  await target.waitForFunction(
    () => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('painlens-term');
      return !h || h.size === 0;
    },
    undefined,
    { timeout },
  );
}

export interface TooltipWatch {
  /** Names of the tooltips shown since the watch began, in order, each time one appeared. */
  seen(): Promise<string[]>;
  /**
   * Resolves once a tooltip set going by the pointer moves so far would have shown: after the next
   * two frames (the script reads the pointer on a frame), one hover delay on the page's own timer
   * queue (timers run in order), and two more frames (the watch looks once a frame).
   */
  afterHoverDelay(delayMs?: number): Promise<void>;
}

/** Records each tooltip card shown from now on (the content probe keeps the names of the last ones). */
export async function watchTooltips(page: Page): Promise<TooltipWatch> {
  const before = (await readSurface(page))?.history.length ?? 0;
  const frames = (n: number) =>
    `new Promise((r) => { let k = ${n}; const f = () => (--k > 0 ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); })`;
  return {
    seen: async () => ((await readSurface(page))?.history ?? []).slice(before),
    afterHoverDelay: async (delayMs = DEFAULT_SETTINGS.hoverDelayMs) => {
      await page.evaluate(`(async () => {
        await ${frames(2)};
        await new Promise((r) => setTimeout(r, ${delayMs}));
        await ${frames(2)};
      })()`);
    },
  };
}

/** Moves the pointer onto a point the way a person does: from the side, in a few steps, then rests. */
export async function pointAt(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x - 30, y + 1);
  await page.mouse.move(x, y, { steps: 3 });
}

/** Installs a Long Tasks observer in the page before its scripts run; read with readLongTasks. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { painlensTestLongTasks: { start: number; duration: number }[] };
    w.painlensTestLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.painlensTestLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: the list stays empty and the specs say so.
    }
  });
}

export async function readLongTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { painlensTestLongTasks?: { start: number; duration: number }[] }).painlensTestLongTasks ??
      [],
  );
}

/** Long tasks that overlap one of PainLens's scan slices: those are PainLens's. */
export function longTasksDuringScans(
  tasks: { start: number; duration: number }[],
  scans: ScanMeasure[],
): { start: number; duration: number }[] {
  return tasks.filter((t) => scans.some((s) => s.start < t.start + t.duration && t.start < s.start + s.duration));
}

/**
 * Starts timing in the page: the time of the last pointer move, and the first frame on which the
 * tooltip card is in PainLens's shadow root. Read with readHoverTiming.
 */
export async function startHoverTiming(page: Page): Promise<void> {
  const before = (await readSurface(page))?.shown ?? 0;
  await page.evaluate((shownBefore) => {
    const w = window as unknown as { painlensTestHover: { lastMove: number; shownBefore: number } };
    w.painlensTestHover = { lastMove: 0, shownBefore };
    addEventListener('pointermove', () => (w.painlensTestHover.lastMove = performance.now()), true);
  }, before);
}

/**
 * Milliseconds from the last pointer move to the card's showing (null: not shown since
 * startHoverTiming). The content probe records when it showed, on the document's own clock.
 */
export async function readHoverTiming(page: Page): Promise<number | null> {
  const h = await page.evaluate(
    () => (window as unknown as { painlensTestHover: { lastMove: number; shownBefore: number } }).painlensTestHover,
  );
  const surface = await readSurface(page);
  if (!surface || surface.shown <= h.shownBefore) return null;
  return surface.lastShownAt - h.lastMove;
}

export interface StaleReport {
  /** Longest time a painted range stayed registered after the text under it changed. */
  maxStaleMs: number;
  /** Ranges that were ever seen covering changed text. */
  staleRanges: number;
  /** Frames checked. */
  frames: number;
}

/**
 * Watches, on every frame, whether a painted range (connected) covers text other than the text it
 * covered when first seen: a highlight left on stale text. Read with readStaleMonitor.
 */
export async function startStaleMonitor(page: Page): Promise<void> {
  await page.evaluate(() => {
    const report = { maxStaleMs: 0, staleRanges: 0, frames: 0 };
    (window as unknown as { painlensTestStale: typeof report }).painlensTestStale = report;
    const first = new WeakMap<AbstractRange, string | null>();
    const since = new WeakMap<AbstractRange, number>();
    const textOf = (r: AbstractRange): string | null => {
      try {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x.toString();
      } catch {
        return null; // offsets past the end of the changed text
      }
    };
    const check = () => {
      report.frames++;
      const now = performance.now();
      const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('painlens-term');
      for (const r of h ?? []) {
        if (!r.startContainer.isConnected) continue; // not painted
        const text = textOf(r);
        if (!first.has(r)) first.set(r, text);
        if (text === first.get(r)) continue;
        if (!since.has(r)) {
          since.set(r, now);
          report.staleRanges++;
        }
        report.maxStaleMs = Math.max(report.maxStaleMs, now - since.get(r)!);
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export async function readStaleMonitor(page: Page): Promise<StaleReport> {
  return page.evaluate(() => ({ ...(window as unknown as { painlensTestStale: StaleReport }).painlensTestStale }));
}

/** Ranges held by PainLens's highlight, and how many of them are on nodes no longer in the page. */
export async function highlightHealth(target: Page | Frame): Promise<{ size: number; disconnected: number }> {
  return target.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('painlens-term');
    const all = h ? [...h] : [];
    return { size: all.length, disconnected: all.filter((r) => !r.startContainer.isConnected).length };
  });
}

/** Writes measured figures to test-results/figures/<name>.json and attaches them to the test. */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const dir = path.join(ROOT, 'test-results/figures');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figures, null, 2));
  await test.info().attach(name, { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });
}

export interface ReportedTerms {
  /** Occurrences in every frame of the tab. */
  total: number;
  distinct: number;
  counts: Record<string, number>;
}

/**
 * What the content script reported to the background for this tab (storage.session, tabTermsKey):
 * every occurrence in its index, painted near the viewport or not.
 */
export async function reportedTerms(page: Page, worker: Worker): Promise<ReportedTerms> {
  const tabId = await tabIdOf(page, worker);
  const item = (await readStorage(worker, 'session', tabTermsKey(tabId))) as {
    frames?: Record<string, Record<string, number>>;
  } | null;
  const counts: Record<string, number> = {};
  for (const frame of Object.values(item?.frames ?? {})) {
    for (const [id, n] of Object.entries(frame)) counts[id] = (counts[id] ?? 0) + n;
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { total, distinct: Object.keys(counts).length, counts };
}

export interface ExtensionTask {
  /** Milliseconds from the start of the trace. */
  at: number;
  /** Wall time of PainLens's calls in this task (preemption by other processes included). */
  wallMs: number;
  /** Main-thread CPU time of PainLens's calls in this task: what a loaded machine cannot inflate. */
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/**
 * Runs `action` under a Chromium trace and returns every task in which PainLens's content script ran
 * (its FunctionCall events, grouped by the top-level task around them), with wall and CPU time.
 * CPU time (the trace's thread duration) is what "no PainLens task over 50 ms" is asserted on:
 * on a machine shared with other jobs, wall time includes time the renderer was not even running.
 */
export async function traceExtensionTasks<T>(
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; tasks: ExtensionTask[] }> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await action();
  } finally {
    await session.send('Tracing.end');
    await complete;
    await session.detach().catch(() => {});
  }
  const isOurs = (e: TraceEvent) =>
    e.name === 'FunctionCall' &&
    e.ph === 'X' &&
    /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? '');
  const ours = events.filter(isOurs).sort((a, b) => a.ts - b.ts);
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'ThreadControllerImpl::RunTask' || e.ph !== 'X') continue;
    const list = tasksByThread.get(`${e.pid}:${e.tid}`);
    if (list) list.push(e);
    else tasksByThread.set(`${e.pid}:${e.tid}`, [e]);
  }
  for (const list of tasksByThread.values()) list.sort((a, b) => a.ts - b.ts);
  /** The top-level task around a call: the last one starting before it, if it also ends after it. */
  const taskOf = (call: TraceEvent): TraceEvent | null => {
    const list = tasksByThread.get(`${call.pid}:${call.tid}`) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.ts <= call.ts) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Tasks can nest (a nested run loop): walk back to an enclosing one.
    for (let i = found; i >= 0 && i > found - 8; i--) {
      const t = list[i]!;
      if (t.ts + (t.dur ?? 0) >= call.ts + (call.dur ?? 0)) return t;
    }
    return null;
  };
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const byTask = new Map<TraceEvent | null, ExtensionTask>();
  let lastEnd = -1;
  let lastKey = '';
  for (const call of ours) {
    const key = `${call.pid}:${call.tid}`;
    // Only outermost calls: a nested FunctionCall is already inside its parent's time.
    if (key === lastKey && call.ts < lastEnd) continue;
    lastKey = key;
    lastEnd = call.ts + (call.dur ?? 0);
    const task = taskOf(call);
    const entry = byTask.get(task) ?? { at: ((task ?? call).ts - t0) / 1000, wallMs: 0, cpuMs: 0 };
    entry.wallMs += (call.dur ?? 0) / 1000;
    entry.cpuMs += (call.tdur ?? call.dur ?? 0) / 1000;
    if (task) byTask.set(task, entry);
    else byTask.set({ ...call }, entry);
  }
  return { result: result!, tasks: [...byTask.values()].sort((a, b) => a.at - b.at) };
}

/** The largest figures of a list of PainLens tasks, rounded for reports. */
export function summarizeTasks(tasks: ExtensionTask[]): {
  tasks: number;
  maxCpuMs: number;
  maxWallMs: number;
  totalCpuMs: number;
} {
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    tasks: tasks.length,
    maxCpuMs: r(Math.max(0, ...tasks.map((t) => t.cpuMs))),
    maxWallMs: r(Math.max(0, ...tasks.map((t) => t.wallMs))),
    totalCpuMs: r(tasks.reduce((s, t) => s + t.cpuMs, 0)),
  };
}

/**
 * Center of the first occurrence of `text` in a frame, searching open shadow roots too, in that
 * frame's viewport coordinates (scrolled into view first). With `clean`, it runs in a fresh
 * isolated world (for pages that break their own globals; main frame only).
 */
export async function deepTextCenter(
  target: Page | Frame,
  text: string,
  { clean = false } = {},
): Promise<{ x: number; y: number }> {
  const find = (text: string) => {
    const search = (root: Document | ShadowRoot): Range | null => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          const shadow = (n as Element).shadowRoot;
          const inner = shadow ? search(shadow) : null;
          if (inner) return inner;
          continue;
        }
        const i = (n as Text).data.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        return r;
      }
      return null;
    };
    const r = search(document);
    if (!r) throw new Error(`"${text}" not found`);
    (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  };
  if (clean && 'mainFrame' in target) {
    return evaluateClean(target, `(${find.toString()})(${JSON.stringify(text)})`);
  }
  return target.evaluate(find, text);
}

/** Records the page's body and head HTML at DOMContentLoaded, before any content script runs. */
export async function snapshotDomAtLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        (window as unknown as { painlensTestBefore: object }).painlensTestBefore = {
          body: document.body?.innerHTML ?? null,
          head: document.head?.innerHTML ?? null,
        };
      },
      { once: true },
    );
  });
}

export interface DomSnapshot {
  body: string | null;
  head: string | null;
}

/**
 * The DOMContentLoaded snapshot and the DOM now, both read through the DevTools protocol so that a
 * page which breaks its own globals cannot break the reading.
 */
export async function compareDomWithLoad(page: Page): Promise<{ before: DomSnapshot; now: DomSnapshot }> {
  const session = await page.context().newCDPSession(page);
  try {
    const before = await session.send('Runtime.evaluate', {
      expression: 'window.painlensTestBefore',
      returnByValue: true,
    });
    const now = await evaluateClean<DomSnapshot>(
      page,
      '({ body: document.body ? document.body.innerHTML : null, head: document.head ? document.head.innerHTML : null })',
    );
    return { before: before.result.value as DomSnapshot, now };
  } finally {
    await session.detach().catch(() => {});
  }
}

/** Waits until PainLens's scan slices stop: no new painlens:scan measure for `quietMs`. */
export async function waitForScanIdle(target: Page | Frame, { quietMs = 600, timeout = 20_000 } = {}): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - start < timeout) {
    const n = await target.evaluate(() => performance.getEntriesByName('painlens:scan', 'measure').length);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since >= quietMs) {
      return n;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PainLens did not finish scanning within ${timeout} ms (${last} scan measures)`);
}
