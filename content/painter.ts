// Paints terms with the CSS Custom Highlight API. The page's DOM is never touched: ranges are
// registered in CSS.highlights and styled by ::highlight() rules in the manifest-injected CSS.
//
// Cost: after any change to the DOM, to styles or to a highlight, Chromium rebuilds the markers of
// every registered range in the next frame, so a frame costs time in proportion to the ranges
// registered. Pages with up to WINDOW_THRESHOLD marks register them all; beyond that (a 5 MB page, a
// live feed), only the marks within a screen of the viewport are registered, following the scroll.
import { compareTerms, type IndexChange, type IndexedTerm, type TermIndex } from './term-index';

export const TERM_HIGHLIGHT = 'painlens-term';
/** The same ranges again, for the "background" style (a tint under the dotted underline). */
export const FILL_HIGHLIGHT = 'painlens-term-fill';
/** The term under the pointer or keyboard focus. */
export const ACTIVE_HIGHLIGHT = 'painlens-term-active';
/** Above this many marks, only those near the viewport are registered. */
export const WINDOW_THRESHOLD = 1000;

export type HighlightStyle = 'underline' | 'background' | 'off';
export type MentionMode = 'all' | 'first';

export class Painter {
  /** False where the browser has no CSS.highlights: nothing is painted, lookups still work. */
  readonly supported: boolean;
  readonly #terms: Highlight | null;
  readonly #active: Highlight | null;
  #style: HighlightStyle = 'underline';
  #mentions: MentionMode = 'all';
  #firstOf = new Map<string, IndexedTerm>();
  /** Every mark that should be painted (all occurrences, or the first of each term). */
  #wanted = new Set<IndexedTerm>();
  #window: ViewportWindow | null = null;
  #registered = false;

  readonly #index: TermIndex;

