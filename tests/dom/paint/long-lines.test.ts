// Marks on an unwrapped line too long to paint (content/paint/long-lines.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LONG_LINE_CHARS, LongLines, lineStyleOf, longLineSpans, type LineStyle } from '@/content/paint/long-lines';
import { Painter, TERM_HIGHLIGHT } from '@/content/paint/painter';
import { TermIndex, type IndexedTerm } from '@/content/term-index';
import { installHighlights, installStaticRange, mount, restoreGlobals } from '../support/dom-fakes';

const PRE: LineStyle = { unwrapped: true, keepsNewlines: true };
const NOWRAP: LineStyle = { unwrapped: true, keepsNewlines: false };
const WRAPS: LineStyle = { unwrapped: false, keepsNewlines: true };

beforeEach(() => installStaticRange());
afterEach(() => {
  restoreGlobals();
  document.body.replaceChildren();
});

describe('lineStyleOf', () => {
  const style = (whiteSpace: string, longhands: Record<string, string> = {}) => ({
    whiteSpace,
    getPropertyValue: (p: string) => longhands[p] ?? '',
  });
  it.each([
    ['pre', true, true],
    ['nowrap', true, false],
    ['pre-wrap', false, true],
    ['pre-line', false, true],
    ['break-spaces', false, true],
    ['normal', false, false],
  ])('white-space: %s → unwrapped %s, keeps newlines %s', (ws, unwrapped, keepsNewlines) => {
    expect(lineStyleOf(style(ws))).toEqual({ unwrapped, keepsNewlines });
  });
  it('prefers the longhands where the browser has them', () => {
    expect(lineStyleOf(style('normal', { 'text-wrap-mode': 'nowrap', 'white-space-collapse': 'preserve' }))).toEqual(
      PRE,
    );
    expect(lineStyleOf(style('pre', { 'text-wrap-mode': 'wrap', 'white-space-collapse': 'collapse' }))).toEqual({
      unwrapped: false,
      keepsNewlines: false,
    });
  });
});

describe('longLineSpans', () => {
  const long = 'x'.repeat(LONG_LINE_CHARS + 1);
  it('finds only the lines over the limit, between newlines', () => {
    const text = `short\n${long}\nshort again\n${long}`;
    const a = 6;
    const b = a + long.length + 1 + 'short again'.length + 1;
    expect(longLineSpans(text, PRE)).toEqual([
      [a, a + long.length],
      [b, b + long.length],
    ]);
  });
  it('a line of exactly the limit is not long', () => {
    expect(longLineSpans(`${'x'.repeat(LONG_LINE_CHARS)}\n${'y'.repeat(LONG_LINE_CHARS)}`, PRE)).toEqual([]);
  });
  it('text that wraps has no long line, however long', () => {
    expect(longLineSpans(long + long, WRAPS)).toEqual([]);
  });
  it('with newlines collapsed (nowrap), the whole text is one line', () => {
    const text = `${'word '.repeat(20)}\n`.repeat(LONG_LINE_CHARS / 50);
    expect(longLineSpans(text, NOWRAP)).toEqual([[0, text.length]]);
    expect(longLineSpans(text, PRE)).toEqual([]);
  });
});

/** One text node in a <pre>: `lines` joined by newlines, with a mark at each of `offsets`. */
function marksIn(lines: string[], offsets: number[]): { node: Text; marks: IndexedTerm[]; index: TermIndex } {
  const pre = mount(`<pre></pre>`).querySelector('pre')!;
  pre.textContent = lines.join('\n');
  const node = pre.firstChild as Text;
  const index = new TermIndex();
  index.replaceBlock(
    pre,
    offsets.map((o) => ({
      termId: 'ketamine',
      startNode: node,
      startOffset: o,
      endNode: node,
      endOffset: o + 8,
      nodes: [node],
    })),
  );
  return { node, marks: [...index.terms()], index };
}

describe('LongLines', () => {
  const long = `${'a'.repeat(LONG_LINE_CHARS)} ketamine`;

  it('a mark on a long unwrapped line is not paintable; one on a short line beside it is', () => {
    let reads = 0;
    const lines = new LongLines(() => {
      reads++;
      return PRE;
    });
    const { marks } = marksIn(['ketamine', long], [0, 9 + LONG_LINE_CHARS + 1]);
    expect(marks.map((t) => lines.paintable(t))).toEqual([true, false]);
    // The node's style and lines are read once.
    expect(marks.map((t) => lines.paintable(t))).toEqual([true, false]);
    expect(reads).toBe(1);
  });

  it('a short text node is answered without reading its style', () => {
    const lines = new LongLines(() => {
      throw new Error('read');
    });
    const { marks } = marksIn(['ketamine'], [0]);
    expect(lines.paintable(marks[0]!)).toBe(true);
  });

  it('reads the text again when its length changed', () => {
    const lines = new LongLines(() => PRE);
    const { node, marks } = marksIn([long], [LONG_LINE_CHARS + 1]);
    expect(lines.paintable(marks[0]!)).toBe(false);
    node.data = `${'a'.repeat(100)}\n${'b'.repeat(LONG_LINE_CHARS)}\n ketamine`;
    expect(lines.paintable({ ...marks[0]!, startOffset: node.length - 8 })).toBe(true);
  });

  it('follows the element’s computed white-space by default', () => {
    const { marks } = marksIn([long], [LONG_LINE_CHARS + 1]);
    const pre = marks[0]!.startNode.parentElement!;
    pre.style.whiteSpace = 'pre';
    expect(new LongLines().paintable(marks[0]!)).toBe(false);
    pre.style.whiteSpace = 'pre-wrap';
    expect(new LongLines().paintable(marks[0]!)).toBe(true);
  });
});

describe('Painter and long lines', () => {
  it('never registers a mark on a long line, and does not count it painted', () => {
    const registry = installHighlights();
    const { index, marks } = marksIn(['ketamine', long()], [0, 9 + LONG_LINE_CHARS + 1]);
    const painter = new Painter(index, new LongLines(() => PRE));
    painter.register();
    painter.apply({ added: marks, removed: [] });
    expect([...registry.get(TERM_HIGHLIGHT)!]).toEqual([marks[0]!.range]);
    expect(marks.map((t) => painter.isPainted(t))).toEqual([true, false]);
  });

  it('"first mention only" paints the first occurrence that can be painted', () => {
    const registry = installHighlights();
    const { index, marks } = marksIn([long(), 'ketamine'], [LONG_LINE_CHARS + 1, LONG_LINE_CHARS + 10]);
    const painter = new Painter(index, new LongLines(() => PRE));
    painter.configure('underline', 'first');
    painter.register();
    painter.apply({ added: marks, removed: [] });
    expect([...registry.get(TERM_HIGHLIGHT)!]).toEqual([marks[1]!.range]);
    expect(marks.map((t) => painter.isPainted(t))).toEqual([false, true]);
  });

  function long() {
    return `${'a'.repeat(LONG_LINE_CHARS)} ketamine`;
  }
});
