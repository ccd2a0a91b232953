// Whether a press on the card's buttons comes from the reader, seeing the real card:
// - the event is trusted (a page's dispatchEvent or click() is not);
// - for an action that opens something or changes a setting, the frame has transient user
//   activation (a real click or key press just now);
// - the card has been visible for ARM_DELAY_MS (every button): a press on a card that just appeared
//   under the pointer, or that a page covers, fades or transforms, is refused (clickjacking). Where
//   the browser tracks visibility (IntersectionObserver v2: Chromium), "visible" means unoccluded and
//   unfaded by anything on top or any effect above it; elsewhere (Firefox) it means shown for that long.

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
  /** Since when the card has been visible without a break (performance.now()), or null. */
  #visibleSince: number | null = null;
  #observer: IntersectionObserver | null = null;

  readonly #win: Window;

  constructor(win: Window) {
    this.#win = win;
  }

  /** Starts timing a newly shown card. */
  watch(card: HTMLElement): void {
    this.stop();
    if (!tracksVisibility(this.#win)) {
      this.#visibleSince = this.#now();
      return;
    }
    const init: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
    this.#observer = new IntersectionObserver((entries) => {
      const visible = (entries[entries.length - 1] as { isVisible?: boolean } | undefined)?.isVisible === true;
      if (!visible) this.#visibleSince = null;
      else this.#visibleSince ??= this.#now();
    }, init);
    this.#observer.observe(card);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#visibleSince = null;
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
    return this.armed ? null : 'not-armed';
  }

  #now(): number {
    return this.#win.performance.now();
  }
}