  constructor(index: TermIndex) {
    this.#index = index;
    this.supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights != null;
    this.#terms = this.supported ? new Highlight() : null;
    this.#active = this.supported ? new Highlight() : null;
    if (this.#active) this.#active.priority = 1;
  }

  configure(style: HighlightStyle, mentions: MentionMode): void {
    const repaint = mentions !== this.#mentions;
    this.#style = style;
    this.#mentions = mentions;
    if (repaint) this.#repaintAll();
    if (this.#registered) this.register();
  }

  /** Starts showing highlights (after a pause, or at start). */
  register(): void {
    if (!this.supported) return;
    this.#registered = true;
    const reg = CSS.highlights;
    if (this.#style === 'off') {
      reg.delete(TERM_HIGHLIGHT);
      reg.delete(FILL_HIGHLIGHT);
    } else {
      reg.set(TERM_HIGHLIGHT, this.#terms!);
      if (this.#style === 'background') reg.set(FILL_HIGHLIGHT, this.#terms!);
      else reg.delete(FILL_HIGHLIGHT);
    }
    reg.set(ACTIVE_HIGHLIGHT, this.#active!);
  }

  /** Removes every highlight at once. */
  unregister(): void {
    if (!this.supported) return;
    this.#registered = false;
    for (const name of [TERM_HIGHLIGHT, FILL_HIGHLIGHT, ACTIVE_HIGHLIGHT]) {
      if (CSS.highlights.get(name) === this.#terms || CSS.highlights.get(name) === this.#active)
        CSS.highlights.delete(name);
    }
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
  }

  /**
   * Stops showing marks whose text changed under them, until the rescan replaces them (they stay
   * in the index meanwhile, so hover and keyboard lookups are not disturbed).
   */
  hide(terms: readonly IndexedTerm[]): void {
    for (const t of terms) {
      this.#terms?.delete(t.range);
      this.#active?.delete(t.range);
    }
  }

  setActive(term: IndexedTerm | null): void {
    if (!this.#active) return;
    this.#active.clear();
    if (term) this.#active.add(term.range);
  }

  /** The occurrences that are painted (all, or the first of each term), near the viewport or not. */
  isPainted(term: IndexedTerm): boolean {
    return this.#mentions === 'all' || this.#firstOf.get(term.termId) === term;
  }

  /** True while only the marks near the viewport are registered. */
  get windowed(): boolean {
    return this.#window !== null;
  }

  clear(): void {
    this.#terms?.clear();
    this.#active?.clear();
    this.#firstOf.clear();
    this.#wanted.clear();
    this.#window?.disconnect();
    this.#window = null;
  }

  #want(t: IndexedTerm): void {
    if (this.#wanted.has(t)) return;
    this.#wanted.add(t);
    if (this.#window) this.#window.add(t);
    else this.#terms?.add(t.range);
  }

  #unwant(t: IndexedTerm): void {
    if (!this.#wanted.delete(t)) return;
    this.#terms?.delete(t.range);
    this.#window?.remove(t);
  }

  /** Switches between registering every mark and only those near the viewport. */
  #fitWindow(): void {
    const terms = this.#terms;
    if (!terms) return;
    const n = this.#wanted.size;
    if (!this.#window && n > WINDOW_THRESHOLD && typeof IntersectionObserver === 'function') {
      const first = this.#wanted.values().next().value;
      const doc = first?.startNode.ownerDocument;
      if (!doc) return;
      terms.clear();
      this.#window = new ViewportWindow(doc, terms);
      for (const t of this.#wanted) this.#window.add(t);
    } else if (this.#window && n <= WINDOW_THRESHOLD / 2) {
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
    for (const t of this.#index.occurrences(termId)) if (!first || compareTerms(t, first) < 0) first = t;
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

/**
 * Registers only the marks whose element is within one screen of the viewport, following scrolling
 * and layout through an IntersectionObserver on the marks' parent elements.
 */
class ViewportWindow {
  readonly #byAnchor = new Map<Element, Set<IndexedTerm>>();
  /** Where each mark was filed: its text may move to another parent before it is removed. */
  readonly #anchors = new Map<IndexedTerm, Element>();
  readonly #near = new Set<Element>();
  readonly #observer: IntersectionObserver;

  readonly #highlight: Highlight;

  constructor(doc: Document, highlight: Highlight) {
    this.#highlight = highlight;
    this.#observer = new IntersectionObserver((entries) => this.#update(entries), {
      root: doc,
      rootMargin: '100% 0px',
    });
  }

  add(t: IndexedTerm): void {
    const el = anchorOf(t);
    if (!el) {
      this.#highlight.add(t.range);
      return;
    }
    let set = this.#byAnchor.get(el);
    if (!set) {
      set = new Set();
      this.#byAnchor.set(el, set);
      this.#observer.observe(el);
    }
    set.add(t);
    this.#anchors.set(t, el);
    if (this.#near.has(el)) this.#highlight.add(t.range);
  }

  remove(t: IndexedTerm): void {
    const el = this.#anchors.get(t);
    const set = el ? this.#byAnchor.get(el) : undefined;
    if (!el || !set) return;
    this.#anchors.delete(t);
    set.delete(t);
    if (set.size) return;
    this.#byAnchor.delete(el);
    this.#near.delete(el);
    this.#observer.unobserve(el);
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#byAnchor.clear();
    this.#anchors.clear();
    this.#near.clear();
  }

  #update(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const set = this.#byAnchor.get(e.target);
      if (!set) continue;
      // An element without boxes of its own (display: contents) never intersects: paint it anyway.
      const show = e.isIntersecting || e.target.getClientRects().length === 0;
      if (show === this.#near.has(e.target)) continue;
      if (show) {
        this.#near.add(e.target);
        for (const t of set) this.#highlight.add(t.range);
      } else {
        this.#near.delete(e.target);
        for (const t of set) this.#highlight.delete(t.range);
      }
    }
  }
}

/** The element whose box holds a mark's first text: its parent, or the host of a shadow root. */
function anchorOf(t: IndexedTerm): Element | null {
  const parent = t.startNode.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}
