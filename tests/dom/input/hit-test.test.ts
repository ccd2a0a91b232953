// Hit testing gets the shadow roots of the pointer event's own path, not every root on the page.
import { afterEach, describe, expect, it } from 'vitest';
import { shadowRootsOnPath, termAtPoint } from '@/content/input/hit-test';
import type { HoverIntent } from '@/content/input/hover-intent';
import { watchPointer } from '@/content/input/pointer';
import type { ContentLifecycle } from '@/content/ports';
import { TermIndex as Index, type IndexedTerm, type TermIndex } from '@/content/term-index';
import { trusted } from '../support/closed-surface';
import { installStaticRange, mount, restoreGlobals } from '../support/dom-fakes';

afterEach(() => document.body.replaceChildren());

describe('shadowRootsOnPath', () => {
  it('keeps the shadow roots of an event path, innermost first, and nothing else', () => {
    const outer = mount('<div id="host"></div>').querySelector('#host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<span id="inner"></span>';
    const inner = outer.querySelector('#inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>text</b>';
    const b = inner.querySelector('b')!;
    let path: EventTarget[] = [];
    window.addEventListener('pointermove', (e) => (path = e.composedPath()), { once: true, capture: true });
    b.dispatchEvent(new Event('pointermove', { bubbles: true, composed: true }));
    expect(shadowRootsOnPath(path)).toEqual([inner, outer]);
    expect(shadowRootsOnPath([document.body, window])).toEqual([]);
  });
});

describe('hit-testing on a page with 20,000 shadow roots (security review 6c)', () => {
  it('passes the caret API only the roots on the event path, once a frame, whatever the page holds', () => {
    const box = mount('<div id="box"></div>').querySelector('#box')!;
    const roots: ShadowRoot[] = [];
    for (let i = 0; i < 20_000; i++) {
      const host = document.createElement('span');
      box.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.append(Object.assign(document.createElement('em'), { textContent: `ketamine ${i}` }));
      roots.push(root);
    }
    // Each call and every root it was given, counted (the caret API's cost grows with the roots).
    const calls: number[] = [];
    const doc = document as Document & { caretPositionFromPoint?: unknown };
    const had = Object.getOwnPropertyDescriptor(doc, 'caretPositionFromPoint');
    doc.caretPositionFromPoint = (_x: number, _y: number, options?: { shadowRoots?: ShadowRoot[] }) => {
      calls.push(options?.shadowRoots?.length ?? 0);
      return null;
    };
    const frames: FrameRequestCallback[] = [];
    const refused: string[] = [];
    const life: ContentLifecycle = {
      requestIdleCallback: () => 0,
      setTimeout: () => 0,
      requestAnimationFrame: (fn) => frames.push(fn),
      addEventListener: (target, type, listener, options) =>
        target.addEventListener(type, listener as EventListener, options),
      onInvalidated: () => {},
    };
    watchPointer({
      win: window,
      life,
      index: { mayHaveTermsIn: () => true } as unknown as TermIndex,
      hover: { sample: () => {}, leave: () => {}, reset: () => {} } as unknown as HoverIntent<IndexedTerm>,
      isActive: () => true,
      ownsNode: () => false,
      guard: { refused: (kind) => refused.push(kind), tampered: () => {} },
    });
    const move = (root: ShadowRoot, trustedEvent: boolean) => {
      const e = new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 5, clientY: 5 });
      root.querySelector('em')!.dispatchEvent(trustedEvent ? trusted(e) : e);
    };
    try {
      // Ten moves in one frame, over roots far apart in the page: one hit test, with one root.
      for (let i = 0; i < 10; i++) move(roots[i * 1999]!, true);
      for (const fn of frames.splice(0)) fn(0);
      expect(calls).toEqual([1]);
      // A hundred frames more: a hundred calls, each with the one root the event came through.
      for (let i = 0; i < 100; i++) {
        move(roots[(i * 7919) % roots.length]!, true);
        for (const fn of frames.splice(0)) fn(0);
      }
      expect(calls).toHaveLength(101);
      expect(calls.reduce((a, b) => a + b, 0)).toBe(101);
      // A page's own dispatched moves cost no hit test at all.
      for (let i = 0; i < 50; i++) move(roots[i]!, false);
      expect(frames).toHaveLength(0);
      expect(calls).toHaveLength(101);
      expect(refused).toHaveLength(50);
    } finally {
      if (had) Object.defineProperty(doc, 'caretPositionFromPoint', had);
      else delete (doc as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    }
    // Building 20,000 roots in happy-dom is slow on a loaded machine; nothing here is timed.
  }, 120_000);
});

describe('termAtPoint and terms that are not shown', () => {
  afterEach(() => restoreGlobals());

  it('a term canShow refuses is not under the pointer, and its boxes are never read', () => {
    installStaticRange();
    const p = mount('<p>ketamine</p>').querySelector('p')!;
    const node = p.firstChild as Text;
    const index = new Index();
    index.replaceBlock(p, [
      { termId: 'ketamine', startNode: node, startOffset: 0, endNode: node, endOffset: 8, nodes: [node] },
    ]);
    const doc = document as Document & { caretPositionFromPoint?: unknown };
    const had = Object.getOwnPropertyDescriptor(doc, 'caretPositionFromPoint');
    doc.caretPositionFromPoint = () => ({ offsetNode: node, offset: 3 }) as unknown as CaretPosition;
    let boxes = 0;
    const rects = Range.prototype.getClientRects;
    Range.prototype.getClientRects = function () {
      boxes++;
      return [{ left: 0, right: 100, top: 0, bottom: 20 } as DOMRect] as unknown as DOMRectList;
    };
    try {
      expect(termAtPoint(document, index, 5, 5, [])?.termId).toBe('ketamine');
      expect(boxes).toBe(1);
      expect(termAtPoint(document, index, 5, 5, [], () => false)).toBeNull();
      expect(boxes).toBe(1);
    } finally {
      Range.prototype.getClientRects = rects;
      if (had) Object.defineProperty(doc, 'caretPositionFromPoint', had);
      else delete (doc as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    }
  });
});
