// Shows the TermTooltip component beside a term, placed by tooltip-position.ts (flip, shift, on
// screen), in PainLens's closed surface (tooltip-host.ts). A surface someone else changed is never
// shown again: it is dropped and a new one built. The card's buttons act only on presses that pass
// the press gate (press-gate.ts): trusted, with user activation, on a card visible for a while.
import { TermTooltip } from '@/components/TermTooltip';
import type { GuardLog, SurfaceState } from '../ports';
import { PressGate } from './press-gate';
import { markerBoxes } from './term-marker';
import { TooltipHost } from './tooltip-host';
import { followAnchor, placeCard, SHEET_BELOW_PX } from './tooltip-position';
import { toLiveRange, type IndexedTerm } from '../term-index';

export interface TooltipContent {
  name: string;
  definition: string;
  source: string | null;
}

export interface TooltipOptions {
  lookup(termId: string): TooltipContent | null;
  footnote: string;
  canTurnOffSite: boolean;
  onMore(termId: string): void;
  /** "Ask my doctor about this word": resolves with the note to show in the card. */
  onKeep(termId: string): Promise<string>;
  onTurnOffSite(): void;
  /** Called whenever the tooltip closes, whatever closed it. */
  onClosed(): void;
  /** The reader's text size (Settings) as a factor, 1 to 2. */
  textScale?(): number;
  /** The reader asked for high contrast. */
  highContrast?(): boolean;
  /** Told of every refused press and every tampered surface. */
  guard?: GuardLog;
}

export interface ShowOptions {
  /** Where the pointer rests, to pick the right line of a term that wraps. */
  pointer?: { x: number; y: number };
  /** Move keyboard focus into the tooltip (keyboard navigation). */
  focus?: boolean;
}

const TITLE_ID = 'painlens-tooltip-title';

/** The browser's close requests (Android's Back, Escape): CloseWatcher, where it exists. */
interface CloseWatcherLike extends EventTarget {
  destroy(): void;
}
type CloseWatcherClass = new () => CloseWatcherLike;

export class TooltipController {
  #host: TooltipHost | null = null;
  #shownTerm: IndexedTerm | null = null;
  #stopAutoUpdate: (() => void) | null = null;
  #closeWatcher: CloseWatcherLike | null = null;
  #returnFocus: Element | null = null;
  #shownCount = 0;
  #lastShownAt = 0;
  readonly #history: string[] = [];

  readonly #doc: Document;
  readonly #win: Window;
  readonly #options: TooltipOptions;
  readonly #gate: PressGate;

  constructor(doc: Document, options: TooltipOptions) {
    this.#doc = doc;
    this.#win = doc.defaultView ?? window;
    this.#options = options;
    this.#gate = new PressGate(this.#win);
  }

  get term(): IndexedTerm | null {
    return this.#shownTerm;
  }

  /** The closed surface, for the e2e probe only. */
  surface(): SurfaceState {
    return {
      root: this.#host?.root ?? null,
      termId: this.#shownTerm?.termId ?? null,
      armed: this.#gate.armed,
      closeWatch: this.#closeWatcher !== null,
      shown: this.#shownCount,
      lastShownAt: this.#lastShownAt,
      history: this.#history,
    };
  }

  /** Whether a node (an event target) belongs to PainLens's own UI. */
  owns(node: Node | null): boolean {
    return this.#host?.contains(node) ?? false;
  }

