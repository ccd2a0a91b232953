// Registers only the marks near the viewport (see the cost note in painter.ts). Marks are filed by
// their anchor element, watched by an IntersectionObserver with a margin of one screen. An anchor that
// holds more than DENSE_ANCHOR marks (a long unwrapped line, a log view) is windowed again by the
// position of each mark: of its marks, only those within a screen of the viewport are registered,
// found by binary search over their boxes in document order, and found again after scrolling.
// The search reads one box at a time in idle time, and stops for the next idle period when the
// current one runs out: a box in a long line is slow to read (content/long-lines.ts).
import { compareTerms, type IndexedTerm } from '../term-index';

/** An element holding more marks than this is windowed by the position of each mark. */
export const DENSE_ANCHOR = 200;
/** At most this many of one dense element's marks are registered at a time. */
export const DENSE_MAX = 400;
/** Without requestIdleCallback, the search reads boxes for this long per animation frame. */
const FRAME_BUDGET_MS = 8;

export class ViewportWindow {
  readonly #byAnchor = new Map<Element, Set<IndexedTerm>>();
  /** Where each mark was filed: its text may move to another parent before it is removed. */
  readonly #anchors = new Map<IndexedTerm, Element>();
  readonly #near = new Set<Element>();
  readonly #observer: IntersectionObserver;
  readonly #highlight: Highlight;
  readonly #doc: Document;
  /** Dense anchors near the viewport, and the marks of each registered now. */
  readonly #dense = new Map<Element, IndexedTerm[]>();
  #framePending = false;
  /** The search under way, one box read a step, and whether the marks or the view changed since it began. */
  #job: Generator<void, void> | null = null;
  #again = false;
  readonly #onScroll = () => this.#refreshSoon();

  constructor(doc: Document, highlight: Highlight) {
    this.#doc = doc;
    this.#highlight = highlight;
    this.#observer = new IntersectionObserver((entries) => this.#update(entries), {
      root: doc,
      // Horizontally unbounded: a line's text overflows its element's box (a `pre` as wide as the
      // window holds a line 100,000 px long), so only the vertical band decides; the search of a dense
      // element's marks (nearMarks) then finds those near the view along the line.
      rootMargin: '100% 1000000px',
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
    if (!this.#near.has(el)) return;
    if (set.size > DENSE_ANCHOR) this.#refreshSoon();
    else this.#highlight.add(t.range);
  }

  remove(t: IndexedTerm): void {
    const el = this.#anchors.get(t);
    const set = el ? this.#byAnchor.get(el) : undefined;
    if (!el || !set) return;
    this.#anchors.delete(t);
    set.delete(t);
    this.#highlight.delete(t.range);
    if (this.#dense.has(el)) this.#refreshSoon();
    if (set.size) return;
    this.#byAnchor.delete(el);
    this.#near.delete(el);
    this.#dense.delete(el);
    this.#observer.unobserve(el);
  }

  disconnect(): void {
    this.#job = null;
    this.#again = false;
    this.#observer.disconnect();
    this.#byAnchor.clear();
    this.#anchors.clear();
    this.#near.clear();
    this.#dense.clear();
    this.#doc.removeEventListener('scroll', this.#onScroll, { capture: true });
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
        if (set.size > DENSE_ANCHOR) this.#refreshSoon();
        else for (const t of set) this.#highlight.add(t.range);
      } else {
        this.#near.delete(e.target);
        for (const t of set) this.#highlight.delete(t.range);
        this.#dense.delete(e.target);
      }
    }
  }

  /**
   * Windows the dense anchors again soon (scrolling, or their marks changed): when the browser is idle,
   * after it has laid the page out, so reading the marks' boxes costs no layout of its own. (In an
   * animation frame it forced the first layout of a 2 MB line into PainLens's task: 587 ms.) A search
   * under way finishes first and then runs once more, so a long scroll still registers marks as it
   * goes. Marks within a screen of the viewport are registered already: a short scroll shows no gap.
   */
  #refreshSoon(): void {
    if (this.#job) this.#again = true;
    else this.#job = this.#refreshDense();
    this.#runSoon();
  }

  #runSoon(): void {
    if (this.#framePending) return;
    this.#framePending = true;
    const run = (deadline?: IdleDeadline) => {
      this.#framePending = false;
      const job = this.#job;
      if (!job) return;
      const start = performance.now();
      const more = deadline ? () => deadline.timeRemaining() > 0 : () => performance.now() - start < FRAME_BUDGET_MS;
      // At least one step a period, so a busy page still gets its marks.
      let done = false;
      do done = job.next().done === true;
      while (!done && this.#job === job && more());
      if (done && this.#job === job) {
        this.#job = this.#again ? this.#refreshDense() : null;
        this.#again = false;
      }
      if (this.#job) this.#runSoon();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 200 });
    else requestAnimationFrame(() => run());
  }

  *#refreshDense(): Generator<void, void> {
    let any = false;
    for (const el of this.#near) {
      const set = this.#byAnchor.get(el);
      if (!set || set.size <= DENSE_ANCHOR) continue;
      any = true;
      const next = yield* nearMarkSteps([...set].sort(compareTerms), this.#doc);
      // Between steps the marks may have changed: register only those still filed near the viewport.
      if (!this.#near.has(el) || this.#byAnchor.get(el) !== set) continue;
      const current = next.filter((t) => set.has(t));
      const keep = new Set(current);
      for (const t of this.#dense.get(el) ?? []) if (!keep.has(t)) this.#highlight.delete(t.range);
      for (const t of current) this.#highlight.add(t.range);
      this.#dense.set(el, current);
    }
    if (any) this.#doc.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    else this.#doc.removeEventListener('scroll', this.#onScroll, { capture: true });
  }
}

/**
 * The marks (in document order) whose boxes are within one screen of the viewport, at most DENSE_MAX.
 * In document order, boxes go down the lines, and along each line: a mark is before the window when it
 * ends above it, or on a line within it but left of it (a long unwrapped line scrolled sideways).
 */
export function nearMarks(sorted: readonly IndexedTerm[], doc: Document): IndexedTerm[] {
  const steps = nearMarkSteps(sorted, doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** nearMarks, pausing after each box it reads. */
export function* nearMarkSteps(sorted: readonly IndexedTerm[], doc: Document): Generator<void, IndexedTerm[]> {
  const view = doc.defaultView;
  const w = view?.innerWidth ?? 0;
  const h = view?.innerHeight ?? 0;
  const range = doc.createRange();
  const place = (t: IndexedTerm): -1 | 0 | 1 => {
    range.setStart(t.startNode, t.startOffset);
    range.setEnd(t.endNode, t.endOffset);
    const r = range.getBoundingClientRect();
    if (r.bottom < -h || (r.top <= 2 * h && r.right < -w)) return -1;
    if (r.top > 2 * h || (r.bottom >= -h && r.left > 2 * w)) return 1;
    return 0;
  };
  // The first mark not before the window, then the first after it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = place(sorted[mid]!);
    yield;
    if (p < 0) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = place(sorted[mid]!);
    yield;
    if (p <= 0) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(from, Math.min(lo, from + DENSE_MAX));
}

/** The element whose box holds a mark's first text: its parent, or the host of a shadow root. */
export function anchorOf(t: IndexedTerm): Element | null {
  const parent = t.startNode.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}
