// Pages in the bench's browser: opening one with the observer of PainLens's measures, waiting for its
// scan to settle, heap, traces, and the harness code loaded into a page without the extension.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { unpackForms } from '../lib/term-data';
import { sleep } from './log';
import type { Options } from './options';
import { stat } from './results-model';
import { benchCalls, TRACE_CATEGORIES, type TimedCall } from './trace';

// Runs before any page script: records PainLens's measures (the content script writes them to the
// page's shared performance timeline) and long tasks. Kept as a string so no bundler helper leaks in.
const OBSERVER_SCRIPT = `(() => {
  const b = (window.__plObs = { measures: [], longtasks: [], lastMeasureEnd: 0, maxGap: 0, gaps: 0 });
  // A heartbeat in the top document: the longest gap between two animation frames, and how many gaps
  // were over 100 ms (a frozen tab shows as one huge gap).
  if (window === window.top) {
    let last = 0;
    const beat = (t) => {
      if (last) {
        const gap = t - last;
        if (gap > b.maxGap) b.maxGap = gap;
        if (gap > 100) b.gaps++;
      }
      last = t;
      requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name !== 'painlens:scan') continue;
        b.measures.push([e.startTime, e.duration, e.detail || null]);
        b.lastMeasureEnd = Math.max(b.lastMeasureEnd, e.startTime + e.duration);
      }
    }).observe({ type: 'measure', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export type Measure = [start: number, duration: number, detail: { textNodes: number; chars: number } | null];
export interface Observed {
  measures: Measure[];
  longtasks: [start: number, duration: number][];
  maxGap: number;
  gaps: number;
  now: number;
}

export async function readObserved(page: Page): Promise<Observed> {
  return page.evaluate(`({ ...window.__plObs, now: performance.now() })`) as Promise<Observed>;
}

/** Waits until PainLens has recorded no scan slice for `quietMs`. False on timeout. */
export async function waitScanSettled(
  page: Page,
  { quietMs = 1000, timeoutMs = 60_000, after = 0 } = {},
): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const s = (await page.evaluate(
      `({ n: window.__plObs.measures.length, idle: performance.now() - window.__plObs.lastMeasureEnd, ready: document.readyState })`,
    )) as { n: number; idle: number; ready: string };
    if (s.n > after && s.idle >= quietMs && s.ready === 'complete') return true;
    await sleep(100);
  }
  return false;
}

export async function heapUsage(page: Page): Promise<{ js: number; embedder: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { js: u.usedSize, embedder: u.embedderHeapUsedSize ?? 0 };
  } finally {
    await cdp.detach();
  }
}

export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(
    `(CSS.highlights && CSS.highlights.get('painlens-term') ? CSS.highlights.get('painlens-term').size : 0)`,
  ) as Promise<number>;
}

export function longest(tasks: [number, number][], overlaps?: (s: number, e: number) => boolean): number {
  let max = 0;
  for (const [s, d] of tasks) if ((!overlaps || overlaps(s, s + d)) && d > max) max = d;
  return max;
}

export interface Env {
  opts: Options;
  ext: BrowserContext;
  plain: BrowserContext;
  browser: Browser;
  bundle: string;
  markJs: string;
  extensionId: string;
  forms: ReturnType<typeof unpackForms>;
  hoverDelayMs: number;
}

export async function openPage(
  ctx: BrowserContext,
  url: string,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await ctx.newPage();
  await page.addInitScript(OBSERVER_SCRIPT);
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/** Loads the harness code and the forms into a page without the extension. */
export async function prepare(env: Env, p: Page): Promise<void> {
  await p.evaluate(env.bundle);
  await p.evaluate((forms) => {
    (globalThis as unknown as { painlensBench: { setForms(f: unknown): void } }).painlensBench.setForms(forms);
  }, env.forms);
}

/** Runs fn with a performance trace of the page, and returns what fn returned with the timed calls. */
export async function traced<T>(env: Env, p: Page, fn: () => Promise<T>): Promise<{ value: T; calls: TimedCall[] }> {
  await env.browser.startTracing(p, { categories: TRACE_CATEGORIES });
  let value: T;
  try {
    value = await fn();
  } catch (e) {
    await env.browser.stopTracing().catch(() => {});
    throw e;
  }
  return { value, calls: benchCalls(await env.browser.stopTracing()) };
}

export const median = (xs: number[]) => stat(xs)?.median ?? null;
