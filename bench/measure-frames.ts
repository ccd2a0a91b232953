// The per-frame targets of issue 14, each a difference or ratio within one run: what a frame with
// nothing to explain costs (CPU and heap), the renderer CPU that PainLens adds to an article with 20
// cross-origin ad frames, the 500-frame page and the 2 MB unwrapped line (longest PainLens task and
// longest frame gap), and the same no-term frame and start-up with a glossary four times today's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  heapUsage,
  highlightCount,
  median,
  openPage,
  readObserved,
  waitScanSettled,
  type Env,
  type Observed,
} from './browser';
import { sleep, step } from './log';
import type { FramesRun } from './results-model';
import { analyzeTrace, TRACE_CATEGORIES, type PainLensTrace } from './trace';

export interface FrameUrls {
  /** The article with 20 ad frames from the second loopback origin. */
  adArticle: string;
  /** A short page with 20 same-origin frames holding no term, and the same page with none. */
  blankFrames: string;
  noFrames: string;
  blankFrameCount: number;
  adFrameCount: number;
  manyFrames: string;
  manyFrameCount: number;
  longLine: string;
  /** A page to time the content script's start-up on (the fixture article). */
  startup: string;
}

interface Load {
  trace: PainLensTrace;
  observed: Observed;
  heap: { js: number; embedder: number };
  highlights: number;
  /** ms from navigation to the wait's end (the 500-frame page: every frame painted). */
  readyMs: number;
}

/** One traced load; `ready` waits for the page's own end signal, then the renderer gets 1.5 s to go quiet. */
async function tracedLoad(
  browser: Browser,
  ctx: BrowserContext,
  extensionId: string,
  url: string,
  ready: (p: Page) => Promise<void>,
): Promise<Load> {
  let tracing = false;
  const start = Date.now();
  const p = await openPage(ctx, url, async (page) => {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
  });
  try {
    await ready(p);
    const readyMs = Date.now() - start;
    await sleep(1500);
    const observed = await readObserved(p);
    const highlights = await highlightCount(p);
    const trace = analyzeTrace(await browser.stopTracing(), extensionId);
    tracing = false;
    return { trace, observed, heap: await heapUsage(p), highlights, readyMs };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await p.close();
  }
}

const loaded = async (p: Page) => {
  await p.waitForLoadState('load');
};

/** Every frame of the 500-frame page has its term painted (or 90 s have passed). */
async function allFramesPainted(p: Page, n: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const painted = (await p.evaluate(`[...document.querySelectorAll('iframe')].filter((f) => {
      try { const h = f.contentWindow.CSS.highlights.get('painlens-term'); return h && h.size > 0; } catch { return false; }
    }).length`)) as number;
    if (painted >= n) return;
    await sleep(250);
  }
  throw new Error(`not every one of the ${n} frames was painted within 90 s`);
}

type FloorExtension = { ext: BrowserContext; extensionId: string };

/** Loads of each condition per run on the no-term frames and the start-up page (see there). */
const ROUNDS = 5;

const perFrame = (withFrames: number, without: number, n: number) => (withFrames - without) / n;

