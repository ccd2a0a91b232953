// Whether a press on the card's buttons comes from the reader, seeing the real card:
// - the event is trusted (a page's dispatchEvent or click() is not);
// - for an action that opens something or changes a setting, the frame has transient user
//   activation (a real click or key press just now);
// - the card has been visible for ARM_DELAY_MS (every button): a press on a card that just appeared under the
//   pointer, or that a page covers, fades or transforms, is refused (clickjacking). Where the browser
//   tracks visibility (IntersectionObserver v2: Chromium), "visible" means unoccluded and unfaded by
//   anything on top or any effect above it; elsewhere (Firefox) it means shown for that long.
// The card carries data-armed while presses are accepted (inside the closed root: for tests).

export const ARM_DELAY_MS = 500;
/** IntersectionObserver v2's minimum. */
const VISIBILITY_DELAY_MS = 100;

export type PressRefusal = 'untrusted' | 'no-activation' | 'not-armed';

interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility?: boolean;
  delay?: number;
}

/** Whether this browser reports entry.isVisible (IntersectionObserver v2). */
export function tracksVisibility(win: Window): boolean {
  const Entry = (win as Window & typeof globalThis).IntersectionObserverEntry;
  return typeof Entry === 'function' && 'isVisible' in Entry.prototype;
}

export class PressGate {
  #visibleSince: number | null = null;
  #observer: IntersectionObserver | null = null;
  #timer = 0;
  #card: HTMLElement | null = null;

  readonly #win: Window;
  readonly #mark: (card: HTMLElement, armed: boolean) => void;

  /** `mark` sets or clears data-armed (through the surface's own(), so it is not taken for tampering). */
  constructor(win: Window, mark: (card: HTMLElement, armed: boolean) => void) {
    this.#win = win;
    this.#mark = mark;
  }

  /** Starts timing a newly shown card. */
  watch(card: HTMLElement): void {
    this.stop();
    this.#card = card;
    if (tracksVisibility(this.#win)) {
      const init: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
      this.#observer = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (last) this.#visible(last.isVisible === true);
      }, init);
      this.#observer.observe(card);
    } else {
      this.#visible(true);
    }
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#win.clearTimeout(this.#timer);
    this.#timer = 0;
    this.#visibleSince = null;
    this.#card = null;
  }

  get armed(): boolean {
    return this.#visibleSince !== null && this.#now() - this.#visibleSince >= ARM_DELAY_MS;
  }

  /** Null when the press is accepted, else why not. */
  check(e: Event, needsActivation: boolean): PressRefusal | null {
    if (!e.isTrusted) return 'untrusted';
    if (needsActivation) {
      const activation = (this.#win.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
      if (activation && !activation.isActive) return 'no-activation';
    }
    // Every button, Close too: a card that appeared under a click already on its way is not pressed.
    if (!this.armed) return 'not-armed';
    return null;
  }

  #visible(visible: boolean): void {
    const card = this.#card;
    if (!card) return;
    this.#win.clearTimeout(this.#timer);
    this.#timer = 0;
    if (!visible) {
      this.#visibleSince = null;
      this.#mark(card, false);
      return;
    }
    if (this.#visibleSince === null) this.#visibleSince = this.#now();
    this.#armWhenDue(card);
  }

  #armWhenDue(card: HTMLElement): void {
    const wait = ARM_DELAY_MS - (this.#now() - this.#visibleSince!);
    if (wait <= 0) {
      this.#mark(card, true);
      return;
    }
    // Timers and performance.now() round differently: check again rather than trust the timer.
    this.#timer = this.#win.setTimeout(() => {
      this.#timer = 0;
      if (this.#card === card && this.#visibleSince !== null) this.#armWhenDue(card);
    }, wait + 1);
  }

  #now(): number {
    return this.#win.performance.now();
  }
}
