// The position window over one element's many marks (a long unwrapped line).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TermIndex, type IndexedTerm } from '@/content/term-index';
import { DENSE_MAX, nearMarks, nearMarkSteps, ViewportWindow } from '@/content/paint/viewport-window';
import {
  FakeScheduler,
  installHighlights,
  installStaticRange,
  mount,
  restoreGlobals,
  setGlobal,
} from '../support/dom-fakes';

beforeEach(() => installStaticRange());
afterEach(() => {
  restoreGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** `n` marks along one line in a <pre>, each 100 px wide, the first at x = `startX`. */
function line(n: number, startX: number): IndexedTerm[] {
  const text = 'ketamine '.repeat(n);
  const p = mount(`<pre>${text}</pre>`).querySelector('pre')!;
  const node = p.firstChild as Text;
  const index = new TermIndex();
  index.replaceBlock(
    p,
    Array.from({ length: n }, (_, i) => ({
      termId: 'ketamine',
      startNode: node,
      startOffset: i * 9,
      endNode: node,
      endOffset: i * 9 + 8,
      nodes: [node],
    })),
  );
  // happy-dom lays nothing out: a range's box is where its offset puts it on the line.
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    const x = startX + (this.startOffset / 9) * 100;
    return { left: x, right: x + 80, top: 10, bottom: 30, width: 80, height: 20, x, y: 10 } as DOMRect;
  });
  return [...index.terms()];
}

describe('nearMarks: one line of many marks', () => {
  it('registers only the marks within a screen of the viewport, found by binary search', () => {
    const marks = line(10_000, -200_000);
    const spy = vi.mocked(Range.prototype.getBoundingClientRect);
    const near = nearMarks(marks, document);
    const w = window.innerWidth;
    // Marks from x = -w to 2w: three screens' width at 100 px a mark.
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThanOrEqual(Math.ceil((3 * w) / 100) + 1);
    for (const t of near) {
      const x = -200_000 + (t.startOffset / 9) * 100;
      expect(x + 80).toBeGreaterThanOrEqual(-w);
      expect(x).toBeLessThanOrEqual(2 * w);
    }
    // Two binary searches over 10,000 marks: a few dozen boxes read, not 10,000.
    expect(spy.mock.calls.length).toBeLessThan(40);
  });

  it('never registers more than DENSE_MAX of one element’s marks', () => {
    const marks = line(5000, 0);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ left: 10, right: 20, top: 10, bottom: 20, width: 10, height: 10, x: 10, y: 10 }) as DOMRect,
    );
    expect(nearMarks(marks, document)).toHaveLength(DENSE_MAX);
  });
});

describe('ViewportWindow: the search of a dense element, in idle time', () => {
  /** An IntersectionObserver the test drives. */
  class FakeObserver {
    static last: FakeObserver | null = null;
    constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
      FakeObserver.last = this;
    }
    observe() {}
    unobserve() {}
    disconnect() {}
    show(target: Element) {
      this.callback([{ target, isIntersecting: true } as unknown as IntersectionObserverEntry]);
    }
  }

  function setUp(n: number) {
    installHighlights();
    const scheduler = new FakeScheduler();
    setGlobal('requestIdleCallback', (cb: IdleRequestCallback, o?: IdleRequestOptions) =>
      scheduler.requestIdleCallback(cb, o),
    );
    setGlobal('IntersectionObserver', FakeObserver);
    const marks = line(n, -50_000);
    const p = marks[0]!.startNode.parentElement!;
    const reads = vi.mocked(Range.prototype.getBoundingClientRect);
    const highlight = new Highlight();
    const win = new ViewportWindow(document, highlight);
    for (const t of marks) win.add(t);
    return { scheduler, reads, highlight, win, marks, p };
  }

  it('reads one box per idle period when the period is spent, and registers the window at the end', () => {
    const { scheduler, reads, highlight, marks, p } = setUp(1000);
    FakeObserver.last!.show(p);
    const expected = nearMarks(marks, document).map((t) => t.range);
    reads.mockClear();
    let periods = 0;
    while (scheduler.queue.length) {
      expect(highlight.size).toBe(0);
      const before = reads.mock.calls.length;
      scheduler.runIdle(0);
      periods++;
      expect(reads.mock.calls.length - before).toBeLessThanOrEqual(1);
    }
    // One box a period, then one more period to register what it found.
    expect(reads.mock.calls.length).toBe(periods - 1);
    expect(periods).toBeGreaterThan(10);
    expect([...highlight]).toEqual(expected);
  });

  it('in a long idle period, the whole search runs at once', () => {
    const { scheduler, highlight, marks, p } = setUp(1000);
    FakeObserver.last!.show(p);
    expect(scheduler.runIdle(50)).toBe(1);
    expect(scheduler.queue).toHaveLength(0);
    expect(highlight.size).toBe(nearMarks(marks, document).length);
  });

  it('a mark removed while the search is under way is not registered when it ends', () => {
    const { scheduler, highlight, win, marks, p } = setUp(1000);
    FakeObserver.last!.show(p);
    const near = nearMarks(marks, document);
    scheduler.runIdle(0);
    win.remove(near[0]!);
    scheduler.settle(1000, 0);
    expect(highlight.size).toBe(near.length - 1);
    expect(highlight.has(near[0]!.range)).toBe(false);
  });

  it('nearMarkSteps pauses once after each box it reads', () => {
    const { reads, marks } = setUp(1000);
    reads.mockClear();
    const steps = nearMarkSteps(marks, document);
    let pauses = 0;
    while (!steps.next().done) {
      pauses++;
      expect(reads.mock.calls.length).toBe(pauses);
    }
  });
});
