// Painting waits for the next frame, where the browser draws highlights anyway: one batch of Highlight
// changes a frame costs less than one an idle slice on a page that keeps growing.
import type { IndexChange, IndexedTerm } from '../term-index';
import type { Painter } from './painter';

export class PaintQueue {
  readonly #toPaint = new Set<IndexedTerm>();
  #toUnpaint: IndexedTerm[] = [];
  #queued = false;
  readonly #doc: Document;
  readonly #painter: Painter;
  readonly #requestFrame: (fn: FrameRequestCallback) => number;
  readonly #isActive: () => boolean;

  constructor(
    doc: Document,
    painter: Painter,
    requestFrame: (fn: FrameRequestCallback) => number,
    isActive: () => boolean,
  ) {
    this.#doc = doc;
    this.#painter = painter;
    this.#requestFrame = requestFrame;
    this.#isActive = isActive;
  }

  queue(change: IndexChange): void {
    // A mark found and dropped within one frame is never painted.
    for (const t of change.removed) if (!this.#toPaint.delete(t)) this.#toUnpaint.push(t);
    for (const t of change.added) this.#toPaint.add(t);
    // A hidden page gets no frames: paint now, so it is right when shown.
    if (this.#doc.visibilityState === 'hidden') this.#flush();
    else if (!this.#queued) {
      this.#queued = true;
      this.#requestFrame(() => this.#flush());
    }
  }

  /** Marks whose text changed under them: not painted now, and hidden until read again. */
  hideStale(stale: readonly IndexedTerm[]): void {
    for (const t of stale) this.#toPaint.delete(t);
    this.#painter.hide(stale);
  }

  clear(): void {
    this.#toPaint.clear();
    this.#toUnpaint = [];
  }

  #flush(): void {
    this.#queued = false;
    const change = { added: [...this.#toPaint], removed: this.#toUnpaint };
    this.clear();
    if (this.#isActive()) this.#painter.apply(change);
  }
}
