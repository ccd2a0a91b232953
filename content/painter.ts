// Paints terms with the CSS Custom Highlight API. The page's DOM is never touched: ranges are
// registered in CSS.highlights and styled by ::highlight() rules in the manifest-injected CSS.
import { compareTerms, type IndexChange, type IndexedTerm, type TermIndex } from './term-index';

export const TERM_HIGHLIGHT = 'painlens-term';
/** The same ranges again, for the "background" style (a tint under the dotted underline). */
export const FILL_HIGHLIGHT = 'painlens-term-fill';
/** The term under the pointer or keyboard focus. */
export const ACTIVE_HIGHLIGHT = 'painlens-term-active';

export type HighlightStyle = 'underline' | 'background' | 'off';
export type MentionMode = 'all' | 'first';

export class Painter {
  /** False where the browser has no CSS.highlights: nothing is painted, lookups still work. */
  readonly supported: boolean;
  private readonly terms: Highlight | null;
  private readonly active: Highlight | null;
  private style: HighlightStyle = 'underline';
  private mentions: MentionMode = 'all';
  private firstOf = new Map<string, IndexedTerm>();
  private registered = false;

  constructor(private readonly index: TermIndex) {
    this.supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights != null;
    this.terms = this.supported ? new Highlight() : null;
    this.active = this.supported ? new Highlight() : null;
    if (this.active) this.active.priority = 1;
  }

  configure(style: HighlightStyle, mentions: MentionMode): void {
    const repaint = mentions !== this.mentions;
    this.style = style;
    this.mentions = mentions;
    if (repaint) this.repaintAll();
    if (this.registered) this.register();
  }

  /** Starts showing highlights (after a pause, or at start). */
  register(): void {
    if (!this.supported) return;
    this.registered = true;
    const reg = CSS.highlights;
    if (this.style === 'off') {
      reg.delete(TERM_HIGHLIGHT);
      reg.delete(FILL_HIGHLIGHT);
    } else {
      reg.set(TERM_HIGHLIGHT, this.terms!);
      if (this.style === 'background') reg.set(FILL_HIGHLIGHT, this.terms!);
      else reg.delete(FILL_HIGHLIGHT);
    }
    reg.set(ACTIVE_HIGHLIGHT, this.active!);
  }

  /** Removes every highlight at once. */
  unregister(): void {
    if (!this.supported) return;
    this.registered = false;
    for (const name of [TERM_HIGHLIGHT, FILL_HIGHLIGHT, ACTIVE_HIGHLIGHT]) {
      if (CSS.highlights.get(name) === this.terms || CSS.highlights.get(name) === this.active)
        CSS.highlights.delete(name);
    }
  }

  apply(change: IndexChange): void {
    if (!this.terms) return;
    if (this.mentions === 'all') {
      for (const t of change.removed) this.terms.delete(t.range);
      for (const t of change.added) this.terms.add(t.range);
      return;
    }
    const touched = new Set<string>();
    for (const t of change.removed) touched.add(t.termId);
    for (const t of change.added) touched.add(t.termId);
    for (const id of touched) this.repaintFirst(id);
  }

  setActive(term: IndexedTerm | null): void {
    if (!this.active) return;
    this.active.clear();
    if (term) this.active.add(term.range);
  }

  /** The occurrences that are painted (all, or the first of each term). */
  isPainted(term: IndexedTerm): boolean {
    return this.mentions === 'all' || this.firstOf.get(term.termId) === term;
  }

  clear(): void {
    this.terms?.clear();
    this.active?.clear();
    this.firstOf.clear();
  }

  private repaintFirst(termId: string): void {
    const old = this.firstOf.get(termId);
    let first: IndexedTerm | undefined;
    for (const t of this.index.occurrences(termId)) if (!first || compareTerms(t, first) < 0) first = t;
    if (old === first) return;
    if (old) this.terms?.delete(old.range);
    if (first) {
      this.firstOf.set(termId, first);
      this.terms?.add(first.range);
    } else {
      this.firstOf.delete(termId);
    }
  }

  private repaintAll(): void {
    this.terms?.clear();
    this.firstOf.clear();
    if (this.mentions === 'all') {
      for (const t of this.index.terms()) this.terms?.add(t.range);
    } else {
      for (const id of this.index.termCounts().keys()) this.repaintFirst(id);
    }
  }
}
