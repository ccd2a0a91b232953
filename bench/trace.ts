// Reads a Chromium performance trace of one page load with the extension, and finds the work that
// belongs to PainLens: every trace event whose script URL is the content script. The Long Tasks API
// cannot say whose code a task ran; the trace can, and it also gives each event's thread (CPU) time
// next to its wall time, which shows how much of a wall-clock number a loaded machine added.
//
// Promise continuations carry no script URL: a content script's work after an await (its storage
// reads, and what it does with them) runs as the task's microtasks, named by no one. They are
// counted apart (`promiseCpuMs`, every microtask checkpoint outside PainLens's own events, whoever's):
// on a page that runs no script of its own (the bench's generated frame pages) they are PainLens's.
// Until 0.2.0 they were missed, and with them reading and compiling the forms.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  // RunMicrotasks
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface PainLensTrace {
  /** Longest main-thread task that ran PainLens code: wall time, and that task's thread time. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** All PainLens code on the page's main thread(s): wall and thread time. */
  totalMs: number;
  totalCpuMs: number;
  /** Evaluating the content script (module code, tables, forms, matcher set-up). */
  startupMs: number;
  startupCpuMs: number;
  /** The idle-callback calls that recorded a painlens:scan measure: wall and thread time. */
  sliceMs: number;
  sliceCpuMs: number;
  slices: number;
  /** Every renderer main thread's top-level task time (all processes, with or without PainLens). */
  rendererCpuMs: number;
  /** Microtask checkpoints outside PainLens's events (see the top): wall and thread time. */
  promiseMs: number;
  promiseCpuMs: number;
  /**
   * Longest main-thread task holding PainLens code or a microtask checkpoint of 0.5 ms CPU or more
   * (for pages that run no script of their own): wall, and its thread time.
   */
  longestTaskWithPromisesMs: number;
  longestTaskWithPromisesCpuMs: number;
  /** Per renderer main thread: PainLens's CPU and how many times the content script was evaluated there. */
  threads: { painlensCpuMs: number; promiseCpuMs: number; evaluations: number; rendererCpuMs: number }[];
}

const contains = (outer: TraceEvent, inner: TraceEvent) =>
  inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0) && inner !== outer;

/** Keeps the events that no other event in the list contains (the list is per thread). */
function topLevel(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts + (e.dur ?? 0) <= end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** Microtask CPU that makes a task count as PainLens's in longestTaskWithPromises (see there). */
const PROMISE_TASK_MIN_CPU_MS = 0.5;

/** Index of the last of `sorted` (by start) that starts at or before `ts`, or -1. */
function lastStartingBy(sorted: TraceEvent[], ts: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.ts <= ts) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function analyzeTrace(buffer: Buffer, extensionId: string): PainLensTrace {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const prefix = `chrome-extension://${extensionId}/content-scripts/`;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const r: PainLensTrace = {
    longestTaskMs: 0,
    longestTaskCpuMs: 0,
    totalMs: 0,
    totalCpuMs: 0,
    startupMs: 0,
    startupCpuMs: 0,
    sliceMs: 0,
    sliceCpuMs: 0,
    slices: 0,
    rendererCpuMs: 0,
    promiseMs: 0,
    promiseCpuMs: 0,
    longestTaskWithPromisesMs: 0,
    longestTaskWithPromisesCpuMs: 0,
    threads: [],
  };
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  for (const list of byThread.values()) {
    const tasks = topLevel(list.filter((e) => e.ph === 'X' && e.name === 'RunTask'));
    const rendererCpuMs = tasks.reduce((a, e) => a + ms(e.tdur), 0);
    r.rendererCpuMs += rendererCpuMs;
    const ours = topLevel(list.filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith(prefix)));
    // ours and tasks are top-level (sorted, not overlapping): look events up by start time.
    const promises = topLevel(list.filter((e) => e.ph === 'X' && e.name === 'RunMicrotasks')).filter((m) => {
      const e = ours[lastStartingBy(ours, m.ts)];
      return !(e && contains(e, m));
    });
    const promiseCpuMs = promises.reduce((a, e) => a + ms(e.tdur), 0);
    r.promiseMs += promises.reduce((a, e) => a + ms(e.dur), 0);
    r.promiseCpuMs += promiseCpuMs;
    r.threads.push({
      painlensCpuMs: ours.reduce((a, e) => a + ms(e.tdur), 0),
      promiseCpuMs,
      evaluations: ours.filter((e) => e.name === 'EvaluateScript').length,
      rendererCpuMs,
    });
    const startsIn = (events: TraceEvent[], task: TraceEvent) => {
      const e = events[lastStartingBy(events, task.ts + (task.dur ?? 0))];
      return e !== undefined && e.ts >= task.ts;
    };
    // A checkpoint this small is the harness's own (each Playwright evaluate leaves one of about 0.1 ms).
    const bigPromises = promises.filter((m) => ms(m.tdur) >= PROMISE_TASK_MIN_CPU_MS);
    for (const task of tasks) {
      const withOurs = startsIn(ours, task);
      if (withOurs && ms(task.dur) > r.longestTaskMs) {
        r.longestTaskMs = ms(task.dur);
        r.longestTaskCpuMs = ms(task.tdur);
      }
      if ((withOurs || startsIn(bigPromises, task)) && ms(task.dur) > r.longestTaskWithPromisesMs) {
        r.longestTaskWithPromisesMs = ms(task.dur);
        r.longestTaskWithPromisesCpuMs = ms(task.tdur);
      }
    }
    if (!ours.length) continue;
    const measures = list.filter((e) => e.name === 'painlens:scan' && e.ph === 'b');
    for (const e of ours) {
      r.totalMs += ms(e.dur);
      r.totalCpuMs += ms(e.tdur);
      if (e.name === 'EvaluateScript') {
        r.startupMs += ms(e.dur);
        r.startupCpuMs += ms(e.tdur);
      }
      if (measures.some((m) => m.ts >= e.ts && m.ts <= e.ts + (e.dur ?? 0))) {
        r.sliceMs += ms(e.dur);
        r.sliceCpuMs += ms(e.tdur);
        r.slices++;
      }
    }
  }
  return r;
}

export interface TimedCall {
  name: string;
  /** Wall time of the task that ran the call, and its thread (CPU) time. */
  taskMs: number;
  cpuMs: number;
}

/**
 * The harness's own timed calls (measures named "painlens-bench:<name>", made by
 * bench/inpage.ts): for each, the main-thread task that ran it, with its thread (CPU) time.
 * The task also holds the small cost of the DevTools call that started it.
 */
export function benchCalls(buffer: Buffer): TimedCall[] {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || e.ph !== 'X' || e.name !== 'RunTask') continue;
    const list = tasks.get(key);
    if (list) list.push(e);
    else tasks.set(key, [e]);
  }
  for (const [key, list] of tasks) tasks.set(key, topLevel(list));
  const out: TimedCall[] = [];
  const marks = events.filter((e) => e.ph === 'b' && e.name.startsWith('painlens-bench:')).sort((a, b) => a.ts - b.ts);
  for (const m of marks) {
    const task = tasks.get(`${m.pid}:${m.tid}`)?.find((t) => m.ts >= t.ts && m.ts <= t.ts + (t.dur ?? 0));
    if (!task) continue;
    out.push({
      name: m.name.slice('painlens-bench:'.length),
      taskMs: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? 0) / 1000,
    });
  }
  return out;
}
