// The pointer, as the page's events report it: one hit test a frame at most, of the latest move, fed
// to the hover intent. Leaving the window or the document ends the hover. Only the browser's own
// (trusted) events count: a page script's dispatched pointer moves show nothing (security review 4a).
import type { ContentLifecycle, GuardLog } from '../ports';
import type { IndexedTerm, TermIndex } from '../term-index';
import { shadowRootsOnPath, termAtPoint } from './hit-test';
import type { HoverIntent } from './hover-intent';

export interface PointerOptions {
  win: Window;
  life: ContentLifecycle;
  index: TermIndex;
  hover: HoverIntent<IndexedTerm>;
  isActive: () => boolean;
  /** Whether a node is part of PainLens's own UI (the tooltip): no term is under it. */
  ownsNode: (node: Node | null) => boolean;
  /** Whether a term can be shown at all (not one on a line too long to paint). */
  canShow?: (term: IndexedTerm) => boolean;
  /** A term is under the pointer: a chance to start loading what its tooltip needs. */
  onTermUnder?: (term: IndexedTerm) => void;
  /** Told of each untrusted event ignored. */
  guard?: GuardLog;
}

export function watchPointer(o: PointerOptions): void {
  const { win, life, index, hover } = o;
  const doc = win.document;
  let lastMove: PointerEvent | null = null;
  let lastTarget: EventTarget | null = null;
  let lastRoots: ShadowRoot[] = [];
  let framePending = false;

  const process = () => {
    framePending = false;
    const e = lastMove;
    if (!e || !o.isActive()) return;
    const target = lastTarget instanceof Node ? lastTarget : null;
    const overTooltip = o.ownsNode(target);
    let term: IndexedTerm | null = null;
    if (!overTooltip && target) {
      const el = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
      // Cheap test first: only elements that hold matched text can be over a term.
      if (el && (index.mayHaveTermsIn(el) || el.shadowRoot)) {
        term = termAtPoint(doc, index, e.clientX, e.clientY, lastRoots, o.canShow);
      }
    }
    if (term) o.onTermUnder?.(term);
    hover.sample({ x: e.clientX, y: e.clientY, time: e.timeStamp, target: term, overTooltip, buttons: e.buttons });
  };

  life.addEventListener(
    win,
    'pointermove',
    (e) => {
      if (!o.isActive() || e.pointerType === 'touch') return;
      if (!e.isTrusted) {
        o.guard?.refused('pointer:untrusted');
        return;
      }
      lastMove = e;
      const path = e.composedPath();
      lastTarget = path[0] ?? e.target;
      lastRoots = shadowRootsOnPath(path);
      if (framePending) return;
      framePending = true;
      life.requestAnimationFrame(process);
    },
    { passive: true, capture: true },
  );
  life.addEventListener(win, 'blur', (e) => e.isTrusted && hover.leave(), { passive: true });
  // Leaving the document (a frame's edge, the window's): no more pointer moves will come here.
  life.addEventListener(win, 'pointerout', (e) => e.isTrusted && e.relatedTarget === null && hover.leave(), {
    passive: true,
    capture: true,
  });
}
