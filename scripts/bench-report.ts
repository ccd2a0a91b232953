// Results of `npm run bench`: their shape (the JSON in bench/results/), statistics, the terminal
// tables and the target checks. No browser code here.

/** The passes of the per-phase breakdown (phasePass in scripts/bench-inpage.ts), in table order. */
export const PHASES = [
  'floor',
  'nodeWalk',
  'blockWalk',
  'blockRead',
  'blockScan',
  'blockScanIndexPaint',
  'tokenWalk',
  'regexWalk',
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The phases also timed cold: the first pass in a fresh copy of the page, as PainLens's scan and the
 * floor are (the warm breakdown hides what a page load costs: JS wrappers made for every node touched,
 * and code that the engine has not optimized yet).
 */
export const COLD_PHASES = ['nodeWalk', 'blockWalk', 'blockScan'] as const;
export type ColdPhase = (typeof COLD_PHASES)[number];

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stat(values: readonly (number | null | undefined)[]): Stat | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { median, min: v[0]!, max: v[v.length - 1]!, n: v.length };
}

/** One page, one run. null: not measured (see errors), or not applicable. */
export interface PageRun {
  /** Sum of the page's painlens:scan measures once it settled. */
  scanMs: number | null;
  slices: number | null;
  maxSliceMs: number | null;
  /** From the first slice's start to the last slice's end. */
  scanSpanMs: number | null;
  textNodes: number | null;
  chars: number | null;
  highlights: number | null;
  settled: boolean;
  /** Longest long task (>= 50 ms) that overlaps a PainLens slice; 0 when there was none. */
  longestTaskScanMs: number | null;
  /** Longest long task from navigation to settle, with and without the extension; 0 when none. */
  longestTaskExtMs: number | null;
  longestTaskPlainMs: number | null;
  /** From a traced load (scripts/bench-trace.ts): PainLens's own tasks and time, wall and thread (CPU). */
  painlensTaskMs: number | null;
  painlensTaskCpuMs: number | null;
  painlensTotalMs: number | null;
  painlensTotalCpuMs: number | null;
  startupMs: number | null;
  startupCpuMs: number | null;
  sliceCpuMs: number | null;
  /** Heap after GC with the extension minus without (V8 JS heap, and Blink's C++ heap). */
  heapJsDeltaBytes: number | null;
  heapEmbedderDeltaBytes: number | null;
  floorMs: number | null;
  /** Thread (CPU) time of the task that ran the floor walk (traced). */
  floorCpuMs: number | null;
  floorTextNodes: number | null;
  floorChars: number | null;
  /**
   * The same floor walk run in an isolated world (created with CDP in a fresh copy of the page): where a
   * content script's code runs. Not the floor; shown beside it.
   */
  floorIsolatedMs?: number | null;
  floorIsolatedCpuMs?: number | null;
  regexMs: number | null;
  regexCpuMs: number | null;
  regexCompileMs: number | null;
  regexMatches: number | null;
  /** mark.js: time of the work done; complete=false when the time box stopped it. */
  markMs: number | null;
  markComplete: boolean | null;
  markFormsDone: number | null;
  markFormsTotal: number | null;
  markMarks: number | null;
  /** Warm per-phase breakdown: medians of 3 passes after one warm-up, wall and CPU (traced). */
  phases: Record<Phase, { wallMs: number; cpuMs: number | null }> | null;
  /** Cold phases: one first pass each, in its own fresh copy of the page, wall and CPU (traced). */
  coldPhases?: Record<ColdPhase, { wallMs: number; cpuMs: number | null }> | null;
  blocks: number | null;
}

