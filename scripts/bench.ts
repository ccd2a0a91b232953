// `npm run bench`: PainLens's cost in real Chromium, against the least any scanner can do (a bare
// TreeWalker), a combined RegExp and mark.js, on the project's fixtures, saved real pages and
// generated pages. See bench/README.md for what each number means and how it is taken.
//
//   npm run bench                                  5 runs, fixtures and generated pages
//   npm run bench -- --pages ../shared/corpus/pages
//   npm run bench -- --quick                       CI smoke check: 1 run, fixtures only
//
// Options: --pages <dir> (repeatable), --runs N, --quick, --label <name>, --mark-timeout <s>,
// --skip-build (use the existing .output), --only <text> (pages whose name contains it),
// --profile (write CPU profiles of the synchronous scan of each large page to bench/profiles/),
// --render <file.json> (print the tables of an earlier results file, and check its targets again).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { glossary } from '../data/glossary/index';
import { normalizeSettings } from '../lib/settings';
import { packForms, unpackForms } from '../lib/term-data';
import type { MarkResult, WalkResult } from './bench-inpage';
import { analyzeTrace, benchCalls, TRACE_CATEGORIES, type PainLensTrace, type TimedCall } from './bench-trace';
import {
  BENCH_FIXTURES,
  DYNAMIC,
  LARGE_PAGE_BYTES,
  QUICK_FIXTURES,
  listHtml,
  makeFeedPage,
  makeLargePage,
  type PageFile,
} from './bench-pages';
import {
  checkTargets,
  COLD_PHASES,
  PHASES,
  renderReport,
  stat,
  summarizePage,
  type BenchResult,
  type DynamicRun,
  type HoverSample,
  type PageRun,
} from './bench-report';
import { isLocalUrl, launchWithExtension } from '../tests/e2e/support/fixtures';
import { EXTENSION_DIR, FIXTURES_DIR, ROOT, chromiumPath } from '../tests/e2e/support/paths';
import { startServer, type PageServer } from '../tests/e2e/support/server';

// ---- options ---------------------------------------------------------------------------------------

interface Options {
  runs: number;
  quick: boolean;
  pageDirs: string[];
  label: string;
  markTimeoutMs: number;
  skipBuild: boolean;
  profile: boolean;
  only: string | null;
  render: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    runs: 5,
    quick: false,
    pageDirs: [],
    label: os.hostname().split('.')[0]!.slice(0, 24) || 'host',
    markTimeoutMs: 60_000,
    skipBuild: false,
    profile: false,
    only: null,
    render: null,
  };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') {
      o.runs = Number(value());
      runsGiven = true;
      if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
    } else if (a === '--pages') o.pageDirs.push(path.resolve(value()));
    else if (a === '--quick') o.quick = true;
    else if (a === '--label') o.label = value().replace(/[^\w.-]+/g, '-');
    else if (a === '--mark-timeout') o.markTimeoutMs = Number(value()) * 1000;
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--only') o.only = value();
    else if (a === '--render') o.render = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log(
        fs
          .readFileSync(import.meta.filename, 'utf8')
          .split('\n')
          .slice(0, 12)
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`Unknown option ${a} (see --help)`);
  }
  if (o.quick) {
    if (runsGiven && o.runs !== 1) throw new Error('--quick is one run; drop --runs');
    o.runs = 1;
    o.pageDirs = [];
  }
  if (!Number.isFinite(o.markTimeoutMs) || o.markTimeoutMs <= 0) throw new Error('--mark-timeout must be > 0');
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const t0 = Date.now();
const say = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const errors: string[] = [];
const loadStart = os.loadavg();

