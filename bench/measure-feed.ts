// The dynamic page: a feed that appends paragraphs, against its static twin, plain and traced.
import { highlightCount, median, openPage, readObserved, waitScanSettled, type Env } from './browser';
import { errors, step } from './log';
import { DYNAMIC } from './pages';
import type { DynamicRun } from './results-model';
import { analyzeTrace, TRACE_CATEGORIES, type PainLensTrace } from './trace';

/** Traced loads of each twin per run (see the traced step). */
const TRACED_ROUNDS = 3;

interface FeedLoad {
  scanMs: number;
  slices: number;
  maxSliceMs: number;
  highlights: number;
  appendMs: number | null;
  trace: PainLensTrace | null;
}

/** One load of the feed page with the extension; with `append`, the scan of the appended paragraphs only. */
async function feedLoad(env: Env, url: string, append: boolean, traced: boolean): Promise<FeedLoad> {
  let tracing = false;
  const p = await openPage(
    env.ext,
    url,
    traced
      ? async (page) => {
          await env.browser.startTracing(page, { categories: TRACE_CATEGORIES });
          tracing = true;
        }
      : undefined,
  );
  try {
    if (!(await waitScanSettled(p))) throw new Error('the page did not settle');
    let before = 0;
    let appendMs: number | null = null;
    if (append) {
      before = (await readObserved(p)).measures.length;
      const span = (await p.evaluate(`window.__appendAll(${DYNAMIC.batches}, ${DYNAMIC.intervalMs})`)) as {
        start: number;
        end: number;
      };
      appendMs = span.end - span.start;
      if (!(await waitScanSettled(p, { after: before }))) throw new Error('the appends did not settle');
    }
    const added = (await readObserved(p)).measures.slice(before);
    const highlights = await highlightCount(p);
    const trace = traced ? analyzeTrace(await env.browser.stopTracing(), env.extensionId) : null;
    tracing = false;
    return {
      scanMs: added.reduce((a, m) => a + m[1], 0),
      slices: added.length,
      maxSliceMs: Math.max(...added.map((m) => m[1])),
      highlights,
      appendMs,
      trace,
    };
  } finally {
    if (tracing) await env.browser.stopTracing().catch(() => {});
    await p.close();
  }
}

export async function measureDynamic(
  env: Env,
  staticUrl: string,
  dynamicUrl: string,
  runIndex: number,
): Promise<DynamicRun> {
  const d: DynamicRun = {
    staticScanMs: null,
    staticSlices: null,
    dynamicScanMs: null,
    dynamicSlices: null,
    dynamicMaxSliceMs: null,
    appendMs: null,
    staticHighlights: null,
    dynamicHighlights: null,
    staticCpuMs: null,
    dynamicCpuMs: null,
    dynamicTaskMs: null,
    dynamicTaskCpuMs: null,
  };
  const tag = `dynamic page run ${runIndex + 1}`;
  await step(`${tag}: static twin`, async () => {
    const f = await feedLoad(env, staticUrl, false, false);
    d.staticScanMs = f.scanMs;
    d.staticSlices = f.slices;
    d.staticHighlights = f.highlights;
  });
  await step(`${tag}: appends`, async () => {
    const f = await feedLoad(env, dynamicUrl, true, false);
    d.dynamicScanMs = f.scanMs;
    d.dynamicSlices = f.slices;
    d.dynamicMaxSliceMs = f.maxSliceMs;
    d.appendMs = f.appendMs;
    d.dynamicHighlights = f.highlights;
    if (d.staticHighlights !== null && d.dynamicHighlights !== d.staticHighlights) {
      errors.push(`${tag}: ${d.dynamicHighlights} terms painted, the static twin has ${d.staticHighlights}`);
    }
  });
  // Both again, traced: thread (CPU) time of the scan slices, and the longest task running PainLens code.
  // One traced pair is noisy (the CPU ratio read 1.23-1.66 across four runs of one build), so the pair
  // is traced TRACED_ROUNDS times, alternating which goes first, and the run keeps the medians.
  await step(`${tag}: traced (${TRACED_ROUNDS} rounds)`, async () => {
    const staticCpu: number[] = [];
    const dynamicCpu: number[] = [];
    const tasks: { ms: number; cpuMs: number }[] = [];
    for (let round = 0; round < TRACED_ROUNDS; round++) {
      const loadStatic = async () => staticCpu.push((await feedLoad(env, staticUrl, false, true)).trace!.sliceCpuMs);
      const loadDynamic = async () => {
        const t = (await feedLoad(env, dynamicUrl, true, true)).trace!;
        dynamicCpu.push(t.sliceCpuMs);
        tasks.push({ ms: t.longestTaskMs, cpuMs: t.longestTaskCpuMs });
      };
      if (round % 2) await loadDynamic().then(loadStatic);
      else await loadStatic().then(loadDynamic);
    }
    d.staticCpuMs = median(staticCpu);
    d.dynamicCpuMs = median(dynamicCpu);
    // The longest task: the worst of the rounds.
    d.dynamicTaskMs = Math.max(...tasks.map((t) => t.ms));
    d.dynamicTaskCpuMs = Math.max(...tasks.map((t) => t.cpuMs));
  });
  return d;
}
