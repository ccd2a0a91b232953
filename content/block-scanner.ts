// Reads one block's own text (inline descendants only) and finds terms in it; and BlockWalker, which
// lists a subtree's blocks. The page scanner does both in one pass (text-walk.ts); these are the same
// rules for one-off reads and for the benchmark's breakdown of where time goes. Never writes to the DOM.
import type { TermMatcher } from '@/lib/term-matcher';
import { isInlineElement, isSkippedElement, isShadowRoot, SkipSet, type BlockKey } from './dom-rules';
import { TextWalk, type FoundTerm } from './text-walk';

export { CHUNK_CHARS, type FoundTerm } from './text-walk';

const ELEMENT = 1;

export interface BlockScan {
  found: FoundTerm[];
  textNodes: number;
  chars: number;
}

/**
 * Scans the text that belongs to `block` itself: text nodes reached through inline elements.
 * Nested blocks (non-inline elements, shadow roots) are scanned on their own. A `<br>` or a nested
 * block ends a run, so words never join across boxes; inline tags do not, so
 * "complex <b>regional</b> pain syndrome" is one match.
 */
export function scanBlock(block: BlockKey, matcher: TermMatcher): BlockScan {
  const stats = { textNodes: 0, chars: 0 };
  let found: FoundTerm[] = [];
  // No scope searched: each element is tested with the selectors.
  const walk = new TextWalk(block, matcher, new SkipSet(), { ownOnly: true });
  walk.run(
    () => false,
    (_block, terms) => {
      found = terms.slice();
    },
    stats,
  );
  return { found, ...stats };
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
