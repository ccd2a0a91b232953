// Reads a block's own text (inline descendants only) in runs, and finds terms in it.
// Never writes to the DOM.
import { applyMedicalContext, type TermMatch, type TermMatcher } from '@/lib/term-matcher';
import { isInlineElement, isSkippedElement, isShadowRoot, type BlockKey } from './dom-rules';

const TEXT = 3;
const ELEMENT = 1;

export interface FoundTerm {
  termId: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the match touches, in order (one for most matches). */
  nodes: Text[];
}

export interface BlockScan {
  found: FoundTerm[];
  textNodes: number;
  chars: number;
}

interface Run {
  nodes: Text[];
  /** Offset of each node's first character in the joined text. */
  offsets: number[];
  length: number;
}

/** Characters matched between two yields of scanBlockSteps: a few milliseconds of work at most. */
export const CHUNK_CHARS = 32_768;
/**
 * Context carried across a chunk boundary: enough for the longest match form and the word before it
 * (the "not after" rule), so splitting a long run never loses or changes a match.
 */
const CHUNK_OVERLAP = 160;

/**
 * Scans the text that belongs to `block` itself: text nodes reached through inline elements.
 * Nested blocks (non-inline elements, shadow roots) are scanned on their own. A `<br>` or a nested
 * block ends a run, so words never join across boxes; inline tags do not, so
 * "complex <b>regional</b> pain syndrome" is one match.
 */
export function scanBlock(block: BlockKey, matcher: TermMatcher): BlockScan {
  const steps = scanBlockSteps(block, matcher);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * scanBlock in steps: yields the characters matched so far after every CHUNK_CHARS of them, so a
 * caller with a time budget can pause inside one enormous block (a log view, a 1 MB paragraph) and
 * resume in a later slice. The block must not change meanwhile; the caller starts over if it does.
 */
export function* scanBlockSteps(block: BlockKey, matcher: TermMatcher): Generator<number, BlockScan, void> {
  const { runs, textNodes, chars } = collectRuns(block);
  const matchesPerRun: TermMatch[][] = [];
  let before = 0;
  for (const r of runs) {
    const text = joinRun(r);
    if (text.length <= CHUNK_CHARS) {
      matchesPerRun.push(matcher.findMatches(text));
    } else {
      const all: TermMatch[] = [];
      matchesPerRun.push(all);
      for (const at of matchLongText(text, matcher, all)) yield before + at;
    }
    before += text.length;
  }
  const found: FoundTerm[] = [];
  const inContext = applyMedicalContext(matchesPerRun.flat());
  const kept = new Set(inContext);
  runs.forEach((r, i) => {
    for (const m of matchesPerRun[i]!) {
      if (!kept.has(m)) continue;
      found.push(locate(r, m.start, m.end, m.termId));
    }
  });
  return { found, textNodes, chars };
}

/**
 * Matches a long text window by window. Each window reaches CHUNK_OVERLAP characters past its end
 * (to a space) so a match across the cut is found whole, and starts that far before its start (at a
 * space) so the words before a match are seen; a window keeps only the matches that start in it.
 */
function* matchLongText(text: string, matcher: TermMatcher, out: TermMatch[]): Generator<number, void, void> {
  let from = 0;
  let lastEnd = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + CHUNK_CHARS);
    const windowStart = from === 0 ? 0 : spaceBefore(text, from - CHUNK_OVERLAP);
    const windowEnd = to === text.length ? to : spaceAfter(text, to + CHUNK_OVERLAP);
    for (const m of matcher.findMatches(text.slice(windowStart, windowEnd))) {
      const start = m.start + windowStart;
      if (start < from || start >= to || start < lastEnd) continue;
      const end = m.end + windowStart;
      out.push({ ...m, start, end });
      lastEnd = end;
    }
    from = to;
    if (from < text.length) yield from;
  }
}