export interface PageSummary {
  name: string;
  source: 'fixture' | 'corpus' | 'generated';
  htmlBytes: number;
  large: boolean;
  /** Medians (with min and max) over the runs. */
  scanMs: Stat | null;
  floorMs: Stat | null;
  floorCpuMs: Stat | null;
  scanPerFloor: Stat | null;
  /** The same ratio in thread time: scan slices' CPU over the floor's CPU (robust on a loaded machine). */
  scanCpuPerFloorCpu: Stat | null;
  floorIsolatedMs?: Stat | null;
  floorIsolatedCpuMs?: Stat | null;
  /** PainLens scan over the floor walked in an isolated world (wall), per run. */
  scanPerIsolatedFloor?: Stat | null;
  regexMs: Stat | null;
  regexCpuMs: Stat | null;
  regexCompileMs: Stat | null;
  markMs: Stat | null;
  /** Runs where mark.js hit the time box; their markMs is a lower bound. */
  markTimedOut: number;
  markPerScan: Stat | null;
  slices: Stat | null;
  maxSliceMs: Stat | null;
  scanSpanMs: Stat | null;
  longestTaskScanMs: Stat | null;
  painlensTaskMs: Stat | null;
  painlensTaskCpuMs: Stat | null;
  painlensTotalMs: Stat | null;
  painlensTotalCpuMs: Stat | null;
  startupMs: Stat | null;
  startupCpuMs: Stat | null;
  sliceCpuMs: Stat | null;
  longestTaskExtMs: Stat | null;
  longestTaskPlainMs: Stat | null;
  heapJsDeltaBytes: Stat | null;
  heapEmbedderDeltaBytes: Stat | null;
  textNodes: Stat | null;
  highlights: Stat | null;
  markMarks: Stat | null;
  phases: Record<Phase, { wallMs: Stat | null; cpuMs: Stat | null }> | null;
  coldPhases?: Record<ColdPhase, { wallMs: Stat | null; cpuMs: Stat | null }> | null;
  blocks: Stat | null;
  runs: PageRun[];
}

export interface DynamicRun {
  staticScanMs: number | null;
  staticSlices: number | null;
  dynamicScanMs: number | null;
  dynamicSlices: number | null;
  dynamicMaxSliceMs: number | null;
  appendMs: number | null;
  staticHighlights: number | null;
  dynamicHighlights: number | null;
  /** From traced loads: thread (CPU) time of the scan slices, and the longest PainLens task (wall, CPU). */
  staticCpuMs: number | null;
  dynamicCpuMs: number | null;
  dynamicTaskMs: number | null;
  dynamicTaskCpuMs: number | null;
}

export interface HoverSample {
  term: string;
  /** Pointer at rest to tooltip painted, minus the hover delay. */
  totalMs: number;
  /** Rest to the next animation frame (when PainLens reads the pointer and starts the delay). */
  toFrameMs: number;
  /** From that frame, past the delay, to the tooltip in the DOM (timer lateness + render). */
  showMs: number;
  /** Tooltip in the DOM to the next animation frame. */
  paintMs: number;
}

export interface BenchResult {
  schema: 1;
  date: string;
  label: string;
  git: { commit: string; dirty: boolean };
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    platform: string;
    node: string;
    loadAverageStart: number[];
    loadAverageEnd: number[];
  };
  browser: { name: string; version: string; headless: boolean };
  config: {
    runs: number;
    quick: boolean;
    pageDirs: string[];
    markTimeboxMs: number;
    forms: number;
    hoverDelayMs: number;
    dynamic: { paragraphs: number; batches: number; intervalMs: number };
    markOptions: string;
  };
  sizes: { contentScriptBytes: number; contentScriptGzipBytes: number; zipBytes: number; zipFile: string } | null;
  pages: PageSummary[];
  dynamic: {
    staticScanMs: Stat | null;
    dynamicScanMs: Stat | null;
    dynamicPerStatic: Stat | null;
    dynamicSlices: Stat | null;
    dynamicMaxSliceMs: Stat | null;
    staticCpuMs: Stat | null;
    dynamicCpuMs: Stat | null;
    dynamicCpuPerStaticCpu: Stat | null;
    dynamicTaskMs: Stat | null;
    dynamicTaskCpuMs: Stat | null;
    runs: DynamicRun[];
  };
  hover: {
    totalMs: Stat | null;
    toFrameMs: Stat | null;
    showMs: Stat | null;
    paintMs: Stat | null;
    samples: HoverSample[];
  };
  targets: TargetResult[];
  errors: string[];
  durationS: number;
}

