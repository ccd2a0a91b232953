// Reading MutationRecords: which changes touch a run of text (and so the block's terms), and which
// nodes are PainLens's own, and which indexed terms a change leaves on stale text. Functions of the
// records, the nodes they name and the index; they change nothing.
import { findBlock, HOST_TAG, isInlineElement } from '../dom/dom-rules';
import type { IndexedTerm, TermIndex } from '../term-index';

export const ELEMENT = 1;
export const TEXT = 3;

/** Text, or an inline element: part of the run of text around it. */
export function isRunText(n: Node): boolean {
  const type = n.nodeType;
  return type === TEXT || (type === ELEMENT && isInlineElement(n as Element));
}

/** An element that ends a run: a block, a <br>, a skipped element. */
export function isRunBreak(n: Node | null): boolean {
  return n !== null && n.nodeType === ELEMENT && !isInlineElement(n as Element);
}

/** Whether removed nodes were part of their parent's own text (text, or inline elements). */
export function leavesText(nodes: NodeList): boolean {
  for (let k = 0; k < nodes.length; k++) if (isRunText(nodes[k]!)) return true;
  return false;
}

/**
 * Whether a box (a block, <br>, a skipped element) came or went between text of one run: it cuts the
 * run in two, or joins two. At the edge of a block, or next to another box, it changes nothing, so
 * a feed appending paragraphs does not make its container be read again each time.
 */
export function cutsBetweenText(r: MutationRecord): boolean {
  const target = r.target;
  // Inside an inline element, the run goes on past its edges.
  if (target.nodeType === ELEMENT && isInlineElement(target as Element)) return true;
  const prev = r.previousSibling;
  const next = r.nextSibling;
  // Neither: the parent's whole content changed (or the DOM does not say where; happy-dom does not).
  if (prev === null && next === null) return true;
  return prev !== null && next !== null && !isRunBreak(prev) && !isRunBreak(next);
}

/** A box was added where it cuts a run (marks across the cut now span two boxes). */
export function splitsRun(r: MutationRecord): boolean {
  const added = r.addedNodes;
  for (let k = 0; k < added.length; k++) if (isRunBreak(added[k]!)) return cutsBetweenText(r);
  return false;
}

export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  return el !== null && (el.localName === HOST_TAG || el.closest(HOST_TAG) !== null);
}

/**
 * The indexed terms whose text a record changed under them: they should stop showing until their
 * block is read again (asked at once, at O(1) a record, before the page paints).
 */
export function staleTerms(
  r: MutationRecord,
  index: Pick<TermIndex, 'termsOfNode' | 'termsOfBlock'>,
): readonly IndexedTerm[] {
  if (r.type === 'characterData') return index.termsOfNode(r.target as Text);
  if (r.type === 'childList' && (leavesText(r.removedNodes) || splitsRun(r))) {
    // Text left a block, or a box now cuts its text: marks across it (complex <em>regional</em>
    // pain) may now span other text, or two boxes.
    const block = findBlock(r.target);
    if (block) return index.termsOfBlock(block);
  }
  return [];
}
