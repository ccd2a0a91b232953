// Reads a block's own text (inline descendants only) in runs, and finds terms in it.
// Never writes to the DOM.
import { applyMedicalContext, type TermMatcher } from '@/lib/term-matcher';
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

/**
 * Scans the text that belongs to `block` itself: text nodes reached through inline elements.
 * Nested blocks (non-inline elements, shadow roots) are scanned on their own. A `<br>` or a nested
 * block ends a run, so words never join across boxes; inline tags do not, so
 * "complex <b>regional</b> pain syndrome" is one match.
 */
export function scanBlock(block: BlockKey, matcher: TermMatcher): BlockScan {
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

  const found: FoundTerm[] = [];
  const matchesPerRun = runs.map((r) => matcher.findMatches(joinRun(r)));
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
  private stack: { root: Node; cursor: Element | null; started: boolean }[] = [];

  constructor(readonly root: BlockKey) {
    this.stack.push({ root, cursor: null, started: false });
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
          top.cursor = root.firstElementChild;
          return root;
        }
        const el = root as Element;
        if (isSkippedElement(el)) {
          this.stack.pop();
          continue;
        }
        top.cursor = el.firstElementChild;
        this.enterShadow(el);
        if (!isInlineElement(el)) return el;
        continue;
      }
      const el = top.cursor;
      if (!el) {
        this.stack.pop();
        continue;
      }
      if (!el.isConnected && top.root.isConnected) return 'detached';
      const skip = isSkippedElement(el);
      top.cursor = advance(el, top.root, !skip);
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
    if (shadow) this.stack.push({ root: shadow, cursor: null, started: false });
  }
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
