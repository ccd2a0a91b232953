// Shows the TermTooltip component beside a term, placed by tooltip-position.ts (flip, shift, on screen).
import { render } from 'preact';
import { TermTooltip } from '@/components/TermTooltip';
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

  readonly #doc: Document;
  readonly #options: TooltipOptions;

  constructor(doc: Document, options: TooltipOptions) {
    this.#doc = doc;
    this.#options = options;
  }

  get term(): IndexedTerm | null {
    return this.#shownTerm;
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
    render(
      <TermTooltip
        titleId={TITLE_ID}
        name={content.name}
        definition={content.definition}
        source={content.source}
        footnote={this.#options.footnote}
        canTurnOffSite={this.#options.canTurnOffSite}
        onMore={() => this.#options.onMore(term.termId)}
        onTurnOffSite={() => this.#options.onTurnOffSite()}
        onClose={() => this.hide()}
      />,
      host.mount,
    );
    const card = host.mount.firstElementChild as HTMLElement | null;
    if (!card) return false;
    const win = this.#doc.defaultView ?? window;
    this.#stopAutoUpdate = followAnchor(win, card, () => placeCard(win, range, card, how.pointer));
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
    const hadFocus = this.#host !== null && this.#host.shadow.activeElement !== null;
    if (this.#host) render(null, this.#host.mount);
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
    if (this.#host) {
      render(null, this.#host.mount);
      this.#host.remove();
    }
    this.#host = null;
    this.#shownTerm = null;
  }

  #ensureHost(): TooltipHost {
    this.#host ??= new TooltipHost(this.#doc);
    return this.#host;
  }
}
