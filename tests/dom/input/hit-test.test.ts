// Hit testing gets the shadow roots of the pointer event's own path, not every root on the page.
import { afterEach, describe, expect, it } from 'vitest';
import { shadowRootsOnPath } from '@/content/input/hit-test';
import { mount } from '../support/dom-fakes';

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
