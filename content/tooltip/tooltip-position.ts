// Places the tooltip card beside a term: below it, or above when it does not fit below and fits (or
// has more room) above; on the line under the pointer when a term wraps; shifted sideways to stay
// 8 px inside the viewport. That is the offset/inline/flip/shift behaviour of Floating UI, in the few
// lines that a position:fixed card in the top layer needs: every rect is a viewport rect and the
// only clipping box is the viewport. (Floating UI cost 7.7 kB of a script that runs in every frame.)

/** Space between the term and the card. */
const GAP = 6;
/** Space kept between the card and the viewport's edges. */
const PADDING = 8;

export interface Anchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of the term to place against: the line under the pointer, or all of its lines. */
export function referenceBox(anchor: Anchor, pointer?: { x: number; y: number }): Box {
  const lines = Array.from(anchor.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (!lines.length) return anchor.getBoundingClientRect();
  if (pointer) {
    const hit = lines.find(
      (r) => pointer.x >= r.left - 2 && pointer.x <= r.right + 2 && pointer.y >= r.top - 2 && pointer.y <= r.bottom + 2,
    );
    if (hit) return hit;
  }
  const first = lines[0]!;
  return { left: first.left, right: first.right, top: first.top, bottom: lines[lines.length - 1]!.bottom };
}

/** Where the card goes, in viewport coordinates. */
export function placeBox(
  ref: Box,
  card: { width: number; height: number },
  view: { width: number; height: number },
): { x: number; y: number } {
  const below = ref.bottom + GAP;
  const above = ref.top - GAP - card.height;
  const fitsBelow = below + card.height <= view.height - PADDING;
  const fitsAbove = above >= PADDING;
  const roomAbove = ref.top - PADDING;
  const roomBelow = view.height - PADDING - ref.bottom;
  let y = !fitsBelow && (fitsAbove || roomAbove > roomBelow) ? above : below;
  // Room on neither side (a small frame): keep the card inside the viewport, over the term if need be.
  if (!fitsBelow && !fitsAbove) y = Math.max(PADDING, Math.min(y, view.height - PADDING - card.height));
  const x = Math.max(PADDING, Math.min(ref.left, view.width - PADDING - card.width));
  return { x, y };
}

/** Under this width the card is a sheet across the viewport (a phone), not a card beside the term. */
export const SHEET_BELOW_PX = 600;

/**
 * A sheet: the viewport's width less the padding, at the bottom, or at the top when the term sits
 * where the sheet would cover it.
 */
export function placeSheet(
  ref: Box,
  cardHeight: number,
  view: { width: number; height: number },
): { x: number; y: number; width: number } {
  const width = view.width - 2 * PADDING;
  const bottomY = view.height - PADDING - cardHeight;
  const coversTerm = ref.bottom + GAP > bottomY;
  const y = coversTerm ? PADDING : bottomY;
  return { x: PADDING, y: Math.max(PADDING, y), width };
}

/** The layout viewport without scrollbars; in quirks mode <html> is not the viewport. */
function viewportOf(win: Window): { width: number; height: number } {
  const root = win.document.documentElement;
  const standards = win.document.compatMode === 'CSS1Compat' && root.clientWidth > 0;
  return {
    width: standards ? root.clientWidth : win.innerWidth,
    height: standards ? root.clientHeight : win.innerHeight,
  };
}

/** The card's text size at 100% (tooltip.css) and its widest, both scaled by the reader's text size. */
const CARD_FONT_PX = 15;
const CARD_MAX_WIDTH_PX = 340;

export function placeCard(
  win: Window,
  anchor: Anchor,
  card: HTMLElement,
  pointer?: { x: number; y: number },
  textScale = 1,
): void {
  const view = viewportOf(win);
  // Set before measuring: the card's size follows its text.
  card.style.fontSize = textScale === 1 ? '' : `${CARD_FONT_PX * textScale}px`;
  if (view.width < SHEET_BELOW_PX) {
    card.style.maxWidth = 'none';
    card.dataset.sheet = '';
    const sheet = placeSheet(referenceBox(anchor, pointer), card.offsetHeight, view);
    card.style.width = `${Math.round(sheet.width)}px`;
    card.style.left = `${Math.round(sheet.x)}px`;
    card.style.top = `${Math.round(sheet.y)}px`;
    return;
  }
  delete card.dataset.sheet;
  card.style.width = '';
  card.style.maxWidth =
    textScale === 1 ? '' : `min(${Math.round(CARD_MAX_WIDTH_PX * textScale)}px, calc(100vw - 16px))`;
  const { x, y } = placeBox(
    referenceBox(anchor, pointer),
    { width: card.offsetWidth, height: card.offsetHeight },
    viewportOf(win),
  );
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
