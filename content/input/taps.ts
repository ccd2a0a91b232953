// Taps on a touch screen. A short touch that did not move, on a term that is not inside a link,
// button, form control or editable text, explains the term; a touch held still for LONG_PRESS_MS on
// a term inside such an element explains it too (a plain tap there does what the page made it for).
// A touch that moves more than TAP_SLOP_PX, or that the browser takes over for scrolling or zooming
// (pointercancel), explains nothing. Every listener is passive: PainLens never prevents a page's
// touches, adds no delay and does not change scrolling or zooming.
import type { ContentLifecycle } from '../ports';
import type { IndexedTerm, TermIndex } from '../term-index';
import { shadowRootsOnPath, termAtPoint } from './hit-test';

export const TAP_SLOP_PX = 10;
export const LONG_PRESS_MS = 500;

export type TapKind = 'tap' | 'long-press';

export interface TapOptions {
  win: Window;
  life: ContentLifecycle;
  index: TermIndex;
  isActive: () => boolean;
  /** PainLens's own UI (the tooltip): taps there are its own business. */
  ownsNode: (node: Node | null) => boolean;
  /** Whether a term can be shown at all (not one on a line too long to paint). */
  canShow?: (term: IndexedTerm) => boolean;
  /** A tap explained `term`, or (null) a tap landed elsewhere on the page. */
  onTap: (term: IndexedTerm | null, point: { x: number; y: number }, kind: TapKind) => void;
}

const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], ' +
  '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], ' +
  '[role="menuitem"], [role="option"], [role="textbox"]';

/** Whether a tap on this element does something of the page's own (follow a link, press, type). */
export function isInteractive(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return el.closest(INTERACTIVE) !== null;
}

interface Touch {
  id: number;
  x: number;
  y: number;
  target: Node | null;
  roots: ShadowRoot[];
  /** The long press fired: the touch's end does nothing more. */
  done: boolean;
  timer: number;
}

export function watchTaps(o: TapOptions): void {
  const { win, life, index } = o;
  const doc = win.document;
  let touch: Touch | null = null;

  const elementOf = (node: Node | null) =>
    node ? (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement) : null;
  const termAt = (t: Touch, x: number, y: number) => {
    const el = elementOf(t.target);
    return el && (index.mayHaveTermsIn(el) || el.shadowRoot) ? termAtPoint(doc, index, x, y, t.roots, o.canShow) : null;
  };
  const end = () => {
    if (touch?.timer) clearTimeout(touch.timer);
    touch = null;
  };
  // Only the reader's own touches: a page script's synthetic events are not trusted.
  const isReaderTouch = (e: PointerEvent) => e.isTrusted && e.pointerType === 'touch' && e.isPrimary;

  const opts = { passive: true, capture: true };
  life.addEventListener(
    win,
    'pointerdown',
    (e) => {
      end();
      if (!isReaderTouch(e) || !o.isActive()) return;
      const path = e.composedPath();
      const target = path[0] instanceof Node ? path[0] : null;
      if (o.ownsNode(target)) return;
      const t: Touch = {
        id: e.pointerId,
        x: e.clientX,
        y: e.clientY,
        target,
        roots: shadowRootsOnPath(path),
        done: false,
        timer: 0,
      };
      touch = t;
      if (isInteractive(elementOf(target))) {
        t.timer = life.setTimeout(() => {
          if (touch !== t) return;
          const term = termAt(t, t.x, t.y);
          if (!term) return;
          t.done = true;
          o.onTap(term, { x: t.x, y: t.y }, 'long-press');
        }, LONG_PRESS_MS);
      }
    },
    opts,
  );
  life.addEventListener(
    win,
    'pointermove',
    (e) => {
      if (touch && e.pointerId === touch.id && Math.hypot(e.clientX - touch.x, e.clientY - touch.y) > TAP_SLOP_PX)
        end();
    },
    opts,
  );
  life.addEventListener(win, 'pointercancel', () => end(), opts);
  life.addEventListener(
    win,
    'pointerup',
    (e) => {
      const t = touch;
      end();
      if (!t || t.done || e.pointerId !== t.id || !isReaderTouch(e) || !o.isActive()) return;
      if (Math.hypot(e.clientX - t.x, e.clientY - t.y) > TAP_SLOP_PX) return;
      if (isInteractive(elementOf(t.target))) return;
      o.onTap(termAt(t, t.x, t.y), { x: t.x, y: t.y }, 'tap');
    },
    opts,
  );
}