  show(term: IndexedTerm, how: ShowOptions = {}): boolean {
    const content = this.#options.lookup(term.termId);
    const range = toLiveRange(this.#doc, term);
    if (!content || !range) return false;
    const host = this.#ensureHost();
    host.raise();
    this.#stopAutoUpdate?.();
    this.#shownTerm = term;
    this.#render(host, term, content, null);
    const card = host.card;
    // Changed under us between the check and now (a page reacting to the host's insertion): no card.
    if (!card || host.tampered) {
      this.#shownTerm = null;
      this.#dropHost();
      return false;
    }
    this.#stopAutoUpdate = followAnchor(this.#win, card, () =>
      host.own(() => {
        placeCard(this.#win, range, card, how.pointer, this.#options.textScale?.() ?? 1);
        if (this.#options.highContrast?.()) card.dataset.contrast = 'more';
        else delete card.dataset.contrast;
        host.mark(markerBoxes(Array.from(range.getClientRects())));
      }),
    );
    this.#gate.watch(card);
    this.#watchCloseRequests();
    this.#shownCount++;
    this.#lastShownAt = this.#win.performance.now();
    this.#history.push(content.name);
    if (this.#history.length > 50) this.#history.shift();
    if (how.focus) {
      const active = this.#doc.activeElement;
      if (!this.owns(active)) this.#returnFocus = active;
      card.focus({ preventScroll: true });
    }
    return true;
  }

  hide(): void {
    if (!this.#shownTerm) return;
    this.#shownTerm = null;
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    this.#unwatchCloseRequests();
    this.#gate.stop();
    const host = this.#host;
    const hadFocus = host?.hasFocus ?? false;
    if (host) {
      host.render(null);
      host.mark([]);
      host.lower();
    }
    if (hadFocus && this.#returnFocus instanceof HTMLElement && this.#returnFocus.isConnected) {
      this.#returnFocus.focus({ preventScroll: true });
    }
    this.#returnFocus = null;
    this.#options.onClosed();
  }

  /** Draws the card for `term`; `keepNote` once its word was kept. */
  #render(host: TooltipHost, term: IndexedTerm, content: TooltipContent, keepNote: string | null): void {
    const id = term.termId;
    const keep = (e: MouseEvent) => {
      if (!this.#pressed(e, true)) return;
      void this.#options.onKeep(id).then((note) => {
        // Still the same card on a surface nobody changed: show where the word went, and say it.
        if (this.#shownTerm !== term || this.#host !== host || host.tampered) return;
        this.#render(host, term, content, note);
        host.announce(note);
      });
    };
    host.render(
      <TermTooltip
        titleId={TITLE_ID}
        name={content.name}
        definition={content.definition}
        source={content.source}
        footnote={this.#options.footnote}
        canTurnOffSite={this.#options.canTurnOffSite}
        onMore={(e) => this.#pressed(e, true) && this.#options.onMore(id)}
        onKeep={keep}
        keepNote={keepNote}
        onTurnOffSite={(e) => this.#pressed(e, true) && this.#options.onTurnOffSite()}
        onClose={(e) => this.#pressed(e, false) && this.hide()}
      />,
    );
  }

  announce(text: string): void {
    this.#ensureHost().announce(text);
  }

  destroy(): void {
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    this.#unwatchCloseRequests();
    this.#gate.stop();
    this.#host?.remove();
    this.#host = null;
    this.#shownTerm = null;
  }

  /**
   * On a phone (the card is a sheet) Back should close the sheet, not leave the page. The browser's
   * CloseWatcher gives exactly that without touching the page's history (a pushState would add an
   * entry the page can see and the reader must step past). Where there is none (Firefox today), a
   * tap elsewhere, Close and Escape still close it.
   */
  #watchCloseRequests(): void {
    const Watcher = (this.#win as unknown as { CloseWatcher?: CloseWatcherClass }).CloseWatcher;
    if (typeof Watcher !== 'function' || this.#win.innerWidth >= SHEET_BELOW_PX) return;
    this.#unwatchCloseRequests();
    try {
      const watcher = new Watcher();
      watcher.addEventListener('close', () => {
        if (this.#closeWatcher !== watcher) return;
        this.#closeWatcher = null;
        this.hide();
      });
      this.#closeWatcher = watcher;
    } catch {
      // Refused (a detached document): the other ways to close still work.
    }
  }

  #unwatchCloseRequests(): void {
    const watcher = this.#closeWatcher;
    this.#closeWatcher = null;
    watcher?.destroy();
  }

  /** Whether a press on a card button may act (see press-gate.ts); refused presses are logged. */
  #pressed(e: Event, needsActivation: boolean): boolean {
    const why = this.#host?.tampered ? 'tampered' : this.#gate.check(e, needsActivation);
    if (why) this.#options.guard?.refused(`press:${why}`);
    return why === null;
  }

  #ensureHost(): TooltipHost {
    if (this.#host?.tampered) this.#dropHost();
    this.#host ??= new TooltipHost(
      this.#doc,
      (why) => this.#onTamper(why),
      () => this.hide(),
    );
    return this.#host;
  }

  #onTamper(why: string): void {
    this.#options.guard?.tampered(why);
    // Nothing of a changed surface is shown or acted on: the card goes now, the host with it.
    if (this.#shownTerm) this.hide();
    this.#dropHost();
  }

  #dropHost(): void {
    const host = this.#host;
    this.#host = null;
    this.#gate.stop();
    host?.remove();
  }
}
