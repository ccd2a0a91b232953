// Notices when anything but PainLens changes its in-page surface: the <painlens-ui> host's style or
// attributes, a child put into the host, or anything inside the (closed) shadow root. A page cannot
// reach the shadow root, but it can restyle or re-attribute the host (an invisible card over a lure,
// a card hidden from screen readers), and another extension or a compromised renderer could reach
// further. PainLens's own changes are made inside own(), which drops their records at once; any
// record left is foreign, and the surface is then tampered for good (the caller builds a new one).

/** Attributes another tool may add to every element without changing what a reader sees or clicks. */
const HARMLESS_ATTRIBUTE = /^data-/;

export class SurfaceIntegrity {
  #tampered: string | null = null;
  /** Inside own(): nested calls make one change. */
  #owning = false;
  readonly #observers: MutationObserver[];
  readonly #host: HTMLElement;
  /** The host's inline style as PainLens set it: any other is someone else's. */
  readonly #style: string;
  readonly #onTamper: (why: string) => void;

  constructor(host: HTMLElement, shadow: ShadowRoot, onTamper: (why: string) => void) {
    this.#host = host;
    this.#onTamper = onTamper;
    this.#style = host.style.cssText;
    const hostWatch = new MutationObserver((records) => this.#judge(records));
    hostWatch.observe(host, { attributes: true, attributeOldValue: true, childList: true });
    const shadowWatch = new MutationObserver((records) => this.#judge(records));
    shadowWatch.observe(shadow, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#observers = [hostWatch, shadowWatch];
  }

  /** Why the surface was changed by someone else, or null while it is only PainLens's. */
  get tampered(): string | null {
    this.#judge(this.#observers.flatMap((o) => o.takeRecords()));
    return this.#tampered;
  }

  /**
   * Runs PainLens's own changes. Records pending from before are judged first (a page script can
   * change the host and then dispatch an event that reaches PainLens in the same task), then the
   * records of these changes are dropped.
   */
  own<T>(change: () => T): T {
    if (this.#owning) return change();
    this.#judge(this.#observers.flatMap((o) => o.takeRecords()));
    this.#owning = true;
    try {
      return change();
    } finally {
      this.#owning = false;
      for (const o of this.#observers) o.takeRecords();
    }
  }

  disconnect(): void {
    for (const o of this.#observers) o.disconnect();
  }

  #judge(records: MutationRecord[]): void {
    if (this.#tampered) return;
    for (const r of records) {
      const why = this.#foreign(r);
      if (why) {
        this.#tampered = why;
        this.disconnect();
        this.#onTamper(why);
        return;
      }
    }
  }

  #foreign(r: MutationRecord): string | null {
    if (r.target !== this.#host) return `shadow root ${r.type}`;
    if (r.type === 'childList') return 'host children';
    const name = r.attributeName ?? '';
    if (name === 'style') return this.#host.style.cssText === this.#style ? null : 'host style';
    return HARMLESS_ATTRIBUTE.test(name) ? null : `host attribute ${name}`;
  }
}