export async function measureFrames(
  env: Env,
  urls: FrameUrls,
  runIndex: number,
  glossary4x: { ext: BrowserContext; extensionId: string } | null,
  floors: { inert?: FloorExtension; reader?: FloorExtension } = {},
): Promise<FramesRun> {
  const floor = floors.inert ?? null;
  const f: FramesRun = {
    adPainlensCpuMs: null,
    adPerFrameCpuMs: null,
    adRendererCpuExtMs: null,
    adRendererCpuPlainMs: null,
    adOverheadPct: null,
    noTermFrameCpuMs: null,
    noTermFramePromiseCpuMs: null,
    noTermFrameHeapJsBytes: null,
    noTermFrameHeapEmbedderBytes: null,
    manyFramesTaskMs: null,
    manyFramesTaskCpuMs: null,
    manyFramesMaxGapMs: null,
    manyFramesPlainMaxGapMs: null,
    manyFramesGaps: null,
    manyFramesPlainGaps: null,
    manyFramesReadyMs: null,
    manyFramesHeapJsDeltaBytes: null,
    longLineTaskMs: null,
    longLineTaskCpuMs: null,
    longLineMaxGapMs: null,
    longLinePlainMaxGapMs: null,
    longLineGaps: null,
    longLinePlainGaps: null,
    longLineHighlights: null,
    startupCpuMs: null,
    startup4xCpuMs: null,
    noTermFrame4xCpuMs: null,
    floorNoTermFrameCpuMs: null,
    floorNoTermFrameHeapJsBytes: null,
    floorAdOverheadPct: null,
    readerFloorNoTermFrameCpuMs: null,
    readerFloorNoTermFrameHeapJsBytes: null,
  };
  const tag = `frames run ${runIndex + 1}`;
  const { browser, ext, plain, extensionId } = env;

  await step(`${tag}: article with ${urls.adFrameCount} cross-origin ad frames`, async () => {
    const withExt = await tracedLoad(browser, ext, extensionId, urls.adArticle, loaded);
    const without = await tracedLoad(browser, plain, extensionId, urls.adArticle, loaded);
    // The ad frames run no script: their microtasks are PainLens's (bench/trace.ts); the article's own, without it.
    f.adPainlensCpuMs = withExt.trace.totalCpuMs + withExt.trace.promiseCpuMs - without.trace.promiseCpuMs;
    // The ad frames share one renderer (their own site): its PainLens CPU over the frames it evaluated in.
    const adThread = withExt.trace.threads
      .filter((t) => t.evaluations > 1)
      .sort((a, b) => b.evaluations - a.evaluations)[0];
    f.adPerFrameCpuMs = adThread ? (adThread.painlensCpuMs + adThread.promiseCpuMs) / adThread.evaluations : null;
    f.adRendererCpuExtMs = withExt.trace.rendererCpuMs;
    f.adRendererCpuPlainMs = without.trace.rendererCpuMs;
    f.adOverheadPct = ((withExt.trace.rendererCpuMs - without.trace.rendererCpuMs) / without.trace.rendererCpuMs) * 100;
    if (floor) {
      const withFloor = await tracedLoad(browserOf(floor.ext), floor.ext, floor.extensionId, urls.adArticle, loaded);
      f.floorAdOverheadPct =
        ((withFloor.trace.rendererCpuMs - without.trace.rendererCpuMs) / without.trace.rendererCpuMs) * 100;
    }
  });

  // One traced load of a 20-frame page is noisy (per-frame CPU 1.1-2.4 ms across 14 paired loads of
  // one build; start-up 6.0-9.4 ms across 10), too noisy for a 10 % flatness target: each condition
  // is loaded ROUNDS times per run, in a rotating order so drift falls on all alike, and the run
  // keeps each one's median.
  await step(`${tag}: ${urls.blankFrameCount} frames with no term (${ROUNDS} rounds)`, async () => {
    const n = urls.blankFrameCount;
    type Condition = {
      ctx: BrowserContext;
      id: string;
      cpu: number[];
      promise: number[];
      js: number[];
      embedder: number[];
    };
    const condition = (ctx: BrowserContext, id: string): Condition => ({
      ctx,
      id,
      cpu: [],
      promise: [],
      js: [],
      embedder: [],
    });
    const painlens = condition(ext, extensionId);
    const without = condition(plain, extensionId);
    const inert = floor ? condition(floor.ext, floor.extensionId) : null;
    const reader = floors.reader ? condition(floors.reader.ext, floors.reader.extensionId) : null;
    const x4 = glossary4x ? condition(glossary4x.ext, glossary4x.extensionId) : null;
    const conditions = [painlens, without, inert, reader, x4].filter((c) => c !== null);
    for (let round = 0; round < ROUNDS; round++) {
      const heaps = new Map<Condition, { many: Load['heap']; none: Load['heap'] }>();
      const cpus = new Map<Condition, { code: number; promise: number }>();
      for (const c of rotate(conditions, round)) {
        const many = await tracedLoad(browserOf(c.ctx), c.ctx, c.id, urls.blankFrames, loaded);
        const none = await tracedLoad(browserOf(c.ctx), c.ctx, c.id, urls.noFrames, loaded);
        // Its code's events and its promise continuations (the pages run no script: bench/trace.ts).
        cpus.set(c, {
          code: perFrame(many.trace.totalCpuMs, none.trace.totalCpuMs, n),
          promise: perFrame(many.trace.promiseCpuMs, none.trace.promiseCpuMs, n),
        });
        heaps.set(c, { many: many.heap, none: none.heap });
      }
      // CPU and heap: with the extension minus without it (the plain context's loads of the same round).
      const p = heaps.get(without)!;
      const plainPromise = cpus.get(without)!.promise;
      for (const [c, h] of heaps) {
        const { code, promise } = cpus.get(c)!;
        c.cpu.push(code + promise - plainPromise);
        c.promise.push(promise - plainPromise);
        c.js.push(perFrame(h.many.js - p.many.js, h.none.js - p.none.js, n));
        c.embedder.push(perFrame(h.many.embedder - p.many.embedder, h.none.embedder - p.none.embedder, n));
      }
    }
    f.noTermFrameCpuMs = median(painlens.cpu);
    f.noTermFramePromiseCpuMs = median(painlens.promise);
    f.noTermFrameHeapJsBytes = median(painlens.js);
    f.noTermFrameHeapEmbedderBytes = median(painlens.embedder);
    f.floorNoTermFrameCpuMs = inert && median(inert.cpu);
    f.floorNoTermFrameHeapJsBytes = inert && median(inert.js);
    f.readerFloorNoTermFrameCpuMs = reader && median(reader.cpu);
    f.readerFloorNoTermFrameHeapJsBytes = reader && median(reader.js);
    f.noTermFrame4xCpuMs = x4 && median(x4.cpu);
    f.noTermFrameRounds = ROUNDS;
  });

  await step(`${tag}: start-up (${ROUNDS} rounds)`, async () => {
    const settled = async (p: Page) => {
      if (!(await waitScanSettled(p))) throw new Error('the page did not settle');
    };
    const builds = [{ ctx: ext, id: extensionId, cpu: [] as number[] }];
    if (glossary4x) builds.push({ ctx: glossary4x.ext, id: glossary4x.extensionId, cpu: [] });
    for (let round = 0; round < ROUNDS; round++) {
      for (const b of rotate(builds, round)) {
        b.cpu.push((await tracedLoad(browserOf(b.ctx), b.ctx, b.id, urls.startup, settled)).trace.startupCpuMs);
      }
    }
    f.startupCpuMs = median(builds[0]!.cpu);
    f.startup4xCpuMs = builds[1] ? median(builds[1].cpu) : null;
  });

  await step(`${tag}: ${urls.manyFrameCount} frames, each with a term`, async () => {
    const withExt = await tracedLoad(browser, ext, extensionId, urls.manyFrames, (p) =>
      allFramesPainted(p, urls.manyFrameCount),
    );
    const without = await tracedLoad(browser, plain, extensionId, urls.manyFrames, loaded);
    // The frames run no script: a task of microtasks there is PainLens's too (bench/trace.ts).
    f.manyFramesTaskMs = withExt.trace.longestTaskWithPromisesMs;
    f.manyFramesTaskCpuMs = withExt.trace.longestTaskWithPromisesCpuMs;
    f.manyFramesMaxGapMs = withExt.observed.maxGap;
    f.manyFramesPlainMaxGapMs = without.observed.maxGap;
    f.manyFramesGaps = withExt.observed.gaps;
    f.manyFramesPlainGaps = without.observed.gaps;
    f.manyFramesReadyMs = withExt.readyMs;
    f.manyFramesHeapJsDeltaBytes = withExt.heap.js - without.heap.js;
  });

  await step(`${tag}: 2 MB unwrapped line`, async () => {
    const withExt = await tracedLoad(browser, ext, extensionId, urls.longLine, async (p) => {
      if (!(await waitScanSettled(p, { timeoutMs: 90_000 }))) throw new Error('the scan did not settle');
    });
    const without = await tracedLoad(browser, plain, extensionId, urls.longLine, loaded);
    f.longLineTaskMs = withExt.trace.longestTaskMs;
    f.longLineTaskCpuMs = withExt.trace.longestTaskCpuMs;
    f.longLineMaxGapMs = withExt.observed.maxGap;
    f.longLinePlainMaxGapMs = without.observed.maxGap;
    f.longLineGaps = withExt.observed.gaps;
    f.longLinePlainGaps = without.observed.gaps;
    f.longLineHighlights = withExt.highlights;
  });
  return f;
}

/** The list started at position `round` (each condition goes first in turn). */
function rotate<T>(xs: readonly T[], round: number): T[] {
  const k = round % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}

function browserOf(ctx: BrowserContext): Browser {
  const b = ctx.browser();
  if (!b) throw new Error('no Browser for the persistent context');
  return b;
}