export interface TargetResult {
  id: string;
  description: string;
  value: string;
  limit: string;
  /** null: could not be judged (not measured, or mark.js stopped before the answer was known). */
  pass: boolean | null;
  note: string;
}

export function summarizePage(
  page: { name: string; source: PageSummary['source']; bytes: number; large: boolean },
  runs: PageRun[],
): PageSummary {
  const col = <K extends keyof PageRun>(k: K) => runs.map((r) => r[k] as number | null);
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
  return {
    name: page.name,
    source: page.source,
    htmlBytes: page.bytes,
    large: page.large,
    scanMs: stat(col('scanMs')),
    floorMs: stat(col('floorMs')),
    floorCpuMs: stat(col('floorCpuMs')),
    scanPerFloor: stat(runs.map((r) => ratio(r.scanMs, r.floorMs))),
    scanCpuPerFloorCpu: stat(runs.map((r) => ratio(r.sliceCpuMs, r.floorCpuMs))),
    floorIsolatedMs: stat(runs.map((r) => r.floorIsolatedMs ?? null)),
    floorIsolatedCpuMs: stat(runs.map((r) => r.floorIsolatedCpuMs ?? null)),
    scanPerIsolatedFloor: stat(runs.map((r) => ratio(r.scanMs, r.floorIsolatedMs ?? null))),
    regexMs: stat(col('regexMs')),
    regexCpuMs: stat(col('regexCpuMs')),
    regexCompileMs: stat(col('regexCompileMs')),
    markMs: stat(col('markMs')),
    markTimedOut: runs.filter((r) => r.markComplete === false).length,
    markPerScan: stat(runs.map((r) => ratio(r.markMs, r.scanMs))),
    slices: stat(col('slices')),
    maxSliceMs: stat(col('maxSliceMs')),
    scanSpanMs: stat(col('scanSpanMs')),
    longestTaskScanMs: stat(col('longestTaskScanMs')),
    painlensTaskMs: stat(col('painlensTaskMs')),
    painlensTaskCpuMs: stat(col('painlensTaskCpuMs')),
    painlensTotalMs: stat(col('painlensTotalMs')),
    painlensTotalCpuMs: stat(col('painlensTotalCpuMs')),
    startupMs: stat(col('startupMs')),
    startupCpuMs: stat(col('startupCpuMs')),
    sliceCpuMs: stat(col('sliceCpuMs')),
    longestTaskExtMs: stat(col('longestTaskExtMs')),
    longestTaskPlainMs: stat(col('longestTaskPlainMs')),
    heapJsDeltaBytes: stat(col('heapJsDeltaBytes')),
    heapEmbedderDeltaBytes: stat(col('heapEmbedderDeltaBytes')),
    textNodes: stat(col('floorTextNodes')),
    highlights: stat(col('highlights')),
    markMarks: stat(runs.map((r) => (r.markComplete ? r.markMarks : null))),
    phases: summarizePhases(
      runs.map((r) => r.phases),
      PHASES,
    ),
    coldPhases: summarizePhases(
      runs.map((r) => r.coldPhases ?? null),
      COLD_PHASES,
    ),
    blocks: stat(col('blocks')),
    runs,
  };
}

type PassTimes = { wallMs: number; cpuMs: number | null };

/** Median, min and max of each pass over the runs that measured passes (null: none did). */
function summarizePhases<K extends string>(
  perRun: (Record<K, PassTimes> | null)[],
  keys: readonly K[],
): Record<K, { wallMs: Stat | null; cpuMs: Stat | null }> | null {
  const measured = perRun.filter((x): x is Record<K, PassTimes> => x !== null);
  if (!measured.length) return null;
  return Object.fromEntries(
    keys.map((k) => [
      k,
      { wallMs: stat(measured.map((x) => x[k].wallMs)), cpuMs: stat(measured.map((x) => x[k].cpuMs)) },
    ]),
  ) as Record<K, { wallMs: Stat | null; cpuMs: Stat | null }>;
}

