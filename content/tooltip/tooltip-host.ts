// The one node PainLens adds to a page: <painlens-ui>, with an open shadow root that isolates the
// tooltip's styles from the page (and the page's from ours). Created only when first needed.
import tooltipCss from './tooltip.css?inline';
import { HOST_TAG } from '../dom/dom-rules';

// Inline !important styles on the host beat any page rule, even `* { all: unset !important }`.
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['background', 'transparent'],
  ['display', 'block'],
  ['pointer-events', 'none'],
  ['z-index', '2147483647'],
  ['contain', 'none'],
];

export class TooltipHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the tooltip card is rendered. */
  readonly mount: HTMLElement;
  readonly #live: HTMLElement;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
    this.host = doc.createElement(HOST_TAG);
    for (const [k, v] of HOST_STYLE) this.host.style.setProperty(k, v, 'important');
    this.host.setAttribute('popover', 'manual');
    this.shadow = this.host.attachShadow({ mode: 'open' });
    applyStyles(this.shadow, doc, tooltipCss);
    this.mount = doc.createElement('div');
    this.#live = doc.createElement('div');
    this.#live.className = 'live';
    this.#live.setAttribute('role', 'status');
    this.#live.setAttribute('aria-live', 'polite');
    this.shadow.append(this.mount, this.#live);
  }

  /**
   * Puts the host where it can be seen and used: inside a fullscreen element or an open modal dialog
   * when there is one (outside them it would be hidden or inert), else on <html>; and on top of the
   * top layer, above any dialog or popover the page opened since.
   */
  raise(): void {
    const parent = topLayerParent(this.#doc) ?? this.#doc.documentElement;
    if (this.host.parentNode !== parent) parent.append(this.host);
    const pop = this.host as HTMLElement & { showPopover?: () => void; hidePopover?: () => void };
    if (typeof pop.showPopover === 'function') {
      try {
        if (this.host.matches(':popover-open')) pop.hidePopover?.();
        pop.showPopover();
      } catch {
        // Not connected, or the browser refuses (e.g. during a transition): z-index still applies.
      }
    }
  }

  announce(text: string): void {
    this.raise();
    // Clearing first makes screen readers repeat an identical announcement.
    this.#live.textContent = '';
    this.#live.textContent = text;
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.contains(node) || this.shadow.contains(node));
  }

  remove(): void {
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
