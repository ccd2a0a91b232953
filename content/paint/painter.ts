// Paints terms with the CSS Custom Highlight API. The page's DOM is never touched: ranges are
// registered in CSS.highlights and styled by ::highlight() rules in the manifest-injected CSS.
//
// Cost: after any change to the DOM, to styles or to a highlight, Chromium rebuilds the markers of
// every registered range in the next frame, so a frame costs time in proportion to the ranges
// registered. Pages with up to WINDOW_THRESHOLD marks register them all; beyond that (a 5 MB page, a
// live feed), or when one element holds more than DENSE_ANCHOR marks (one long unwrapped line: its
// ranges are painted together, and 10,000 of them froze the tab), only the marks within a screen of
// the viewport are registered, following the scroll (content/paint/viewport-window.ts). Marks on an
// unwrapped line too long for any range on it to be cheap are not painted (content/paint/long-lines.ts).
import { compareTerms, type IndexChange, type IndexedTerm, type TermIndex } from '../term-index';
import { LongLines } from './long-lines';
import { anchorOf, DENSE_ANCHOR, ViewportWindow } from './viewport-window';

export const TERM_HIGHLIGHT = 'painlens-term';
/** The same ranges again, for the "background" style (a tint under the dotted underline). */
export const FILL_HIGHLIGHT = 'painlens-term-fill';
/** Above this many marks, only those near the viewport are registered. */
export const WINDOW_THRESHOLD = 1000;

export type HighlightStyle = 'underline' | 'background' | 'off';
export type MentionMode = 'all' | 'first';

export class Painter {
  /** False where the browser has no CSS.highlights: nothing is painted, lookups still work. */
  readonly supported: boolean;
  readonly #terms: Highlight | null;
  #style: HighlightStyle = 'underline';
  #mentions: MentionMode = 'all';
  #firstOf = new Map<string, IndexedTerm>();
  /** Every mark that should be painted (all occurrences, or the first of each term). */
  #wanted = new Set<IndexedTerm>();
  #window: ViewportWindow | null = null;
  #registered = false;
  /** Marks wanted per anchor element, to see when one element holds more than DENSE_ANCHOR. */
  #perAnchor = new Map<Element, number>();
  #denseAnchors = 0;

  readonly #index: TermIndex;
  readonly #lines: Pick<LongLines, 'paintable'>;

  constructor(index: TermIndex, lines: Pick<LongLines, 'paintable'> = new LongLines()) {
    this.#index = index;
    this.#lines = lines;
    this.supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights != null;
    this.#terms = this.supported ? new Highlight() : null;
  }

