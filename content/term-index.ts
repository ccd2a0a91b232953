// Everything PainLens knows about the terms on this page: per block, per text node, per term.
import type { BlockKey } from './dom/dom-rules';
import type { FoundTerm } from './ports';

export interface IndexedTerm extends FoundTerm {
  block: BlockKey;
  range: StaticRange;
}

export interface IndexChange {
  added: IndexedTerm[];
  removed: IndexedTerm[];
}

const EMPTY: ReadonlySet<IndexedTerm> = new Set();
const NONE: readonly IndexedTerm[] = [];

export class TermIndex {
  #byBlock = new Map<BlockKey, IndexedTerm[]>();
  #byNode = new WeakMap<Text, IndexedTerm[]>();
  /** Parents of matched text: a cheap first test for "is the pointer over a term?". */
  #parents = new WeakSet<Element>();
  #byTerm = new Map<string, Set<IndexedTerm>>();

  replaceBlock(block: BlockKey, found: readonly FoundTerm[]): IndexChange {
    const removed = this.removeBlock(block).removed;
    const added = found.map((f) => ({
      ...f,
      block,
      range: new StaticRange({
        startContainer: f.startNode,
        startOffset: f.startOffset,
        endContainer: f.endNode,
        endOffset: f.endOffset,
      }),
    }));
    if (added.length) this.#byBlock.set(block, added);
    for (const term of added) {
      for (const node of term.nodes) {
        const list = this.#byNode.get(node);
        if (list) list.push(term);
        else this.#byNode.set(node, [term]);
        if (node.parentElement) this.#parents.add(node.parentElement);
      }
      const set = this.#byTerm.get(term.termId);
      if (set) set.add(term);
      else this.#byTerm.set(term.termId, new Set([term]));
    }
    return { added, removed };
  }

  removeBlock(block: BlockKey): IndexChange {
    const old = this.#byBlock.get(block);
    if (!old) return { added: [], removed: [] };
    this.#byBlock.delete(block);
    for (const term of old) {
      for (const node of term.nodes) {
        const list = this.#byNode.get(node);
        if (!list) continue;
        const rest = list.filter((t) => t !== term);
        if (rest.length) this.#byNode.set(node, rest);
        else this.#byNode.delete(node);
      }
      const set = this.#byTerm.get(term.termId);
      set?.delete(term);
      if (set && set.size === 0) this.#byTerm.delete(term.termId);
    }
    return { added: [], removed: old };
  }

  hasBlock(block: BlockKey): boolean {
    return this.#byBlock.has(block);
  }

  blocks(): IterableIterator<BlockKey> {
    return this.#byBlock.keys();
  }

  /** The terms in one block (empty when none). */
  termsOfBlock(block: BlockKey): readonly IndexedTerm[] {
    return this.#byBlock.get(block) ?? NONE;
  }

  /** The terms whose text touches one text node (empty when none). */
  termsOfNode(node: Text): readonly IndexedTerm[] {
    return this.#byNode.get(node) ?? NONE;
  }

  mayHaveTermsIn(el: Element | null): boolean {
    return el !== null && this.#parents.has(el);
  }

  /** The term whose text includes the character at (`node`, `offset`), if any. */
  termAt(node: Text, offset: number): IndexedTerm | null {
    const list = this.#byNode.get(node);
    if (!list) return null;
    for (const t of list) {
      const from = node === t.startNode ? t.startOffset : 0;
      const to = node === t.endNode ? t.endOffset : node.data.length;
      if (offset >= from && offset <= to) return t;
    }
    return null;
  }

  /** Number of occurrences of each term id. */
  termCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, set] of this.#byTerm) out.set(id, set.size);
    return out;
  }

  occurrences(termId: string): ReadonlySet<IndexedTerm> {
    return this.#byTerm.get(termId) ?? EMPTY;
  }

  *terms(): IterableIterator<IndexedTerm> {
    for (const list of this.#byBlock.values()) yield* list;
  }

  get size(): number {
    let n = 0;
    for (const list of this.#byBlock.values()) n += list.length;
    return n;
  }

  clear(): void {
    this.#byBlock.clear();
    this.#byNode = new WeakMap();
    this.#parents = new WeakSet();
    this.#byTerm.clear();
  }
}

/** Document order of two terms; terms in different shadow trees keep a stable but arbitrary order. */
export function compareTerms(a: IndexedTerm, b: IndexedTerm): number {
  if (a === b) return 0;
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const pos = a.startNode.compareDocumentPosition(b.startNode);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** A live Range over a term (for boxes and text), or null when its text changed since the scan. */
export function toLiveRange(doc: Document, term: IndexedTerm): Range | null {
  try {
    const r = doc.createRange();
    r.setStart(term.startNode, term.startOffset);
    r.setEnd(term.endNode, term.endOffset);
    return r;
  } catch {
    // The text changed since the scan; the next slice will fix the index.
    return null;
  }
}
