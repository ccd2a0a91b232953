// Which marks lie on a line too long to paint. Chromium lays out an unwrapped line of one text node
// as one piece, and then reads the box of any range in it, and repaints it after any highlight
// change, in time that grows with the whole line: on a 2 MB `white-space: pre` line, 17-27 ms per
// box read and 110-135 ms per frame with even one range registered (Chromium 156, README "Limits").
// No choice of ranges helps, so marks on a line longer than LONG_LINE_CHARS are not painted. They
// stay in the index (Explain and the page's term list still see them). Nobody reads such a line:
// it is minified code or a data dump.
import type { IndexedTerm } from '../term-index';
import { anchorOf } from './viewport-window';

/** An unwrapped line longer than this (about 150,000 px of text) is not painted. */
export const LONG_LINE_CHARS = 20_000;

/** How a text node's white space is laid out, from its element's computed style. */
export interface LineStyle {
  /** Lines are not broken to fit the width (`pre`, `nowrap`, `text-wrap-mode: nowrap`). */
  unwrapped: boolean;
  /** Newlines in the text start new lines (`pre`, `pre-wrap`, `pre-line`, `break-spaces`). */
  keepsNewlines: boolean;
}

/** Reads LineStyle from a computed style, with the longhands where the browser has them. */
export function lineStyleOf(cs: Pick<CSSStyleDeclaration, 'whiteSpace' | 'getPropertyValue'>): LineStyle {
  const ws = cs.whiteSpace;
  const wrap = cs.getPropertyValue('text-wrap-mode');
  const collapse = cs.getPropertyValue('white-space-collapse');
  return {
    unwrapped: wrap ? wrap === 'nowrap' : ws === 'pre' || ws === 'nowrap',
    keepsNewlines: collapse ? collapse !== 'collapse' : ws !== 'normal' && ws !== 'nowrap',
  };
}

/**
 * The [start, end) offsets of the lines longer than `limit` in a text laid out with `style`
 * (none when it wraps). Newlines are found natively (indexOf), so a 2 MB text takes about a millisecond.
 */
export function longLineSpans(text: string, style: LineStyle, limit = LONG_LINE_CHARS): [number, number][] {
  if (!style.unwrapped || text.length <= limit) return [];
  if (!style.keepsNewlines) return [[0, text.length]];
  const spans: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > limit) spans.push([start, end]);
    if (nl < 0) break;
    start = nl + 1;
  }
  return spans;
}

/**
 * Answers "can this mark be painted?" for the painter, reading a text node's style and lines once.
 * Text nodes of LONG_LINE_CHARS or fewer (nearly all) are answered without reading anything.
 */
export class LongLines {
  /** Per long text node: its length when read (a changed text is read again) and its long lines. */
  readonly #spans = new WeakMap<Text, { length: number; spans: [number, number][] }>();
  readonly #styleOf: (el: Element) => LineStyle;

  constructor(styleOf: (el: Element) => LineStyle = (el) => lineStyleOf(getComputedStyle(el))) {
    this.#styleOf = styleOf;
  }

  paintable(t: IndexedTerm): boolean {
    const node = t.startNode;
    if (node.length <= LONG_LINE_CHARS) return true;
    let entry = this.#spans.get(node);
    if (!entry || entry.length !== node.length) {
      const el = anchorOf(t);
      entry = { length: node.length, spans: el ? longLineSpans(node.data, this.#styleOf(el)) : [] };
      this.#spans.set(node, entry);
    }
    for (const [start, end] of entry.spans) if (t.startOffset >= start && t.startOffset <= end) return false;
    return true;
  }
}
