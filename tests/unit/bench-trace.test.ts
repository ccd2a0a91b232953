// The bench's reading of a performance trace (bench/trace.ts): PainLens's events by script URL, and
// its promise continuations, which carry no URL, as the microtask checkpoints outside its events.
import { describe, expect, it } from 'vitest';
import { analyzeTrace } from '@/bench/trace';

const ID = 'abcdefghijklmnop';
const URL_OURS = `chrome-extension://${ID}/content-scripts/content.js`;
const thread = { pid: 1, tid: 7 };

/** A complete event of `dur` µs wall and `tdur` µs CPU from `ts`. */
const x = (name: string, ts: number, dur: number, tdur = dur, url?: string) => ({
  name,
  ph: 'X',
  ...thread,
  ts,
  dur,
  tdur,
  args: url ? { data: { url } } : {},
});

function trace(events: object[]): Buffer {
  const named = { name: 'thread_name', ph: 'M', ...thread, ts: 0, args: { name: 'CrRendererMain' } };
  return Buffer.from(JSON.stringify({ traceEvents: [named, ...events] }));
}

describe('analyzeTrace', () => {
  const events = [
    // Evaluating the content script, with a checkpoint inside it (counted with it, not again).
    x('RunTask', 0, 5_000),
    x('EvaluateScript', 100, 4_000, 4_000, URL_OURS),
    x('RunMicrotasks', 3_000, 500),
    // A storage reply: the content script's continuation runs as microtasks, named by no one.
    x('RunTask', 10_000, 3_000),
    x('RunMicrotasks', 10_100, 2_500, 2_000),
    // The page's own long rendering task with a harness-sized checkpoint: not PainLens's.
    x('RunTask', 20_000, 60_000),
    x('RunMicrotasks', 20_100, 100),
    // An idle slice.
    x('RunTask', 90_000, 1_000),
    x('FunctionCall', 90_050, 900, 800, URL_OURS),
  ];
  const r = analyzeTrace(trace(events), ID);

  it("counts PainLens's events by URL, and the checkpoints outside them apart", () => {
    expect(r.totalCpuMs).toBeCloseTo(4.8);
    expect(r.startupCpuMs).toBeCloseTo(4);
    expect(r.promiseCpuMs).toBeCloseTo(2.1);
    expect(r.threads[0]).toMatchObject({ evaluations: 1 });
    expect(r.threads[0]!.promiseCpuMs).toBeCloseTo(2.1);
  });

  it('takes a task of microtasks as PainLens work for the longest task, but not one a harness call left', () => {
    expect(r.longestTaskMs).toBeCloseTo(5);
    expect(r.longestTaskWithPromisesMs).toBeCloseTo(5);
    const slow = analyzeTrace(
      trace([...events, x('RunTask', 100_000, 40_000, 30_000), x('RunMicrotasks', 100_100, 39_000, 29_000)]),
      ID,
    );
    expect(slow.longestTaskMs).toBeCloseTo(5);
    expect(slow.longestTaskWithPromisesMs).toBeCloseTo(40);
    expect(slow.longestTaskWithPromisesCpuMs).toBeCloseTo(30);
  });
});
