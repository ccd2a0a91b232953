// One page, one run: PainLens's scan (plain and traced), the page without the extension (heap and the
// floor), the floor in an isolated world, the RegExp baseline with the warm breakdown, the cold
// breakdown, and mark.js. bench/README.md says how each is taken.
import type { Page } from 'playwright-core';
import {
  highlightCount,
  heapUsage,
  longest,
  median,
  openPage,
  prepare,
  readObserved,
  traced,
  waitScanSettled,
  type Env,
} from './browser';
import type { MarkResult, WalkResult } from './inpage';
import { errors, sleep, step, withTimeout } from './log';
import { LARGE_PAGE_BYTES, type PageFile } from './pages';
import { COLD_PHASES, PHASES, type PageRun } from './results-model';
import { analyzeTrace, TRACE_CATEGORIES } from './trace';

/** Times a cold measure is taken again when the trace missed its call (see the floor step). */
const TRACE_RETRIES = 2;

function emptyRun(): PageRun {
  return {
    scanMs: null,
    slices: null,
    maxSliceMs: null,
    scanSpanMs: null,
    textNodes: null,
    chars: null,
    highlights: null,
    settled: false,
    longestTaskScanMs: null,
    painlensTaskMs: null,
    painlensTaskCpuMs: null,
    painlensTotalMs: null,
    painlensTotalCpuMs: null,
    startupMs: null,
    startupCpuMs: null,
    sliceCpuMs: null,
    longestTaskExtMs: null,
    longestTaskPlainMs: null,
    heapJsDeltaBytes: null,
    heapEmbedderDeltaBytes: null,
    floorMs: null,
    floorCpuMs: null,
    floorTextNodes: null,
    floorChars: null,
    floorIsolatedMs: null,
    floorIsolatedCpuMs: null,
    structureFloorIsolatedMs: null,
    structureFloorIsolatedCpuMs: null,
    readingFloorIsolatedMs: null,
    readingFloorIsolatedCpuMs: null,
    lookupFloorIsolatedMs: null,
    lookupFloorIsolatedCpuMs: null,
    regexMs: null,
    regexCpuMs: null,
    regexCompileMs: null,
    regexMatches: null,
    markMs: null,
    markComplete: null,
    markFormsDone: null,
    markFormsTotal: null,
    markMarks: null,
    phases: null,
    coldPhases: null,
    blocks: null,
  };
}

