// The position window over one element's many marks (a long unwrapped line).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TermIndex, type IndexedTerm } from '@/content/term-index';
import { DENSE_MAX, nearMarks } from '@/content/paint/viewport-window';
import { installStaticRange, mount, restoreGlobals } from '../support/dom-fakes';

beforeEach(() => installStaticRange());
afterEach(() => {
  restoreGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('nearMarks: one line of many marks', () => {
  /** `n` marks along one line, each 100 px wide, the first at x = `startX`. */
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