// ---- formatting ---------------------------------------------------------------------------------

export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

function fmtRatio(x: number): string {
  return x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`;
}

function fmtBytes(b: number): string {
  const sign = b < 0 ? '-' : '';
  const a = Math.abs(b);
  if (a >= 1e6) return `${sign}${(a / 1e6).toFixed(2)} MB`;
  return `${sign}${(a / 1e3).toFixed(1)} kB`;
}

type Fmt = (x: number) => string;

/** "median [min–max]", or just the value for one run. */
export function show(s: Stat | null, f: Fmt = fmtMs): string {
  if (!s) return '—';
  if (s.n === 1 || s.min === s.max) return f(s.median);
  return `${f(s.median)} [${f(s.min)}–${f(s.max)}]`;
}

/** The median alone. */
function med(s: Stat | null, f: Fmt = fmtMs): string {
  return s ? f(s.median) : '—';
}

/** Median of `s` over `base`, as a ratio ("—" when either is missing). */
function ratioOf(s: Stat | null, base: number | null): string {
  return s && base ? fmtRatio(s.median / base) : '—';
}

// A run stopped by the time box gives a lower bound, so with any such run the figures are "at least".
function showMark(p: PageSummary, timeboxMs: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (p.markTimedOut > 0) {
    return `≥${show(p.markMs, seconds)} (${p.markTimedOut}/${p.runs.length} stopped at ${seconds(timeboxMs)})`;
  }
  return show(p.markMs, seconds);
}

function showMarkRatio(p: PageSummary): string {
  if (!p.markPerScan) return '—';
  return `${p.markTimedOut > 0 ? '≥' : ''}${show(p.markPerScan, fmtRatio)}`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderReport(r: BenchResult): string {
  const out: string[] = [];
  const runsNote = r.config.runs > 1 ? `median [min–max] of ${r.config.runs} runs` : '1 run';
  out.push(
    `PainLens benchmark — ${r.date}, ${r.label}`,
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; load average ${r.machine.loadAverageStart.map((x) => x.toFixed(2)).join(' ')} at start, ${r.machine.loadAverageEnd.map((x) => x.toFixed(2)).join(' ')} at end`,
    `Browser: ${r.browser.name} ${r.browser.version} (headless); Node ${r.machine.node}; commit ${r.git.commit}${r.git.dirty ? ' (dirty)' : ''}`,
    `${r.config.forms} match forms; times in ms, ${runsNote}. Large page: ≥ 500 kB of HTML.`,
    '',
    'Scan cost (ms). PainLens scan: sum of its painlens:scan measures (wall). CPU columns: thread time from a traced',
    'load (scan slices) or call (floor); CPU/CPU is their ratio, the same comparison without the load of other processes.',
    table(
      [
        'page',
        'HTML kB',
        'text nodes',
        'PainLens scan',
        'scan CPU',
        'floor',
        'floor CPU',
        'scan/floor',
        'CPU/CPU',
        'RegExp, cold',
        'mark.js',
        'mark.js/PainLens',
      ],
      r.pages.map((p) => [
        p.name + (p.large ? ' *' : ''),
        (p.htmlBytes / 1000).toFixed(0),
        p.textNodes ? p.textNodes.median.toFixed(0) : '—',
        show(p.scanMs),
        med(p.sliceCpuMs),
        show(p.floorMs),
        med(p.floorCpuMs),
        show(p.scanPerFloor, fmtRatio),
        med(p.scanCpuPerFloorCpu, fmtRatio),
        show(p.regexMs),
        showMark(p, r.config.markTimeboxMs),
        showMarkRatio(p),
      ]),
    ),
    '',
    'Main thread and memory (medians; min and max are in the JSON). PainLens task: longest task running PainLens code',
    '(traced), wall / CPU. Long Tasks API columns: longest entry overlapping a scan slice, and over the whole load with and',
    'without the extension (0 = none of 50 ms or more).',
    table(
      [
        'page',
        'slices',
        'longest slice',
        'PainLens task',
        'startup',
        'PainLens total',
        'LT in scan',
        'LT, ext',
        'LT, no ext',
        'heap Δ JS',
        'heap Δ C++',
        'painted',
        'mark.js marks',
      ],
      r.pages.map((p) => [
        p.name,
        med(p.slices, (x) => x.toFixed(0)),
        med(p.maxSliceMs),
        `${med(p.painlensTaskMs)} / ${med(p.painlensTaskCpuMs)}`,
        `${med(p.startupMs)} / ${med(p.startupCpuMs)}`,
        `${med(p.painlensTotalMs)} / ${med(p.painlensTotalCpuMs)}`,
        med(p.longestTaskScanMs),
        med(p.longestTaskExtMs),
        med(p.longestTaskPlainMs),
        med(p.heapJsDeltaBytes, fmtBytes),
        med(p.heapEmbedderDeltaBytes, fmtBytes),
        med(p.highlights, (x) => x.toFixed(0)),
        med(p.markMarks, (x) => x.toFixed(0)),
      ]),
    ),
    '',
    'Where the time goes (diagnostic: warm synchronous passes in a page without the extension; CPU ms, wall in the JSON)',
    table(
      [
        'page',
        'blocks',
        'floor',
        'every node',
        'walk, skip rules',
        '+ join runs',
        '+ match',
        '+ index, paint',
        'node walk+match',
        'node walk+RegExp',
      ],
      r.pages.map((p) => [
        p.name,
        med(p.blocks, (x) => x.toFixed(0)),
        ...PHASES.map((k) => med(p.phases?.[k]?.cpuMs ?? null)),
      ]),
    ),
    '',
    "The same passes cold (diagnostic): the first pass in a fresh copy of the page, as the floor and PainLens's scan are",
    '(JS wrappers are made for every node touched, and the code is not optimized yet); wall / CPU ms, and CPU over the',
    "floor's CPU. every node: a JS walk of every node (firstChild/nextSibling), reading each text node's data.",
    "floor, isolated world: the floor's walk, cold, in a fresh copy of the page, run in an isolated world (where a",
    "content script runs) rather than the page's own; the same walk costs more there.",
    table(
      [
        'page',
        'floor',
        'every node',
        'walk, skip rules',
        '+ join, match',
        'PainLens scan',
        'floor, isolated world',
        'scan / isolated floor',
      ],
      r.pages.map((p) => {
        const floorCpu = p.floorCpuMs?.median ?? null;
        const cell = (x: { wallMs: Stat | null; cpuMs: Stat | null } | undefined) =>
          x ? `${med(x.wallMs)} / ${med(x.cpuMs)} (${ratioOf(x.cpuMs, floorCpu)})` : '—';
        return [
          p.name,
          `${med(p.floorMs)} / ${med(p.floorCpuMs)}`,
          cell(p.coldPhases?.nodeWalk),
          cell(p.coldPhases?.blockWalk),
          cell(p.coldPhases?.blockScan),
          `${med(p.scanMs)} / ${med(p.sliceCpuMs)} (${ratioOf(p.sliceCpuMs, floorCpu)})`,
          p.floorIsolatedMs ? `${med(p.floorIsolatedMs)} / ${med(p.floorIsolatedCpuMs ?? null)}` : '—',
          show(p.scanPerIsolatedFloor ?? null, fmtRatio),
        ];
      }),
    ),
    '',
    `Dynamic page (${r.config.dynamic.paragraphs} paragraphs in ${r.config.dynamic.batches} batches, ${r.config.dynamic.intervalMs} ms apart): ` +
      `PainLens ${show(r.dynamic.dynamicScanMs)} ms in ${show(r.dynamic.dynamicSlices, (x) => x.toFixed(0))} slices ` +
      `(longest ${show(r.dynamic.dynamicMaxSliceMs)}) vs ${show(r.dynamic.staticScanMs)} ms static = ${show(r.dynamic.dynamicPerStatic, fmtRatio)}; ` +
      `in CPU time ${med(r.dynamic.dynamicCpuMs)} vs ${med(r.dynamic.staticCpuMs)} = ${med(r.dynamic.dynamicCpuPerStaticCpu, fmtRatio)}; ` +
      `longest PainLens task ${med(r.dynamic.dynamicTaskMs)} / ${med(r.dynamic.dynamicTaskCpuMs)} CPU`,
    `Hover (delay ${r.config.hoverDelayMs} ms, ${r.hover.samples.length} hovers): rest → tooltip painted, minus the delay: ${show(r.hover.totalMs)} ms ` +
      `(rest → next frame ${show(r.hover.toFrameMs)}; frame + delay → tooltip in DOM ${show(r.hover.showMs)}; → next frame ${show(r.hover.paintMs)})`,
    r.sizes
      ? `Sizes: content-scripts/content.js ${fmtBytes(r.sizes.contentScriptBytes)} (${fmtBytes(r.sizes.contentScriptGzipBytes)} gzipped); ${r.sizes.zipFile} ${fmtBytes(r.sizes.zipBytes)}`
      : 'Sizes: —',
    '',
    'Targets (issue 7)',
    table(
      ['', 'target', 'measured', 'limit', 'note'],
      r.targets.map((t) => [
        t.pass === null ? '  ?  ' : t.pass ? 'PASS ' : 'FAIL ',
        t.description,
        t.value,
        t.limit,
        t.note,
      ]),
    ),
  );
  if (r.errors.length) out.push('', `Errors (${r.errors.length}):`, ...r.errors.map((e) => `  - ${e}`));
  return out.join('\n');
}

