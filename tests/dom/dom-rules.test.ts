import { afterEach, describe, expect, it } from 'vitest';
import { findBlock, isInlineElement, isShadowRoot, isSkippedElement, SkipSet } from '@/content/dom/dom-rules';
import { mount } from './support/dom-fakes';

afterEach(() => {
  document.body.replaceChildren();
});

function make(tag: string, attrs: Record<string, string> = {}): Element {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('skip rules', () => {
  it.each([
    ['script'],
    ['style'],
    ['noscript'],
    ['template'],
    ['textarea'],
    ['select'],
    ['option'],
    ['input'],
    ['button'],
    ['svg'],
    ['iframe'],
    ['painlens-ui'],
  ])('<%s> is skipped', (tag) => {
    expect(isSkippedElement(make(tag))).toBe(true);
  });

  it.each([
    ['div', { contenteditable: '' }],
    ['div', { contenteditable: 'true' }],
    ['div', { contenteditable: 'plaintext-only' }],
    ['div', { role: 'textbox' }],
    ['div', { role: 'code' }],
    ['span', { 'aria-hidden': 'true' }],
    ['p', { hidden: '' }],
    ['div', { class: 'CodeMirror' }],
    ['div', { class: 'cm-editor' }],
    ['div', { class: 'monaco-editor vs-dark' }],
    ['div', { class: 'ace_editor' }],
  ])('<%s %j> is skipped', (tag, attrs) => {
    expect(isSkippedElement(make(tag, attrs))).toBe(true);
  });

  it.each([
    ['p', {}],
    ['div', { contenteditable: 'false' }],
    ['span', { 'aria-hidden': 'false' }],
    ['div', { role: 'article' }],
    ['div', { class: 'editor-notes' }],
    ['section', { 'data-hidden': 'true' }],
    ['x-card', {}],
  ])('<%s %j> is read', (tag, attrs) => {
    expect(isSkippedElement(make(tag, attrs))).toBe(false);
  });

  /**
   * SkipSet.isInside, two ways: with nothing searched (each element tested with the selectors), and with
   * the document and shadow roots searched once (a set); both must agree.
   */
  function insides(scopes: (Document | ShadowRoot)[]): { plain: SkipSet; searched: SkipSet } {
    const searched = new SkipSet();
    for (const s of scopes) searched.addScope(s);
    return { plain: new SkipSet(), searched };
  }

  it('finds text inside a skipped region at any depth, and outside it not', () => {
    const box = mount(
      '<div contenteditable="true"><p><b id="deep">ketamine</b></p></div><p id="free">ketamine</p><pre class="cm-editor"><span id="code">x</span></pre>',
    );
    for (const skip of Object.values(insides([document]))) {
      expect(skip.isInside(box.querySelector('#deep')!.firstChild!)).toBe(true);
      expect(skip.isInside(box.querySelector('#code')!.firstChild!)).toBe(true);
      expect(skip.isInside(box.querySelector('#free')!.firstChild!)).toBe(false);
    }
  });

  it('looks through shadow roots to the skipped regions around their hosts', () => {
    const box = mount(
      '<div aria-hidden="true"><x-host id="hidden-host"></x-host></div><x-host id="open-host"></x-host>',
    );
    const hiddenShadow = box.querySelector('#hidden-host')!.attachShadow({ mode: 'open' });
    hiddenShadow.append('text directly in the shadow root');
    const p = document.createElement('p');
    p.textContent = 'in a paragraph';
    hiddenShadow.append(p);
    const openShadow = box.querySelector('#open-host')!.attachShadow({ mode: 'open' });
    openShadow.append('readable');
    const editor = document.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.textContent = 'typed';
    openShadow.append(editor);

    for (const skip of Object.values(insides([document, hiddenShadow, openShadow]))) {
      expect(skip.isInside(hiddenShadow.firstChild!)).toBe(true);
      expect(skip.isInside(p.firstChild!)).toBe(true);
      expect(skip.isInside(hiddenShadow)).toBe(true);
      expect(skip.isInside(openShadow.firstChild!)).toBe(false);
      expect(skip.isInside(editor.firstChild!)).toBe(true);
    }
  });

  it('a searched scope is kept current: added subtrees and changed attributes', () => {
    const box = mount('<p id="p">x</p>');
    const skip = new SkipSet();
    skip.addScope(document);
    const added = document.createElement('div');
    added.innerHTML = '<span id="h" hidden><b id="in">x</b></span>';
    box.append(added);
    skip.addSubtree(added);
    expect(skip.isInside(box.querySelector('#in')!)).toBe(true);
    const p = box.querySelector('#p')!;
    p.setAttribute('aria-hidden', 'true');
    skip.update(p);
    expect(skip.isInside(p.firstChild!)).toBe(true);
    p.removeAttribute('aria-hidden');
    skip.update(p);
    expect(skip.isInside(p.firstChild!)).toBe(false);
    // Only what the scanner reported is known: an attribute changed without update() is not seen.
    p.setAttribute('hidden', '');
    expect(skip.isInside(p.firstChild!)).toBe(false);
    expect(new SkipSet().isInside(p.firstChild!)).toBe(true);
  });

  it('tests elements of a tree it never searched one by one', () => {
    const box = mount('<x-host id="host"></x-host>');
    const skip = new SkipSet();
    skip.addScope(document);
    // A shadow tree made later, never searched: its editor is still found.
    const shadow = box.querySelector('#host')!.attachShadow({ mode: 'open' });
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    editor.append('typed');
    shadow.append(editor);
    expect(skip.isInside(editor.firstChild!)).toBe(true);
  });
});

describe('inline and block', () => {
  it.each(['span', 'b', 'strong', 'em', 'i', 'a', 'code', 'sub', 'sup', 'mark', 'abbr', 'label'])(
    '<%s> is inline',
    (tag) => {
      expect(isInlineElement(make(tag))).toBe(true);
    },
  );
  it.each(['p', 'div', 'li', 'td', 'h1', 'br', 'section', 'blockquote', 'x-custom', 'pre'])(
    '<%s> is a block (ends runs of text)',
    (tag) => {
      expect(isInlineElement(make(tag))).toBe(false);
    },
  );
});

describe('findBlock', () => {
  it('climbs inline elements to the nearest block', () => {
    const box = mount('<section><p id="p">a <b>b <i id="i">c</i></b></p></section>');
    const text = box.querySelector('#i')!.firstChild!;
    expect(findBlock(text)).toBe(box.querySelector('#p'));
    expect(findBlock(box.querySelector('#i')!)).toBe(box.querySelector('#p'));
    expect(findBlock(box.querySelector('#p')!)).toBe(box.querySelector('#p'));
  });

  it('stops at a shadow root: text in a shadow tree belongs to that tree', () => {
    const box = mount('<p id="host-parent"><span id="host"></span></p>');
    const shadow = box.querySelector('#host')!.attachShadow({ mode: 'open' });
    const em = document.createElement('em');
    em.textContent = 'inside';
    shadow.append('loose text', em);
    expect(isShadowRoot(shadow)).toBe(true);
    expect(findBlock(shadow.firstChild!)).toBe(shadow);
    expect(findBlock(em.firstChild!)).toBe(shadow);
    const div = document.createElement('div');
    div.append('in a div');
    shadow.append(div);
    expect(findBlock(div.firstChild!)).toBe(div);
  });

  it('returns null for a detached text node', () => {
    expect(findBlock(document.createTextNode('alone'))).toBeNull();
    const span = document.createElement('span');
    span.append('in a detached span');
    expect(findBlock(span.firstChild!)).toBeNull();
  });

  it('isShadowRoot does not mistake a document fragment for a shadow root', () => {
    expect(isShadowRoot(document.createDocumentFragment())).toBe(false);
    expect(isShadowRoot(document.body)).toBe(false);
  });
});
