// Shows the TermTooltip component beside a term, placed by tooltip-position.ts (flip, shift, on
// screen), in PainLens's closed surface (tooltip-host.ts). A surface someone else changed is never
// shown again: it is dropped and a new one built. The card's buttons act only on presses that pass
// the press gate (press-gate.ts): trusted, with user activation, on a card visible for a while.
import { TermTooltip } from '@/components/TermTooltip';
import type { GuardLog, SurfaceState } from '../ports';
import { PressGate } from './press-gate';
import { markerBoxes } from './term-marker';
import { TooltipHost } from './tooltip-host';
import { followAnchor, placeCard } from './tooltip-position';
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

export class TooltipController {
  #host: TooltipHost | null = null;
  #shownTerm: IndexedTerm | null = null;
  #stopAutoUpdate: (() => void) | null = null;
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
    const id = term.termId;
    host.render(
      <TermTooltip
        titleId={TITLE_ID}
        name={content.name}
        definition={content.definition}
        source={content.source}
        footnote={this.#options.footnote}
        canTurnOffSite={this.#options.canTurnOffSite}
        onMore={(e) => this.#pressed(e, true) && this.#options.onMore(id)}
        onTurnOffSite={(e) => this.#pressed(e, true) && this.#options.onTurnOffSite()}
        onClose={(e) => this.#pressed(e, false) && this.hide()}
      />,
    );
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

  announce(text: string): void {
    this.#ensureHost().announce(text);
  }

  destroy(): void {
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    this.#gate.stop();
    this.#host?.remove();
    this.#host = null;
    this.#shownTerm = null;
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