  configure(style: HighlightStyle, mentions: MentionMode): void {
    const repaint = mentions !== this.#mentions;
    this.#style = style;
    this.#mentions = mentions;
    if (repaint) this.#repaintAll();
    if (this.#registered) this.register();
  }

  /**
   * Starts showing highlights (after a pause, or at start). They enter CSS.highlights only while there
   * is a mark to show: a page with no term sees no PainLens highlight at all (security review 1c).
   */
  register(): void {
    if (!this.supported) return;
    this.#registered = true;
    this.#sync();
  }

  /** Removes every highlight at once. */
  unregister(): void {
    if (!this.supported) return;
    this.#registered = false;
    this.#sync();
  }

  /** Puts the highlights in CSS.highlights, or takes them out, as the style and the marks say. */
  #sync(): void {
    const reg = CSS.highlights;
    const show = this.#registered && this.#wanted.size > 0;
    const own = (name: string) => {
      const h = reg.get(name);
      return h !== undefined && h === this.#terms;
    };
    const put = (name: string, h: Highlight, on: boolean) => {
      if (on) {
        if (reg.get(name) !== h) reg.set(name, h);
      } else if (own(name)) {
        reg.delete(name);
      }
    };
    put(TERM_HIGHLIGHT, this.#terms!, show && this.#style !== 'off');
    put(FILL_HIGHLIGHT, this.#terms!, show && this.#style === 'background');
  }

  apply(change: IndexChange): void {
    if (!this.#terms) return;
    if (this.#mentions === 'all') {
      for (const t of change.removed) this.#unwant(t);
      for (const t of change.added) this.#want(t);
    } else {
      const touched = new Set<string>();
      for (const t of change.removed) touched.add(t.termId);
      for (const t of change.added) touched.add(t.termId);
      for (const id of touched) this.#repaintFirst(id);
    }
    this.#fitWindow();
    if (this.supported) this.#sync();
  }

  /**
   * Stops showing marks whose text changed under them, until the rescan replaces them (they stay
   * in the index meanwhile, so hover and keyboard lookups are not disturbed).
   */
  hide(terms: readonly IndexedTerm[]): void {
    for (const t of terms) this.#terms?.delete(t.range);
  }

  /** False for a term on a line too long to paint (content/paint/long-lines.ts): it is not shown at all. */
  canPaint(term: IndexedTerm): boolean {
    return this.#lines.paintable(term);
  }

  /**
   * The occurrences that are painted (all, or the first of each term), near the viewport or not:
   * never one on a line too long to paint.
   */
  isPainted(term: IndexedTerm): boolean {
    if (!this.#lines.paintable(term)) return false;
    return this.#mentions === 'all' || this.#firstOf.get(term.termId) === term;
  }

  /** True while only the marks near the viewport are registered. */
  get windowed(): boolean {
    return this.#window !== null;
  }

  clear(): void {
    this.#terms?.clear();
    this.#firstOf.clear();
    this.#wanted.clear();
    this.#perAnchor.clear();
    this.#denseAnchors = 0;
    this.#window?.disconnect();
    this.#window = null;
    if (this.supported) this.#sync();
  }

  #count(t: IndexedTerm, by: 1 | -1): void {
    const el = anchorOf(t);
    if (!el) return;
    const before = this.#perAnchor.get(el) ?? 0;
    const after = before + by;
    if (after > 0) this.#perAnchor.set(el, after);
    else this.#perAnchor.delete(el);
    if (before <= DENSE_ANCHOR && after > DENSE_ANCHOR) this.#denseAnchors++;
    else if (before > DENSE_ANCHOR && after <= DENSE_ANCHOR) this.#denseAnchors--;
  }

  #want(t: IndexedTerm): void {
    if (this.#wanted.has(t) || !this.#lines.paintable(t)) return;
    this.#wanted.add(t);
    this.#count(t, 1);
    if (this.#window) this.#window.add(t);
    else this.#terms?.add(t.range);
  }

  #unwant(t: IndexedTerm): void {
    if (!this.#wanted.delete(t)) return;
    this.#count(t, -1);
    this.#terms?.delete(t.range);
    this.#window?.remove(t);
  }

  /** Switches between registering every mark and only those near the viewport. */
  #fitWindow(): void {
    const terms = this.#terms;
    if (!terms) return;
    const n = this.#wanted.size;
    const needed = n > WINDOW_THRESHOLD || this.#denseAnchors > 0;
    if (!this.#window && needed && typeof IntersectionObserver === 'function') {
      const first = this.#wanted.values().next().value;
      const doc = first?.startNode.ownerDocument;
      if (!doc) return;
      terms.clear();
      this.#window = new ViewportWindow(doc, terms);
      for (const t of this.#wanted) this.#window.add(t);
    } else if (this.#window && n <= WINDOW_THRESHOLD / 2 && this.#denseAnchors === 0) {
      // Hysteresis: a page hovering around the threshold does not flip on every change.
      this.#window.disconnect();
      this.#window = null;
      terms.clear();
      for (const t of this.#wanted) terms.add(t.range);
    }
  }

  #repaintFirst(termId: string): void {
    const old = this.#firstOf.get(termId);
    let first: IndexedTerm | undefined;
    for (const t of this.#index.occurrences(termId)) {
      if ((!first || compareTerms(t, first) < 0) && this.#lines.paintable(t)) first = t;
    }
    if (old === first) return;
    if (old) this.#unwant(old);
    if (first) {
      this.#firstOf.set(termId, first);
      this.#want(first);
    } else {
      this.#firstOf.delete(termId);
    }
  }

  #repaintAll(): void {
    this.#terms?.clear();
    this.#firstOf.clear();
    this.#wanted.clear();
    this.#perAnchor.clear();
    this.#denseAnchors = 0;
    this.#window?.disconnect();
    this.#window = null;
    if (this.#mentions === 'all') {
      for (const t of this.#index.terms()) this.#want(t);
    } else {
      for (const id of this.#index.termCounts().keys()) this.#repaintFirst(id);
    }
    this.#fitWindow();
  }
}
