// Places the tooltip card beside a term with Floating UI's core middleware (offset, inline, flip,
// shift) on a small platform of our own. The card is position:fixed in the top layer, so every rect
// is a viewport rect and the only clipping box is the viewport: @floating-ui/dom's general platform
// (offset parents, clipping ancestors, transforms, about 10 kB) is dead weight in a script that runs
// in every frame of every page.
import { computePosition, flip, inline, offset, shift, type Platform, type Rect } from '@floating-ui/core';

export interface Anchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

function toRect(r: { left: number; top: number; width: number; height: number }): Rect {
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

function size(el: HTMLElement): { width: number; height: number } {
  return { width: el.offsetWidth, height: el.offsetHeight };
}

function viewportPlatform(win: Window): Platform {
  return {
    getElementRects: ({ reference, floating }) => ({
      reference: toRect((reference as Anchor).getBoundingClientRect()),
      floating: { x: 0, y: 0, ...size(floating as HTMLElement) },
    }),
    getClippingRect: () => {
      // The layout viewport without scrollbars; in quirks mode <html> is not the viewport.
      const root = win.document.documentElement;
      const standards = win.document.compatMode === 'CSS1Compat' && root.clientWidth > 0;
      return {
        x: 0,
        y: 0,
        width: standards ? root.clientWidth : win.innerWidth,
        height: standards ? root.clientHeight : win.innerHeight,
      };
    },
    getDimensions: (el) => size(el as HTMLElement),
    getClientRects: (reference) => Array.from((reference as Anchor).getClientRects()),
  };
}

/** Places `card` below the anchor (above when there is no room), kept 8 px inside the viewport. */
export async function placeCard(
  win: Window,
  anchor: Anchor,
  card: HTMLElement,
  pointer?: { x: number; y: number },
): Promise<void> {
  const { x, y } = await computePosition(anchor, card, {
    platform: viewportPlatform(win),
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(6), inline(pointer), flip({ padding: 8 }), shift({ padding: 8 })],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}

/**
 * Re-places the card when anything scrolls, the window resizes or the card changes size, at most
 * once a frame. Returns the function that stops it.
 */
export function followAnchor(win: Window, card: HTMLElement, place: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame) {
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    }
  };
  const opts = { capture: true, passive: true };
  // Scroll events do not bubble, but a capturing listener on the window sees every scroller's.
  win.addEventListener('scroll', schedule, opts);
  win.addEventListener('resize', schedule, opts);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  observer?.observe(card);
  place();
  return () => {
    win.removeEventListener('scroll', schedule, opts);
    win.removeEventListener('resize', schedule, opts);
    observer?.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
  };
}
