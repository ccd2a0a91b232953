// Hover intent, after Wikipedia's page previews: a tooltip shows once the pointer rests on a term,
// not while the mouse sweeps across text or the user selects; a grace period lets the pointer move
// into the tooltip. DOM-free, so it is tested with fake timers.

export interface PointerSample<T> {
  x: number;
  y: number;
  /** Milliseconds, monotonic. */
  time: number;
  /** The term under the pointer, if any. */
  target: T | null;
  overTooltip: boolean;
  /** Mouse buttons held (selecting or dragging). */
  buttons: number;
}

export interface HoverIntentOptions {
  delayMs: number;
  /** How long the tooltip stays after the pointer leaves, so it can be reached. */
  graceMs: number;
  /** Faster than this, in px/ms, counts as sweeping past. */
  sweepSpeed: number;
  setTimer(fn: () => void, ms: number): () => void;
}

export class HoverIntent<T> {
  #shown: T | null = null;
  #pending: { target: T; cancel: () => void } | null = null;
  #hiding: (() => void) | null = null;
  #last: { x: number; y: number; time: number } | null = null;

  readonly #options: HoverIntentOptions;
  readonly #onShow: (target: T, point: { x: number; y: number }) => void;
  readonly #onHide: () => void;

  constructor(
    options: HoverIntentOptions,
    onShow: (target: T, point: { x: number; y: number }) => void,
    onHide: () => void,
  ) {
    this.#options = options;
    this.#onShow = onShow;
    this.#onHide = onHide;
  }

  setDelay(ms: number): void {
    this.#options.delayMs = ms;
  }

  get current(): T | null {
    return this.#shown;
  }

  sample(s: PointerSample<T>): void {
    const speed = this.#speed(s);
    if (s.buttons !== 0) {
      this.#cancelPending();
      if (this.#shown && !s.overTooltip) this.#hideNow();
      return;
    }
    if (s.overTooltip) {
      this.#cancelPending();
      this.#cancelHiding();
      return;
    }
    if (s.target !== null && s.target === this.#shown) {
      this.#cancelPending();
      this.#cancelHiding();
      return;
    }
    if (this.#shown && !this.#hiding) {
      this.#hiding = this.#options.setTimer(() => this.#hideNow(), this.#options.graceMs);
    }
    if (s.target === null) {
      this.#cancelPending();
      return;
    }
    // While the pointer sweeps fast, the wait starts over: the tooltip needs the pointer to rest.
    if (this.#pending?.target === s.target && speed <= this.#options.sweepSpeed) return;
    this.#cancelPending();
    const target = s.target;
    const point = { x: s.x, y: s.y };
    this.#pending = {
      target,
      cancel: this.#options.setTimer(() => {
        this.#pending = null;
        this.#cancelHiding();
        this.#shown = target;
        this.#onShow(target, point);
      }, this.#options.delayMs),
    };
  }

  /** The pointer left the window or the tooltip was closed some other way. */
  reset(): void {
    this.#cancelPending();
    this.#cancelHiding();
    this.#shown = null;
    this.#last = null;
  }

  /** Starts the grace period now (the pointer left the page, or scrolled away). */
  leave(): void {
    this.#cancelPending();
    if (this.#shown && !this.#hiding)
      this.#hiding = this.#options.setTimer(() => this.#hideNow(), this.#options.graceMs);
  }

  #hideNow(): void {
    this.#cancelHiding();
    this.#shown = null;
    this.#onHide();
  }

  #speed(s: PointerSample<T>): number {
    const prev = this.#last;
    this.#last = { x: s.x, y: s.y, time: s.time };
    if (!prev || s.time <= prev.time) return 0;
    return Math.hypot(s.x - prev.x, s.y - prev.y) / (s.time - prev.time);
  }

  #cancelPending(): void {
    this.#pending?.cancel();
    this.#pending = null;
  }

  #cancelHiding(): void {
    this.#hiding?.();
    this.#hiding = null;
  }
}
