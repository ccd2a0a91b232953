// Results of `npm run bench`: their shape (the JSON in bench/results/) and statistics (the tables are
// in render.ts, the targets in targets.ts). No browser code here.

/** The passes of the per-phase breakdown (phasePass in bench/inpage.ts), in table order. */
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
  /** From a traced load (bench/trace.ts): PainLens's own tasks and time, wall and thread (CPU). */
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
   * content script's code runs. The scan target's floor (issue 14).
   */
  floorIsolatedMs?: number | null;
  floorIsolatedCpuMs?: number | null;
  /**
   * The structure floor (a native walk over every element and text node, reading names and text) in
   * an isolated world of another fresh copy: the least a scan that knows blocks and skip rules pays.
   */
  structureFloorIsolatedMs?: number | null;
  structureFloorIsolatedCpuMs?: number | null;
  /**
   * The reading floor (the structure walk past the subtrees a scan skips by tag, reading each character
   * outside them once in JS) in an isolated world of another fresh copy: the least any matcher in JS pays.
   */
  readingFloorIsolatedMs?: number | null;
  readingFloorIsolatedCpuMs?: number | null;
  /**
   * The lookup floor (the reading floor hashing each word and looking it up in a table of the forms'
   * first words) in an isolated world of another fresh copy: the least a JS dictionary matcher pays.
   */
  lookupFloorIsolatedMs?: number | null;
  lookupFloorIsolatedCpuMs?: number | null;
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
  structureFloorIsolatedMs?: Stat | null;
  structureFloorIsolatedCpuMs?: Stat | null;
  /** The structure floor over the (text) floor, both in an isolated world (wall), per run. */
  structurePerIsolatedFloor?: Stat | null;
  /** PainLens scan over the structure floor (wall), per run. */
  scanPerStructureFloor?: Stat | null;
  readingFloorIsolatedMs?: Stat | null;
  readingFloorIsolatedCpuMs?: Stat | null;
  /** The reading floor over the (text) floor, both in an isolated world (wall), per run. */
  readingPerIsolatedFloor?: Stat | null;
  /** PainLens scan over the reading floor (wall), per run. */
  scanPerReadingFloor?: Stat | null;
  lookupFloorIsolatedMs?: Stat | null;
  lookupFloorIsolatedCpuMs?: Stat | null;
  /** The lookup floor over the (text) floor, both in an isolated world (wall), per run. */
  lookupPerIsolatedFloor?: Stat | null;
  /** PainLens scan over the lookup floor (wall), per run. */
  scanPerLookupFloor?: Stat | null;
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

/** One run of the per-frame pages (bench/measure-frames.ts). Per-frame values are differences over 20 frames. */
export interface FramesRun {
  adPainlensCpuMs: number | null;
  adPerFrameCpuMs: number | null;
  adRendererCpuExtMs: number | null;
  adRendererCpuPlainMs: number | null;
  adOverheadPct: number | null;
  /** Its code's events and its promise continuations (bench/trace.ts); the second alone below. */
  noTermFrameCpuMs: number | null;
  noTermFramePromiseCpuMs?: number | null;
  noTermFrameHeapJsBytes: number | null;
  noTermFrameHeapEmbedderBytes: number | null;
  manyFramesTaskMs: number | null;
  manyFramesTaskCpuMs: number | null;
  manyFramesMaxGapMs: number | null;
  manyFramesPlainMaxGapMs: number | null;
  /** Frame gaps over 100 ms in the top document, with PainLens and without (0.2.0; absent before). */
  manyFramesGaps?: number | null;
  manyFramesPlainGaps?: number | null;
  manyFramesReadyMs: number | null;
  manyFramesHeapJsDeltaBytes: number | null;
  longLineTaskMs: number | null;
  longLineTaskCpuMs: number | null;
  longLineMaxGapMs: number | null;
  longLinePlainMaxGapMs: number | null;
  longLineGaps?: number | null;
  longLinePlainGaps?: number | null;
  longLineHighlights: number | null;
  startupCpuMs: number | null;
  startup4xCpuMs: number | null;
  noTermFrame4xCpuMs: number | null;
  /** The same no-term frame and ad article with the floor extension (bench/build.ts, writeFloorExtension). */
  floorNoTermFrameCpuMs: number | null;
  floorNoTermFrameHeapJsBytes: number | null;
  /** The same for the "reader" floor (bench/build.ts, FLOOR_SCRIPTS): walks, watches and listens once. */
  readerFloorNoTermFrameCpuMs?: number | null;
  readerFloorNoTermFrameHeapJsBytes?: number | null;
  /** Loads per condition behind each no-term frame and start-up value (the run's median; absent: 1). */
  noTermFrameRounds?: number;
  floorAdOverheadPct: number | null;
}

export type FramesSummary = { [K in keyof FramesRun]: Stat | null } & {
  runs: FramesRun[];
  glossary4xForms: number | null;
};

export function summarizeFrames(runs: FramesRun[], glossary4xForms: number | null): FramesSummary {
  const keys = Object.keys(runs[0] ?? {}) as (keyof FramesRun)[];
  const out = Object.fromEntries(keys.map((k) => [k, stat(runs.map((r) => r[k]))])) as {
    [K in keyof FramesRun]: Stat | null;
  };
  return { ...out, runs, glossary4xForms };
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
  sizes: {
    /** The content script built with the synthetic glossary of 4 × the forms (null: not built). */
    contentScript4xBytes?: number | null;
    contentScriptBytes: number;
    contentScriptGzipBytes: number;
    zipBytes: number;
    zipFile: string;
  } | null;
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
  /** Absent in results saved before the per-frame pages existed. */
  frames?: FramesSummary | null;
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
    structureFloorIsolatedMs: stat(runs.map((r) => r.structureFloorIsolatedMs ?? null)),
    structureFloorIsolatedCpuMs: stat(runs.map((r) => r.structureFloorIsolatedCpuMs ?? null)),
    structurePerIsolatedFloor: stat(
      runs.map((r) => ratio(r.structureFloorIsolatedMs ?? null, r.floorIsolatedMs ?? null)),
    ),
    scanPerStructureFloor: stat(runs.map((r) => ratio(r.scanMs, r.structureFloorIsolatedMs ?? null))),
    readingFloorIsolatedMs: stat(runs.map((r) => r.readingFloorIsolatedMs ?? null)),
    readingFloorIsolatedCpuMs: stat(runs.map((r) => r.readingFloorIsolatedCpuMs ?? null)),
    readingPerIsolatedFloor: stat(runs.map((r) => ratio(r.readingFloorIsolatedMs ?? null, r.floorIsolatedMs ?? null))),
    scanPerReadingFloor: stat(runs.map((r) => ratio(r.scanMs, r.readingFloorIsolatedMs ?? null))),
    lookupFloorIsolatedMs: stat(runs.map((r) => r.lookupFloorIsolatedMs ?? null)),
    lookupFloorIsolatedCpuMs: stat(runs.map((r) => r.lookupFloorIsolatedCpuMs ?? null)),
    lookupPerIsolatedFloor: stat(runs.map((r) => ratio(r.lookupFloorIsolatedMs ?? null, r.floorIsolatedMs ?? null))),
    scanPerLookupFloor: stat(runs.map((r) => ratio(r.scanMs, r.lookupFloorIsolatedMs ?? null))),
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
