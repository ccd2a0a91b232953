// The per-frame targets of issue 14, each a difference or ratio within one run: what a frame with
// nothing to explain costs (CPU and heap), the renderer CPU that PainLens adds to an article with 20
// cross-origin ad frames, the 500-frame page and the 2 MB unwrapped line (longest PainLens task and
// longest frame gap), and the same no-term frame and start-up with a glossary four times today's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { heapUsage, highlightCount, openPage, readObserved, waitScanSettled, type Env, type Observed } from './browser';
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
    noTermFrameHeapJsBytes: null,
    noTermFrameHeapEmbedderBytes: null,
    manyFramesTaskMs: null,
    manyFramesTaskCpuMs: null,
    manyFramesMaxGapMs: null,
    manyFramesPlainMaxGapMs: null,
    manyFramesReadyMs: null,
    manyFramesHeapJsDeltaBytes: null,
    longLineTaskMs: null,
    longLineTaskCpuMs: null,
    longLineMaxGapMs: null,
    longLinePlainMaxGapMs: null,
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
    f.adPainlensCpuMs = withExt.trace.totalCpuMs;
    // The ad frames share one renderer (their own site): its PainLens CPU over the frames it evaluated in.
    const adThread = withExt.trace.threads
      .filter((t) => t.evaluations > 1)
      .sort((a, b) => b.evaluations - a.evaluations)[0];
    f.adPerFrameCpuMs = adThread ? adThread.painlensCpuMs / adThread.evaluations : null;
    f.adRendererCpuExtMs = withExt.trace.rendererCpuMs;
    f.adRendererCpuPlainMs = without.trace.rendererCpuMs;
    f.adOverheadPct = ((withExt.trace.rendererCpuMs - without.trace.rendererCpuMs) / without.trace.rendererCpuMs) * 100;
    if (floor) {
      const withFloor = await tracedLoad(browserOf(floor.ext), floor.ext, floor.extensionId, urls.adArticle, loaded);
      f.floorAdOverheadPct =
        ((withFloor.trace.rendererCpuMs - without.trace.rendererCpuMs) / without.trace.rendererCpuMs) * 100;
    }
  });

  await step(`${tag}: ${urls.blankFrameCount} frames with no term`, async () => {
    const many = await tracedLoad(browser, ext, extensionId, urls.blankFrames, loaded);
    const none = await tracedLoad(browser, ext, extensionId, urls.noFrames, loaded);
    const manyPlain = await tracedLoad(browser, plain, extensionId, urls.blankFrames, loaded);
    const nonePlain = await tracedLoad(browser, plain, extensionId, urls.noFrames, loaded);
    const n = urls.blankFrameCount;
    f.noTermFrameCpuMs = perFrame(many.trace.totalCpuMs, none.trace.totalCpuMs, n);
    f.noTermFrameHeapJsBytes = perFrame(many.heap.js - manyPlain.heap.js, none.heap.js - nonePlain.heap.js, n);
    f.noTermFrameHeapEmbedderBytes = perFrame(
      many.heap.embedder - manyPlain.heap.embedder,
      none.heap.embedder - nonePlain.heap.embedder,
      n,
    );
    if (floor) {
      const b = browserOf(floor.ext);
      const manyF = await tracedLoad(b, floor.ext, floor.extensionId, urls.blankFrames, loaded);
      const noneF = await tracedLoad(b, floor.ext, floor.extensionId, urls.noFrames, loaded);
      f.floorNoTermFrameCpuMs = perFrame(manyF.trace.totalCpuMs, noneF.trace.totalCpuMs, n);
      f.floorNoTermFrameHeapJsBytes = perFrame(manyF.heap.js - manyPlain.heap.js, noneF.heap.js - nonePlain.heap.js, n);
    }
    if (floors.reader) {
      const r = floors.reader;
      const manyR = await tracedLoad(browserOf(r.ext), r.ext, r.extensionId, urls.blankFrames, loaded);
      const noneR = await tracedLoad(browserOf(r.ext), r.ext, r.extensionId, urls.noFrames, loaded);
      f.readerFloorNoTermFrameCpuMs = perFrame(manyR.trace.totalCpuMs, noneR.trace.totalCpuMs, n);
      f.readerFloorNoTermFrameHeapJsBytes = perFrame(
        manyR.heap.js - manyPlain.heap.js,
        noneR.heap.js - nonePlain.heap.js,
        n,
      );
    }
    if (glossary4x) {
      const b = browserOf(glossary4x.ext);
      const many4 = await tracedLoad(b, glossary4x.ext, glossary4x.extensionId, urls.blankFrames, loaded);
      const none4 = await tracedLoad(b, glossary4x.ext, glossary4x.extensionId, urls.noFrames, loaded);
      f.noTermFrame4xCpuMs = perFrame(many4.trace.totalCpuMs, none4.trace.totalCpuMs, n);
    }
  });

  await step(`${tag}: start-up`, async () => {
    const settled = async (p: Page) => {
      if (!(await waitScanSettled(p))) throw new Error('the page did not settle');
    };
    f.startupCpuMs = (await tracedLoad(browser, ext, extensionId, urls.startup, settled)).trace.startupCpuMs;
    if (glossary4x) {
      const b = browserOf(glossary4x.ext);
      f.startup4xCpuMs = (
        await tracedLoad(b, glossary4x.ext, glossary4x.extensionId, urls.startup, settled)
      ).trace.startupCpuMs;
    }
  });

  await step(`${tag}: ${urls.manyFrameCount} frames, each with a term`, async () => {
    const withExt = await tracedLoad(browser, ext, extensionId, urls.manyFrames, (p) =>
      allFramesPainted(p, urls.manyFrameCount),
    );
    const without = await tracedLoad(browser, plain, extensionId, urls.manyFrames, loaded);
    f.manyFramesTaskMs = withExt.trace.longestTaskMs;
    f.manyFramesTaskCpuMs = withExt.trace.longestTaskCpuMs;
    f.manyFramesMaxGapMs = withExt.observed.maxGap;
    f.manyFramesPlainMaxGapMs = without.observed.maxGap;
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
    f.longLineHighlights = withExt.highlights;
  });
  return f;
}

function browserOf(ctx: BrowserContext): Browser {
  const b = ctx.browser();
  if (!b) throw new Error('no Browser for the persistent context');
  return b;
}