export async function measurePage(env: Env, page: PageFile, url: string, runIndex: number): Promise<PageRun> {
  const r = emptyRun();
  const tag = `${page.name} run ${runIndex + 1}`;
  let extHeap: { js: number; embedder: number } | null = null;

  // 1. PainLens: the page with the extension, until its scan settles.
  await step(`${tag}: PainLens scan`, async () => {
    const p = await openPage(env.ext, url);
    try {
      r.settled = await waitScanSettled(p);
      const o = await readObserved(p);
      if (!o.measures.length) throw new Error('no painlens:scan measures (is the content script running?)');
      if (!r.settled) errors.push(`${tag}: the scan had not settled after 60 s; partial sum reported`);
      r.scanMs = o.measures.reduce((a, m) => a + m[1], 0);
      r.slices = o.measures.length;
      r.maxSliceMs = Math.max(...o.measures.map((m) => m[1]));
      const first = Math.min(...o.measures.map((m) => m[0]));
      const last = Math.max(...o.measures.map((m) => m[0] + m[1]));
      r.scanSpanMs = last - first;
      r.textNodes = o.measures.reduce((a, m) => a + (m[2]?.textNodes ?? 0), 0);
      r.chars = o.measures.reduce((a, m) => a + (m[2]?.chars ?? 0), 0);
      r.longestTaskExtMs = longest(o.longtasks);
      r.longestTaskScanMs = longest(o.longtasks, (s, e) => o.measures.some(([ms, md]) => ms < e && ms + md > s));
      r.highlights = await highlightCount(p);
      extHeap = await heapUsage(p);
    } finally {
      await p.close();
    }
  });

  // 1b. Again, traced: which tasks ran PainLens code, and their thread (CPU) time. A separate load,
  // so tracing overhead stays out of the scan sum above.
  await step(`${tag}: PainLens tasks (trace)`, async () => {
    let tracing = false;
    const p = await openPage(env.ext, url, async (page) => {
      await env.browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    });
    try {
      if (!(await waitScanSettled(p))) throw new Error('the traced load did not settle');
      const t = analyzeTrace(await env.browser.stopTracing(), env.extensionId);
      tracing = false;
      if (!t.totalMs) throw new Error('no PainLens code in the trace');
      r.painlensTaskMs = t.longestTaskMs;
      r.painlensTaskCpuMs = t.longestTaskCpuMs;
      r.painlensTotalMs = t.totalMs;
      r.painlensTotalCpuMs = t.totalCpuMs;
      r.startupMs = t.startupMs;
      r.startupCpuMs = t.startupCpuMs;
      r.sliceCpuMs = t.sliceCpuMs;
    } finally {
      if (tracing) await env.browser.stopTracing().catch(() => {});
      await p.close();
    }
  });

  // 2. The same page without the extension: long tasks, heap, and the floor (cold, first walk).
  await step(`${tag}: page without the extension, floor`, async () => {
    // The floor on a page (the first copy, after its long tasks and heap are read, or a fresh one).
    const floorOn = async (p: Page) => {
      await prepare(env, p);
      const { value: f, calls } = await traced(
        env,
        p,
        () => p.evaluate(`painlensBench.floor()`) as Promise<WalkResult>,
      );
      r.floorMs = f.ms;
      r.floorCpuMs = calls.find((c) => c.name === 'floor')?.cpuMs ?? null;
      r.floorTextNodes = f.textNodes;
      r.floorChars = f.chars;
    };
    const p = await openPage(env.plain, url);
    try {
      await sleep(1000);
      const o = await readObserved(p);
      r.longestTaskPlainMs = longest(o.longtasks);
      const h = await heapUsage(p);
      if (extHeap) {
        r.heapJsDeltaBytes = extHeap.js - h.js;
        r.heapEmbedderDeltaBytes = extHeap.embedder - h.embedder;
      }
      await floorOn(p);
    } finally {
      await p.close();
    }
    // The trace can miss a call (seen once under load: the renderer had not started tracing yet); the
    // floor is then taken again, cold, on a fresh copy.
    for (let retry = 0; retry < TRACE_RETRIES && r.floorCpuMs === null; retry++) {
      const again = await openPage(env.plain, url);
      try {
        await sleep(300);
        await floorOn(again);
      } finally {
        await again.close();
      }
    }
  });

  // 2b. The floor's walk again, cold, in an isolated world of another fresh copy: where a content
  // script runs. (Blink keeps the page's own world's wrapper on each node, and looks up other worlds'
  // wrappers in a table: the same walk costs more there.) Then the structure floor (elements too), cold,
  // in an isolated world of a third copy: what knowing blocks and skip rules costs before any word is read.
  // Then the reading floor on a fourth: that walk, past the subtrees a scan skips by tag, reading each
  // character once. `call` names both the bench function and its timed measure.
  const isolatedWalk = async (call: 'floor' | 'structureFloor' | 'readingFloor' | 'lookupFloor') => {
    const p = await openPage(env.plain, url);
    const cdp = await env.plain.newCDPSession(p);
    try {
      await sleep(300);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'painlens-bench',
      });
      const run = async (expression: string) => {
        const res = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
        if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
        return res.result.value as unknown;
      };
      await run(`${env.bundle}\n0`);
      if (call === 'lookupFloor') await run(`painlensBench.setLookupWords(${JSON.stringify(firstWords(env.forms))})`);
      const { value: f, calls } = await traced(env, p, () => run(`painlensBench.${call}()`) as Promise<WalkResult>);
      // The reading floor passes over skipped subtrees, and their text nodes with them.
      const expected =
        call === 'readingFloor' || call === 'lookupFloor'
          ? f.textNodes > 0 && f.textNodes <= r.floorTextNodes!
          : f.textNodes === r.floorTextNodes;
      if (!expected) throw new Error(`${call}: ${f.textNodes} text nodes, ${r.floorTextNodes} in the page's world`);
      return { ms: f.ms, cpuMs: calls.find((c) => c.name === call)?.cpuMs ?? null };
    } finally {
      await cdp.detach().catch(() => {});
      await p.close();
    }
  };
  // Each is taken again on another fresh copy when the trace missed the call (see the floor step).
  const isolatedFloors = [
    { call: 'floor', label: 'floor', ms: 'floorIsolatedMs', cpuMs: 'floorIsolatedCpuMs' },
    {
      call: 'structureFloor',
      label: 'structure floor',
      ms: 'structureFloorIsolatedMs',
      cpuMs: 'structureFloorIsolatedCpuMs',
    },
    { call: 'readingFloor', label: 'reading floor', ms: 'readingFloorIsolatedMs', cpuMs: 'readingFloorIsolatedCpuMs' },
    { call: 'lookupFloor', label: 'lookup floor', ms: 'lookupFloorIsolatedMs', cpuMs: 'lookupFloorIsolatedCpuMs' },
  ] as const;
  for (const w of isolatedFloors) {
    await step(`${tag}: ${w.label} in an isolated world`, async () => {
      for (let attempt = 0; attempt <= TRACE_RETRIES && !r[w.cpuMs]; attempt++) {
        const f = await isolatedWalk(w.call);
        r[w.ms] = f.ms;
        r[w.cpuMs] = f.cpuMs;
      }
    });
  }

  // 3. A fresh copy: the combined RegExp, cold; then the warm per-phase breakdown.
  await step(`${tag}: RegExp baseline and phases`, async () => {
    const p = await openPage(env.plain, url);
    try {
      await sleep(300);
      await prepare(env, p);
      const wall = new Map<string, number[]>();
      const { value: res, calls } = await traced(env, p, async () => {
        const baseline = (await p.evaluate(`painlensBench.regexBaseline()`)) as WalkResult & { compileMs: number };
        for (const phase of PHASES) {
          for (let i = 0; i < 4; i++) {
            const one = (await p.evaluate(`painlensBench.phasePass(${JSON.stringify(phase)})`)) as {
              ms: number;
              count: number;
            };
            if (phase === 'blockWalk') r.blocks = one.count;
            if (i > 0) wall.set(phase, [...(wall.get(phase) ?? []), one.ms]);
          }
        }
        return baseline;
      });
      r.regexMs = res.ms;
      r.regexCpuMs = calls.find((c) => c.name === 'regex')?.cpuMs ?? null;
      r.regexCompileMs = res.compileMs;
      r.regexMatches = res.matches;
      const cpu = (phase: string) =>
        median(
          calls
            .filter((c) => c.name === `phase:${phase}`)
            .slice(1)
            .map((c) => c.cpuMs),
        );
      r.phases = Object.fromEntries(
        PHASES.map((k) => [k, { wallMs: median(wall.get(k) ?? []) ?? 0, cpuMs: cpu(k) }]),
      ) as PageRun['phases'];
    } finally {
      await p.close();
    }
  });

  // 3b. The breakdown's passes cold: each the first pass in a fresh copy of the page, like the floor
  // (a pass whose call the trace missed is taken again on another fresh copy).
  await step(`${tag}: cold phases`, async () => {
    const cold: Partial<NonNullable<PageRun['coldPhases']>> = {};
    const coldPhase = async (phase: (typeof COLD_PHASES)[number]) => {
      const p = await openPage(env.plain, url);
      try {
        await sleep(300);
        await prepare(env, p);
        await p.evaluate(`painlensBench.compileMatchers(), 0`);
        const { value: one, calls } = await traced(
          env,
          p,
          () => p.evaluate(`painlensBench.phasePass(${JSON.stringify(phase)})`) as Promise<{ ms: number }>,
        );
        cold[phase] = { wallMs: one.ms, cpuMs: calls.find((c) => c.name === `phase:${phase}`)?.cpuMs ?? null };
      } finally {
        await p.close();
      }
    };
    let phases = [...COLD_PHASES];
    for (let attempt = 0; attempt <= TRACE_RETRIES && phases.length; attempt++) {
      for (const phase of phases) await coldPhase(phase);
      phases = phases.filter((phase) => cold[phase]?.cpuMs == null);
    }
    r.coldPhases = cold as PageRun['coldPhases'];
  });

  // 4. mark.js on another fresh copy, time-boxed.
  if (env.opts.quick && page.bytes >= LARGE_PAGE_BYTES) return r;
  await step(`${tag}: mark.js`, async () => {
    const p = await openPage(env.plain, url);
    try {
      await sleep(300);
      await p.evaluate(env.markJs);
      await prepare(env, p);
      const res = await withTimeout(
        p.evaluate(`painlensBench.markPeer(${env.opts.markTimeoutMs})`) as Promise<MarkResult>,
        env.opts.markTimeoutMs + 60_000,
        'mark.js',
      );
      r.markMs = res.ms;
      r.markComplete = res.complete;
      r.markFormsDone = res.formsDone;
      r.markFormsTotal = res.formsTotal;
      r.markMarks = res.marks;
    } finally {
      await p.close({ runBeforeUnload: false });
    }
  });
  return r;
}

/** The first word of each form, in lower case, once each: the lookup floor's table (bench/inpage.ts). */
function firstWords(forms: readonly { text: string }[]): string[] {
  const words = new Set<string>();
  for (const f of forms) {
    const w = f.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .find(Boolean);
    if (w) words.add(w);
  }
  return [...words];
}