// ---- build -----------------------------------------------------------------------------------------

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function buildExtension(): void {
  if (opts.skipBuild) {
    say('Using the existing build (--skip-build).');
  } else {
    say('Building and zipping the extension (npx wxt zip)…');
    const r = run('npx', ['wxt', 'zip']);
    if (!r.ok) {
      console.error(r.output.split('\n').slice(-40).join('\n'));
      console.error('\nThe build failed (npx wxt zip); nothing was measured.');
      process.exit(1);
    }
  }
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No extension build at ${EXTENSION_DIR}. Run without --skip-build, or run "npx wxt build".`);
    process.exit(1);
  }
}

function readSizes(): BenchResult['sizes'] {
  const content = path.join(EXTENSION_DIR, 'content-scripts/content.js');
  const outDir = path.dirname(EXTENSION_DIR);
  const zips = fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => ({ f, t: fs.statSync(path.join(outDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  if (!fs.existsSync(content)) {
    errors.push(`sizes: ${content} not found`);
    return null;
  }
  if (!zips.length) {
    errors.push(`sizes: no *-chrome.zip in ${outDir} (run without --skip-build)`);
    return null;
  }
  const bytes = fs.readFileSync(content);
  const zipFile = zips[0]!.f;
  return {
    contentScriptBytes: bytes.length,
    contentScriptGzipBytes: zlib.gzipSync(bytes, { level: 9 }).length,
    zipBytes: fs.statSync(path.join(outDir, zipFile)).size,
    zipFile,
  };
}

async function bundleInPage(): Promise<string> {
  const r = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench-inpage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

function gitInfo(): BenchResult['git'] {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const status = run('git', ['status', '--porcelain', '--untracked-files=no']);
  return { commit: commit.ok ? commit.output.trim() : 'unknown', dirty: status.ok && status.output.trim() !== '' };
}

// ---- in-page helpers -------------------------------------------------------------------------------

// Runs before any page script: records PainLens's measures (the content script writes them to the
// page's shared performance timeline) and long tasks. Kept as a string so no bundler helper leaks in.
const OBSERVER_SCRIPT = `(() => {
  const b = (window.__plObs = { measures: [], longtasks: [], lastMeasureEnd: 0 });
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

type Measure = [start: number, duration: number, detail: { textNodes: number; chars: number } | null];
interface Observed {
  measures: Measure[];
  longtasks: [start: number, duration: number][];
  now: number;
}

async function readObserved(page: Page): Promise<Observed> {
  return page.evaluate(`({ ...window.__plObs, now: performance.now() })`) as Promise<Observed>;
}

/** Waits until PainLens has recorded no scan slice for `quietMs`. False on timeout. */
async function waitScanSettled(page: Page, { quietMs = 1000, timeoutMs = 60_000, after = 0 } = {}): Promise<boolean> {
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

async function heapUsage(page: Page): Promise<{ js: number; embedder: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { js: u.usedSize, embedder: u.embedderHeapUsedSize ?? 0 };
  } finally {
    await cdp.detach();
  }
}

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(
    `(CSS.highlights && CSS.highlights.get('painlens-term') ? CSS.highlights.get('painlens-term').size : 0)`,
  ) as Promise<number>;
}

function longest(tasks: [number, number][], overlaps?: (s: number, e: number) => boolean): number {
  let max = 0;
  for (const [s, d] of tasks) if ((!overlaps || overlaps(s, s + d)) && d > max) max = d;
  return max;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- the measurements ----------------------------------------------------------------------------

interface Env {
  ext: BrowserContext;
  plain: BrowserContext;
  browser: Browser;
  bundle: string;
  markJs: string;
  extensionId: string;
  forms: ReturnType<typeof unpackForms>;
  hoverDelayMs: number;
}

async function openPage(ctx: BrowserContext, url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await ctx.newPage();
  await page.addInitScript(OBSERVER_SCRIPT);
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

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

/** Loads the harness code and the forms into a page without the extension. */
async function prepare(env: Env, p: Page): Promise<void> {
  await p.evaluate(env.bundle);
  await p.evaluate((forms) => {
    (globalThis as unknown as { painlensBench: { setForms(f: unknown): void } }).painlensBench.setForms(forms);
  }, env.forms);
}

/** Runs fn with a performance trace of the page, and returns what fn returned with the timed calls. */
async function traced<T>(env: Env, p: Page, fn: () => Promise<T>): Promise<{ value: T; calls: TimedCall[] }> {
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

const median = (xs: number[]) => stat(xs)?.median ?? null;

async function step(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const msg = `${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    errors.push(msg);
    say(`  ERROR ${msg}`);
  }
}

async function measurePage(env: Env, page: PageFile, url: string, runIndex: number): Promise<PageRun> {
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
    } finally {
      await p.close();
    }
  });

  // 2b. The floor's walk again, cold, in an isolated world of another fresh copy: where a content
  // script runs. (Blink keeps the page's own world's wrapper on each node, and looks up other worlds'
  // wrappers in a table: the same walk costs more there.)
  await step(`${tag}: floor in an isolated world`, async () => {
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
      const { value: f, calls } = await traced(env, p, () => run('painlensBench.floor()') as Promise<WalkResult>);
      if (f.textNodes !== r.floorTextNodes)
        throw new Error(`${f.textNodes} text nodes, ${r.floorTextNodes} in the page's world`);
      r.floorIsolatedMs = f.ms;
      r.floorIsolatedCpuMs = calls.find((c) => c.name === 'floor')?.cpuMs ?? null;
    } finally {
      await cdp.detach().catch(() => {});
      await p.close();
    }
  });

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

  // 3b. The breakdown's passes cold: each the first pass in a fresh copy of the page, like the floor.
  await step(`${tag}: cold phases`, async () => {
    const cold: Partial<NonNullable<PageRun['coldPhases']>> = {};
    for (const phase of COLD_PHASES) {
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
    }
    r.coldPhases = cold as PageRun['coldPhases'];
  });

  // 4. mark.js on another fresh copy, time-boxed.
  if (opts.quick && page.bytes >= LARGE_PAGE_BYTES) return r;
  await step(`${tag}: mark.js`, async () => {
    const p = await openPage(env.plain, url);
    try {
      await sleep(300);
      await p.evaluate(env.markJs);
      await prepare(env, p);
      const res = await withTimeout(
        p.evaluate(`painlensBench.markPeer(${opts.markTimeoutMs})`) as Promise<MarkResult>,
        opts.markTimeoutMs + 60_000,
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

async function measureDynamic(env: Env, staticUrl: string, dynamicUrl: string, runIndex: number): Promise<DynamicRun> {
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
  await step(`${tag}: traced`, async () => {
    const st = await feedLoad(env, staticUrl, false, true);
    const dy = await feedLoad(env, dynamicUrl, true, true);
    d.staticCpuMs = st.trace!.sliceCpuMs;
    d.dynamicCpuMs = dy.trace!.sliceCpuMs;
    d.dynamicTaskMs = dy.trace!.longestTaskMs;
    d.dynamicTaskCpuMs = dy.trace!.longestTaskCpuMs;
  });
  return d;
}

async function measureHover(env: Env, url: string, runIndex: number): Promise<HoverSample[]> {
  const samples: HoverSample[] = [];
  await step(`hover run ${runIndex + 1}`, async () => {
    const p = await openPage(env.ext, url);
    try {
      if (!(await waitScanSettled(p))) throw new Error('the page did not settle');
      await p.evaluate(env.bundle);
      for (const n of [0, 4, 8, 12, 16]) {
        // Start from rest, off any term, with no tooltip open.
        await p.mouse.move(3, 3);
        await sleep(700);
        await p.keyboard.press('Escape');
        for (let i = 0; i < 20 && (await p.evaluate(`painlensBench.tooltipShown()`)); i++) await sleep(50);
        const pt = (await p.evaluate(`painlensBench.termPoint(${n})`)) as { x: number; y: number; text: string } | null;
        if (!pt) throw new Error(`no painted term #${n} to hover`);
        await p.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
        await sleep(150);
        await p.evaluate(`painlensBench.watchTooltip(${env.hoverDelayMs + 3000})`);
        // One move straight onto the term: the pointer comes to rest there.
        await p.mouse.move(pt.x, pt.y);
        const t = (await p.evaluate(`painlensBench.tooltipResult()`)) as {
          restAt: number;
          frameAt: number;
          shownAt: number;
          paintedAt: number;
        } | null;
        if (!t || t.restAt < 0) throw new Error(`no tooltip for "${pt.text}"`);
        samples.push({
          term: pt.text,
          totalMs: t.paintedAt - t.restAt - env.hoverDelayMs,
          toFrameMs: t.frameAt - t.restAt,
          showMs: t.shownAt - t.frameAt - env.hoverDelayMs,
          paintMs: t.paintedAt - t.shownAt,
        });
      }
    } finally {
      await p.close();
    }
  });
  return samples;
}

async function readHoverDelay(ext: BrowserContext): Promise<number> {
  let [sw] = ext.serviceWorkers();
  sw ??= await ext.waitForEvent('serviceworker', { timeout: 15_000 });
  const raw = await sw.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await c.storage.local.get('settings')).settings;
  });
  return normalizeSettings(raw).value.hoverDelayMs;
}

/** A CPU profile of PainLens's scan code (bundled, unminified) on each large page, for diagnosis. */
async function profileScans(env: Env, pages: { page: PageFile; url: string }[]): Promise<void> {
  const dir = path.join(ROOT, 'bench/profiles');
  fs.mkdirSync(dir, { recursive: true });
  for (const { page, url } of pages) {
    await step(`${page.name}: profile`, async () => {
      const p = await openPage(env.plain, url);
      const cdp = await env.plain.newCDPSession(p);
      try {
        await prepare(env, p);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        // The cold pass first (what a page load costs), then warm ones.
        for (let i = 0; i < 4; i++) await p.evaluate(`painlensBench.phasePass('blockScanIndexPaint')`);
        const { profile } = await cdp.send('Profiler.stop');
        const file = path.join(dir, `${page.name.replace(/\//g, '_')}.cpuprofile`);
        fs.writeFileSync(file, JSON.stringify(profile));
        const self = new Map<string, number>();
        const dt = new Map<number, number>();
        profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
        for (const node of profile.nodes) {
          const f = node.callFrame;
          const name = (f.functionName || '(anonymous)').slice(0, 60);
          const key = `${name} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`;
          self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
        }
        const total = [...self.values()].reduce((a, b) => a + b, 0);
        say(`  profile of PainLens's synchronous scan on ${page.name} → ${path.relative(ROOT, file)}; top self time:`);
        for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
          say(`    ${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
        }
      } finally {
        await cdp.detach();
        await p.close();
      }
    });
  }
}

// ---- main --------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (opts.render) {
    const saved = JSON.parse(fs.readFileSync(opts.render, 'utf8')) as BenchResult;
    const { targets: _old, ...rest } = saved;
    console.log(renderReport({ ...saved, targets: checkTargets(rest) }));
    return 0;
  }
  buildExtension();
  try {
    chromiumPath();
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const sizes = readSizes();
  const forms = unpackForms(packForms(glossary));
  const bundle = await bundleInPage();
  const markSource = fs.readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  // Hide any module system the page defines, so the UMD build sets window.Mark.
  const markJs = `(function () { var define, exports, module; ${markSource}\n}).call(window);`;

  // Pages: fixtures, --pages directories, generated.
  const wanted = opts.quick ? QUICK_FIXTURES : BENCH_FIXTURES;
  const pageFiles: PageFile[] = listHtml(FIXTURES_DIR, 'fixture', 'fixtures').filter((p) =>
    wanted.includes(p.file.replace(/\.html$/, '')),
  );
  if (pageFiles.length !== wanted.length) throw new Error(`Missing bench fixtures: expected ${wanted.join(', ')}`);
  for (const dir of opts.pageDirs) {
    const found = listHtml(
      dir,
      'corpus',
      path.basename(path.dirname(dir)) === 'corpus' ? 'corpus' : path.basename(dir),
    );
    if (!found.length) throw new Error(`No .html files in ${dir}`);
    pageFiles.push(...found);
  }
  const servers: PageServer[] = [];
  const site = await startServer(null);
  servers.push(site);
  const entries: { page: PageFile; url: string }[] = [];
  for (const page of pageFiles) {
    if (page.source === 'fixture') {
      entries.push({ page, url: site.url(`/fixtures/${encodeURIComponent(page.file)}`) });
    } else {
      let s = servers.find((x) => (x as PageServer & { dir?: string }).dir === page.dir);
      if (!s) {
        s = Object.assign(await startServer(page.dir), { dir: page.dir });
        servers.push(s);
      }
      entries.push({ page, url: s.url(`/corpus/${encodeURIComponent(page.file)}`) });
    }
  }
  if (!opts.quick) {
    const html = makeLargePage(forms);
    const page: PageFile = {
      name: 'generated/large',
      source: 'generated',
      dir: '',
      file: '',
      bytes: Buffer.byteLength(html),
    };
    entries.push({ page, url: site.setPage('large.html', html) });
  }
  if (opts.only) {
    const only = opts.only;
    entries.splice(0, entries.length, ...entries.filter((e) => e.page.name.includes(only)));
    if (!entries.length) throw new Error(`No page name contains "${only}"`);
  }
  const staticUrl = site.setPage('feed-static.html', makeFeedPage(forms, DYNAMIC, 'static'));
  const dynamicUrl = site.setPage('feed-dynamic.html', makeFeedPage(forms, DYNAMIC, 'dynamic'));
  const hoverUrl = site.url('/fixtures/ketamine-article.html');

  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-bench-'));
  const ext = await launchWithExtension(profileDir);
  const browser = ext.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const plain = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  // Every request off this machine is blocked. Documents are served cross-origin isolated (COOP +
  // COEP), which only sharpens performance.now() from 100 µs to 5 µs, for PainLens and for us.
  const block = (ctx: BrowserContext) =>
    ctx.route('**/*', async (route) => {
      const req = route.request();
      if (!isLocalUrl(req.url())) return route.abort('blockedbyclient');
      if (req.resourceType() !== 'document' || !req.url().startsWith('http')) return route.continue();
      const response = await route.fetch();
      return route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
      });
    });
  await block(ext);
  await block(plain);

  let [sw] = ext.serviceWorkers();
  sw ??= await ext.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  // PainLens opens its welcome page on install; close it (and any other extension tab) so that only
  // the measured page runs.
  const closeExtensionTab = (p: Page) =>
    void p.waitForLoadState('domcontentloaded').then(
      () => (p.url().startsWith('chrome-extension://') ? p.close() : undefined),
      () => {},
    );
  ext.on('page', closeExtensionTab);
  ext.pages().forEach(closeExtensionTab);
  await sleep(1000);
  const env: Env = {
    ext,
    plain,
    browser,
    bundle,
    markJs,
    extensionId,
    forms,
    hoverDelayMs: await readHoverDelay(ext),
  };
  say(
    `Chromium ${browser.version()}; ${entries.length} pages; ${opts.runs} run(s); ${forms.length} forms; hover delay ${env.hoverDelayMs} ms`,
  );

  const pageRuns = new Map<string, PageRun[]>(entries.map((e) => [e.page.name, []]));
  const dynamicRuns: DynamicRun[] = [];
  const hoverSamples: HoverSample[] = [];
  try {
    for (let i = 0; i < opts.runs; i++) {
      for (const { page, url } of entries) {
        say(`run ${i + 1}/${opts.runs}: ${page.name} (${(page.bytes / 1000).toFixed(0)} kB)`);
        pageRuns.get(page.name)!.push(await measurePage(env, page, url, i));
      }
      say(`run ${i + 1}/${opts.runs}: dynamic page`);
      dynamicRuns.push(await measureDynamic(env, staticUrl, dynamicUrl, i));
      say(`run ${i + 1}/${opts.runs}: hover`);
      hoverSamples.push(...(await measureHover(env, hoverUrl, i)));
    }
    if (opts.profile)
      await profileScans(
        env,
        entries.filter((e) => e.page.bytes >= LARGE_PAGE_BYTES),
      );
  } finally {
    await plain.close();
    await ext.close();
    for (const s of servers) await s.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }

  const pages = entries.map(({ page }) =>
    summarizePage({ ...page, large: page.bytes >= LARGE_PAGE_BYTES }, pageRuns.get(page.name)!),
  );
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
  const cpus = os.cpus();
  const partial: Omit<BenchResult, 'targets'> = {
    schema: 1,
    date: new Date().toISOString(),
    label: opts.label,
    git: gitInfo(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverageStart: loadStart,
      loadAverageEnd: os.loadavg(),
    },
    browser: { name: 'Chromium', version: browser.version(), headless: true },
    config: {
      runs: opts.runs,
      quick: opts.quick,
      pageDirs: opts.pageDirs.map((d) => path.relative(ROOT, d) || '.'),
      markTimeboxMs: opts.markTimeoutMs,
      forms: forms.length,
      hoverDelayMs: env.hoverDelayMs,
      dynamic: DYNAMIC,
      markOptions:
        'mark.js 8.11.1: accuracy "exactly" with punctuation limiters, separateWordSearch false, diacritics false, ' +
        'acrossElements false; case-insensitive for "word" forms, caseSensitive for "abbr" forms and forms with an ' +
        'all-capitals token; no hyphen/space interchange, notAfter or medical-context rule (mark.js has none)',
    },
    sizes,
    pages,
    dynamic: {
      staticScanMs: stat(dynamicRuns.map((d) => d.staticScanMs)),
      dynamicScanMs: stat(dynamicRuns.map((d) => d.dynamicScanMs)),
      dynamicPerStatic: stat(dynamicRuns.map((d) => ratio(d.dynamicScanMs, d.staticScanMs))),
      dynamicSlices: stat(dynamicRuns.map((d) => d.dynamicSlices)),
      dynamicMaxSliceMs: stat(dynamicRuns.map((d) => d.dynamicMaxSliceMs)),
      staticCpuMs: stat(dynamicRuns.map((d) => d.staticCpuMs)),
      dynamicCpuMs: stat(dynamicRuns.map((d) => d.dynamicCpuMs)),
      dynamicCpuPerStaticCpu: stat(dynamicRuns.map((d) => ratio(d.dynamicCpuMs, d.staticCpuMs))),
      dynamicTaskMs: stat(dynamicRuns.map((d) => d.dynamicTaskMs)),
      dynamicTaskCpuMs: stat(dynamicRuns.map((d) => d.dynamicTaskCpuMs)),
      runs: dynamicRuns,
    },
    hover: {
      totalMs: stat(hoverSamples.map((h) => h.totalMs)),
      toFrameMs: stat(hoverSamples.map((h) => h.toFrameMs)),
      showMs: stat(hoverSamples.map((h) => h.showMs)),
      paintMs: stat(hoverSamples.map((h) => h.paintMs)),
      samples: hoverSamples,
    },
    errors,
    durationS: Math.round((Date.now() - t0) / 1000),
  };
  const result: BenchResult = { ...partial, targets: checkTargets(partial) };

  // Anything that should have been measured and was not is an error (the --quick gate).
  const missing: string[] = [];
  for (const p of pages) {
    for (const k of [
      'scanMs',
      'sliceCpuMs',
      'floorMs',
      'floorCpuMs',
      'regexMs',
      'longestTaskScanMs',
      'painlensTaskMs',
      'heapJsDeltaBytes',
      'phases',
      'coldPhases',
      'floorIsolatedMs',
    ] as const) {
      if (!p[k]) missing.push(`${p.name}: ${k}`);
    }
    if (!p.markMs && !(opts.quick && p.large)) missing.push(`${p.name}: markMs`);
  }
  if (!result.dynamic.dynamicPerStatic || !result.dynamic.dynamicCpuPerStaticCpu) missing.push('dynamic page');
  if (!result.hover.totalMs) missing.push('hover');
  if (!sizes) missing.push('sizes');
  if (missing.length) errors.push(`not measured: ${missing.join(', ')}`);

  console.log(`\n${renderReport(result)}\n`);
  const outDir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  const day = result.date.slice(0, 10);
  const file = path.join(outDir, `${day}-${opts.label}${opts.quick ? '-quick.tmp' : ''}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  say(`Results written to ${path.relative(ROOT, file)}`);
  if (errors.length) {
    console.error(`${errors.length} error(s) while measuring; see above.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