// ---- targets --------------------------------------------------------------------------------------

export function checkTargets(r: Omit<BenchResult, 'targets'>): TargetResult[] {
  const targets: TargetResult[] = [];
  const corpusLarge = r.pages.filter((p) => p.large && p.source === 'corpus');
  const large = corpusLarge.length ? corpusLarge : r.pages.filter((p) => p.large);
  const largeNote = corpusLarge.length
    ? `large corpus pages: ${corpusLarge.map((p) => p.name).join(', ')}`
    : large.length
      ? 'no large corpus page given (--pages); generated page used'
      : 'no large page in this run';

  // 1. Scan at most 3 × the floor on the large pages (worst page's median).
  const scanRatios = large.map((p) => ({ p, s: p.scanPerFloor })).filter((x) => x.s);
  const worstScan = scanRatios.sort((a, b) => b.s!.median - a.s!.median)[0];
  targets.push({
    id: 'scan-vs-floor',
    description: 'PainLens scan ≤ 3 × floor (large pages)',
    value: worstScan ? `${fmtRatio(worstScan.s!.median)} (${worstScan.p.name})` : '—',
    limit: '3×',
    pass: worstScan ? worstScan.s!.median <= 3 : null,
    note: [
      largeNote,
      ...large
        .filter((p) => p.scanPerIsolatedFloor)
        .map((p) => `${p.name} ${fmtRatio(p.scanPerIsolatedFloor!.median)} of the floor walked in an isolated world`),
    ].join('; '),
  });

  // 2. At least 200 × faster than mark.js (worst large page). A timed-out mark.js gives a lower bound.
  const markRatios = large.map((p) => ({ p, s: p.markPerScan })).filter((x) => x.s);
  const worstMark = markRatios.sort((a, b) => a.s!.median - b.s!.median)[0];
  let markPass: boolean | null = null;
  let markNote = largeNote;
  if (worstMark) {
    const lower = worstMark.p.markTimedOut > 0;
    markPass = worstMark.s!.median >= 200 ? true : lower ? null : false;
    if (lower) markNote += `; mark.js hit the time box on ${worstMark.p.name}, so the ratio is a lower bound`;
  }
  targets.push({
    id: 'vs-markjs',
    description: 'mark.js / PainLens ≥ 200 (large pages)',
    value: worstMark
      ? `${worstMark.p.markTimedOut ? '≥' : ''}${fmtRatio(worstMark.s!.median)} (${worstMark.p.name})`
      : '—',
    limit: '200×',
    pass: markPass,
    note: markNote,
  });

  // 3. No PainLens task longer than 50 ms on any page: the longest task that ran PainLens code (from
  // the trace), or where no trace was read, the longest slice or Long Task overlapping one.
  const taskOf = (p: PageSummary) =>
    p.painlensTaskMs ??
    stat(p.runs.map((run) => (run.maxSliceMs === null ? null : Math.max(run.maxSliceMs, run.longestTaskScanMs ?? 0))));
  const tasks = r.pages.map((p) => ({ p, s: taskOf(p) })).filter((x) => x.s);
  const worstTask = tasks.sort((a, b) => b.s!.median - a.s!.median)[0];
  const dynTask = r.dynamic.dynamicTaskMs ?? r.dynamic.dynamicMaxSliceMs;
  const dynWorse = (dynTask?.median ?? 0) > (worstTask?.s?.median ?? 0);
  const taskValue = dynWorse ? dynTask!.median : (worstTask?.s?.median ?? 0);
  const cpu = dynWorse ? r.dynamic.dynamicTaskCpuMs : worstTask ? worstTask.p.painlensTaskCpuMs : null;
  targets.push({
    id: 'long-tasks',
    description: 'No PainLens task > 50 ms (any page)',
    value: worstTask ? `${fmtMs(taskValue)} ms (${dynWorse ? 'dynamic page' : worstTask.p.name})` : '—',
    limit: '50 ms',
    pass: worstTask ? taskValue <= 50 : null,
    note:
      'median over runs of the longest task running PainLens code (wall), worst page' +
      (cpu ? `; that task's CPU time ${fmtMs(cpu.median)} ms` : ''),
  });

  // 4. Dynamic page: total at most 1.5 × the static scan.
  const dyn = r.dynamic.dynamicPerStatic;
  targets.push({
    id: 'dynamic-vs-static',
    description: 'Dynamic page total ≤ 1.5 × static scan',
    value: dyn ? fmtRatio(dyn.median) : '—',
    limit: '1.5×',
    pass: dyn ? dyn.median <= 1.5 : null,
    note: dyn
      ? `${show(r.dynamic.dynamicScanMs)} ms vs ${show(r.dynamic.staticScanMs)} ms; in CPU time ${med(r.dynamic.dynamicCpuPerStaticCpu, fmtRatio)}`
      : 'not measured',
  });

  // 5. Tooltip painted within one frame after the hover delay.
  const hover = r.hover.totalMs;
  targets.push({
    id: 'tooltip-frame',
    description: 'Tooltip painted ≤ 16 ms after the hover delay',
    value: hover ? `${fmtMs(hover.median)} ms` : '—',
    limit: '16 ms',
    pass: hover ? hover.median <= 16 : null,
    note: hover ? `median of ${hover.n} hovers; max ${fmtMs(hover.max)} ms` : 'not measured',
  });

  // 6. Content script at most 80 kB minified (1 kB = 1000 bytes, as WXT prints sizes).
  targets.push({
    id: 'content-size',
    description: 'Content script ≤ 80 kB minified',
    value: r.sizes ? fmtBytes(r.sizes.contentScriptBytes) : '—',
    limit: '80 kB',
    pass: r.sizes ? r.sizes.contentScriptBytes <= 80_000 : null,
    note: r.sizes ? `${fmtBytes(r.sizes.contentScriptGzipBytes)} gzipped` : 'not measured',
  });
  return targets;
}
