// Keyboard navigation through the terms on a page, in reading order.
import { compareTerms, toLiveRange, type IndexedTerm } from '../term-index';

export class TermNavigator {
  #current: IndexedTerm | null = null;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** The next (1) or previous (-1) term from the last one visited, or from the viewport's top. */
  step(terms: Iterable<IndexedTerm>, direction: 1 | -1): { term: IndexedTerm; position: number; total: number } | null {
    const ordered = order(terms);
    if (ordered.length === 0) return null;
    let i: number;
    const cur = this.#current && ordered.indexOf(this.#current) >= 0 ? this.#current : null;
    if (cur) {
      i = (ordered.indexOf(cur) + direction + ordered.length) % ordered.length;
    } else {
      const firstVisible = ordered.findIndex(
        (t) => (toLiveRange(this.#doc, t)?.getBoundingClientRect().bottom ?? -1) >= 0,
      );
      const start = firstVisible < 0 ? 0 : firstVisible;
      i = direction === 1 ? start : (start - 1 + ordered.length) % ordered.length;
    }
    this.#current = ordered[i]!;
    return { term: this.#current, position: i + 1, total: ordered.length };
  }

  /** The next occurrence of one term after the last one visited (wrapping round). */
  nextOf(terms: Iterable<IndexedTerm>, termId: string): { term: IndexedTerm; position: number; total: number } | null {
    const ordered = order(terms).filter((t) => t.termId === termId);
    if (ordered.length === 0) return null;
    const at = this.#current ? ordered.indexOf(this.#current) : -1;
    const i = (at + 1) % ordered.length;
    this.#current = ordered[i]!;
    return { term: this.#current, position: i + 1, total: ordered.length };
  }

  forget(): void {
    this.#current = null;
  }
}

function order(terms: Iterable<IndexedTerm>): IndexedTerm[] {
  return [...terms].filter((t) => t.startNode.isConnected).sort(compareTerms);
}
