// The one node PainLens adds to a page: <painlens-ui>, with a closed shadow root that holds the
// tooltip card, the mark on the term it explains and the live region. Closed, and the reference
// kept here, so no page script can read what the reader looks at or rewrite what PainLens says
// (security review 2a, 3); the styles are isolated both ways. Anything else that changes the host or
// the root makes the surface tampered (./surface-integrity.ts): the controller then drops it and
// builds a new one. Created only when first needed.
import type { VNode } from 'preact';
import { render } from 'preact';
import tooltipCss from './tooltip.css?inline';
import { HOST_TAG } from '../dom/dom-rules';
import { SurfaceIntegrity } from './surface-integrity';
import { drawMarker, type MarkerBox } from './term-marker';

// Inline !important styles on the host beat any page rule, even `* { all: unset !important }`;
// `all: initial` already gives the rest (no margin, border, padding or background).
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['display', 'block'],
  ['pointer-events', 'none'],
  ['z-index', '2147483647'],
];

type PopoverElement = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

export class TooltipHost {
  readonly host: HTMLElement;
  readonly #shadow: ShadowRoot;
  readonly #mount: HTMLElement;
  readonly #marker: HTMLElement;
  readonly #live: HTMLElement;
  readonly #integrity: SurfaceIntegrity;
  readonly #doc: Document;
  /** Where raise() put the host: anywhere else, a page moved it. */
  #parent: Node | null = null;
  #lowering = false;

  /** `onTamper`: someone else changed the surface. `onDismissed`: the page closed its popover. */
  constructor(doc: Document, onTamper: (why: string) => void, onDismissed: () => void) {
    this.#doc = doc;
    this.host = doc.createElement(HOST_TAG);
    for (const [k, v] of HOST_STYLE) this.host.style.setProperty(k, v, 'important');
    this.host.setAttribute('popover', 'manual');
    this.#shadow = this.host.attachShadow({ mode: 'closed' });
    applyStyles(this.#shadow, doc, tooltipCss);
    this.#marker = doc.createElement('div');
    this.#marker.className = 'marker';
    this.#mount = doc.createElement('div');
    this.#live = doc.createElement('div');
    this.#live.className = 'live';
    this.#live.setAttribute('role', 'status');
    this.#live.setAttribute('aria-live', 'polite');
    this.#shadow.append(this.#marker, this.#mount, this.#live);
    this.#integrity = new SurfaceIntegrity(this.host, this.#shadow, onTamper);
    // Only a trusted toggle is the browser's; a page can dispatch its own on the host.
    this.host.addEventListener('toggle', (e) => {
      const state = (e as Event & { newState?: string }).newState;
      if (e.isTrusted && state === 'closed' && !this.#lowering) onDismissed();
    });
  }

  /** Why the surface is not PainLens's alone any more (changed, moved or detached), or null. */
  get tampered(): string | null {
    const why = this.#integrity.tampered;
    if (why) return why;
    // Put elsewhere by the page (where its styles apply); a detached host is simply put back.
    const parent = this.host.parentNode;
    if (this.#parent && parent !== null && parent !== this.#parent) return 'host moved';
    return null;
  }

  /** The card element, once rendered. */
  get card(): HTMLElement | null {
    return this.#mount.firstElementChild as HTMLElement | null;
  }

  /** Whether the shadow root holds the focus. */
  get hasFocus(): boolean {
    return this.#shadow.activeElement !== null;
  }

  /** Runs a change of PainLens's own to the surface (see SurfaceIntegrity.own). */
  own<T>(change: () => T): T {
    return this.#integrity.own(change);
  }

  render(card: VNode | null): void {
    this.own(() => render(card, this.#mount));
  }

  mark(boxes: readonly MarkerBox[]): void {
    this.own(() => drawMarker(this.#marker, boxes));
  }

  /**
   * Puts the host where it can be seen and used: inside a fullscreen element or an open modal dialog
   * when there is one (outside them it would be hidden or inert), else on <html>; and on top of the
   * top layer, above any dialog or popover the page opened since.
   */
  raise(): void {
    const parent = topLayerParent(this.#doc) ?? this.#doc.documentElement;
    if (this.host.parentNode !== parent) parent.append(this.host);
    this.#parent = parent;
    const pop = this.host as PopoverElement;
    if (typeof pop.showPopover === 'function') {
      this.#lowering = true;
      try {
        if (this.host.matches(':popover-open')) pop.hidePopover?.();
        pop.showPopover();
      } catch {
        // Not connected, or the browser refuses (e.g. during a transition): z-index still applies.
      } finally {
        this.#lowering = false;
      }
    }
  }

  /** Leaves the top layer (the card is gone); the live region stays in the page for announcements. */
  lower(): void {
    const pop = this.host as PopoverElement;
    if (typeof pop.hidePopover !== 'function') return;
    this.#lowering = true;
    try {
      if (this.host.matches(':popover-open')) pop.hidePopover();
    } catch {
      // Already closed by the browser.
    } finally {
      this.#lowering = false;
    }
  }

  /** The root, for the e2e probe only (in the content script's world, which no page can reach). */
  get root(): ShadowRoot {
    return this.#shadow;
  }

  announce(text: string): void {
    this.raise();
    // Clearing first makes screen readers repeat an identical announcement.
    this.own(() => {
      this.#live.textContent = '';
      this.#live.textContent = text;
    });
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.contains(node) || this.#shadow.contains(node));
  }

  remove(): void {
    this.#integrity.disconnect();
    this.own(() => render(null, this.#mount));
    this.host.remove();
  }
}

function topLayerParent(doc: Document): Element | null {
  const fs = doc.fullscreenElement;
  // Replaced elements (video, canvas, iframe) cannot show children.
  if (fs && !/^(video|canvas|iframe|img|embed|object)$/i.test(fs.localName)) return fs;
  try {
    const dialogs = doc.querySelectorAll('dialog[open]');
    for (let i = dialogs.length - 1; i >= 0; i--) {
      const d = dialogs[i]!;
      if (d.matches(':modal')) return d;
    }
  } catch {
    // :modal unsupported: leave the host on <html>.
  }
  return null;
}

function applyStyles(shadow: ShadowRoot, doc: Document, css: string): void {
  // A constructed sheet is not subject to the page's style-src CSP; fall back to <style> where a
  // content-script world cannot adopt sheets.
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
