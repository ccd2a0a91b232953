// Which term is under a point on the screen. Nothing fires events on highlights, so this follows
// the caret APIs to a text node and offset, looks it up in the index, and then checks that the point
// really lies on the term's text (caret APIs snap to the nearest text, even past a line's end).
import { toLiveRange, type IndexedTerm, type TermIndex } from '../term-index';

/** Pixels of slack around a term's boxes. */
const SLACK = 1;

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretFromPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function rectsContain(rects: Iterable<DOMRect>, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/**
 * The term under a point, if `canShow` allows it. (A term on a line too long to paint is not shown, and
 * reading its boxes would cost as much as the line is long: content/paint/long-lines.ts.)
 */
export function termAtPoint(
  doc: Document,
  index: TermIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
  canShow: (term: IndexedTerm) => boolean = () => true,
): IndexedTerm | null {
  const caret = caretFromPoint(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const term = index.termAt(caret.node as Text, caret.offset);
  if (!term || !canShow(term)) return null;
  const range = toLiveRange(doc, term);
  return range && rectsContain(Array.from(range.getClientRects()), x, y) ? term : null;
}

/**
 * The shadow roots an event passed through, innermost first: the only ones the caret API needs to
 * reach the text under the pointer (security review 6c: passing every root on the page made each
 * pointer move cost in proportion to the page's shadow roots).
 */
export function shadowRootsOnPath(path: readonly EventTarget[]): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const node of path) {
    if ((node as Node).nodeType === 11 && (node as ShadowRoot).host) roots.push(node as ShadowRoot);
  }
  return roots;
}