function spaceBefore(text: string, i: number): number {
  let k = Math.max(0, i);
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

function spaceAfter(text: string, i: number): number {
  let k = Math.min(text.length, i);
  while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  return k;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;
}

function collectRuns(block: BlockKey): { runs: Run[]; textNodes: number; chars: number } {
  const runs: Run[] = [];
  let run: Run = { nodes: [], offsets: [], length: 0 };
  let textNodes = 0;
  let chars = 0;
  const endRun = () => {
    if (run.nodes.length) runs.push(run);
    run = { nodes: [], offsets: [], length: 0 };
  };

  let node: Node | null = block.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT) {
      const text = node as Text;
      const len = text.data.length;
      if (len) {
        run.nodes.push(text);
        run.offsets.push(run.length);
        run.length += len;
        textNodes++;
        chars += len;
      }
    } else if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (isInlineElement(el) && !isSkippedElement(el)) descend = el.firstChild !== null;
      else endRun();
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== block && !node.nextSibling) {
      node = node.parentNode;
      // Leaving an inline element does not end the run.
    }
    node = node && node !== block ? node.nextSibling : null;
  }
  endRun();
  return { runs, textNodes, chars };
}

function joinRun(run: Run): string {
  if (run.nodes.length === 1) return run.nodes[0]!.data;
  let s = '';
  for (const n of run.nodes) s += n.data;
  return s;
}

function nodeIndexAt(run: Run, offset: number, preferEarlier: boolean): number {
  // Binary search for the node containing `offset`; at a boundary, an end offset belongs to the earlier node.
  let lo = 0;
  let hi = run.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.offsets[mid]!;
    if (start < offset || (!preferEarlier && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function locate(run: Run, start: number, end: number, termId: string): FoundTerm {
  const a = nodeIndexAt(run, start, false);
  const b = nodeIndexAt(run, end, true);
  return {
    termId,
    startNode: run.nodes[a]!,
    startOffset: start - run.offsets[a]!,
    endNode: run.nodes[b]!,
    endOffset: end - run.offsets[b]!,
    nodes: run.nodes.slice(a, b + 1),
  };
}

/**
 * Walks a subtree in document order and yields every block in it, pausing between blocks so the
 * caller can stop when its time slice is used up. Open shadow roots are walked too.
 */
export class BlockWalker {
  private stack: Frame[] = [];

  constructor(readonly root: BlockKey) {
    this.stack.push(frame(root));
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** The next block, or null when the walk is over. Returns `'detached'` if the DOM moved under the cursor. */
  next(): BlockKey | null | 'detached' {
    while (this.stack.length) {
      const top = this.stack[this.stack.length - 1]!;
      if (!top.started) {
        top.started = true;
        const root = top.root;
        if (isShadowRoot(root)) {
          setCursor(top, root.firstElementChild);
          return root;
        }
        const el = root as Element;
        if (isSkippedElement(el)) {
          this.stack.pop();
          continue;
        }
        setCursor(top, el.firstElementChild);
        this.enterShadow(el);
        if (!isInlineElement(el)) return el;
        continue;
      }
      const el = top.cursor;
      if (!el) {
        this.stack.pop();
        continue;
      }
      // Removed, or moved elsewhere (the walk would follow it and miss what came after it).
      const moved =
        !el.isConnected || el.parentNode !== top.cursorParent || el.previousElementSibling !== top.cursorPrev;
      if (moved && top.root.isConnected) return 'detached';
      const skip = isSkippedElement(el);
      setCursor(top, advance(el, top.root, !skip));
      if (skip) continue;
      this.enterShadow(el);
      if (!isInlineElement(el)) return el;
    }
    return null;
  }

  private enterShadow(el: Element): void {
    const shadow = el.shadowRoot;
    // Visit the shadow tree right after its host's own subtree is queued; order is not important for
    // correctness, only for which block a time slice reaches first.
    if (shadow) this.stack.push(frame(shadow));
  }
}

interface Frame {
  root: Node;
  cursor: Element | null;
  /** Where the cursor was when it was set: if it is elsewhere later, the page moved it. */
  cursorParent: Node | null;
  cursorPrev: Element | null;
  started: boolean;
}

function frame(root: Node): Frame {
  return { root, cursor: null, cursorParent: null, cursorPrev: null, started: false };
}

function setCursor(f: Frame, cursor: Element | null): void {
  f.cursor = cursor;
  f.cursorParent = cursor?.parentNode ?? null;
  f.cursorPrev = cursor?.previousElementSibling ?? null;
}

function advance(el: Element, root: Node, descend: boolean): Element | null {
  if (descend && el.firstElementChild) return el.firstElementChild;
  let cur: Element | null = el;
  while (cur && cur !== root) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
    const parent: Node | null = cur.parentNode;
    if (!parent || parent === root || parent.nodeType !== ELEMENT) return null;
    cur = parent as Element;
  }
  return null;
}
