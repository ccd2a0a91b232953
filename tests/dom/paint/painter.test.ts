import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanBlock } from '../support/scan-block';
import { FILL_HIGHLIGHT, Painter, TERM_HIGHLIGHT } from '@/content/paint/painter';
import { TermIndex, type IndexChange } from '@/content/term-index';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import {
  FakeHighlight,
  installHighlights,
  installStaticRange,
  mount,
  snapshotDom,
  type FakeHighlightRegistry,
  restoreGlobals,
  setGlobal,
} from '../support/dom-fakes';

const matcher = compileGlossaryMatcher(glossary);

function page(): { index: TermIndex; blocks: Element[]; changes: IndexChange[] } {
  const box = mount(
    '<p id="a">ketamine and opioids</p><p id="b">fibromyalgia, ketamine</p><p id="c">ketamine again</p>',
  );
  const index = new TermIndex();
  const blocks = ['#a', '#b', '#c'].map((s) => box.querySelector(s)!);
  const changes = blocks.map((b) => index.replaceBlock(b, scanBlock(b, matcher).found));
  return { index, blocks, changes };
}

function painted(registry: FakeHighlightRegistry, name = TERM_HIGHLIGHT): string[] {
  const h = registry.get(name);
  if (!h) return [];
  return [...h].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return `${(r.startContainer.parentNode as Element).id}:${range.toString()}`;
  });
}

beforeEach(() => {
  installStaticRange();
});
afterEach(() => {
  restoreGlobals();
  document.body.replaceChildren();
});

describe('Painter with CSS.highlights', () => {
  let registry: FakeHighlightRegistry;
  beforeEach(() => {
    registry = installHighlights();
  });

  it('paints every occurrence as ranges in one registered highlight, without touching the DOM', () => {
    const { index, changes } = page();
    const before = snapshotDom(document.body);
    const painter = new Painter(index);
    expect(painter.supported).toBe(true);
    painter.register();
    for (const c of changes) painter.apply(c);
    expect(painted(registry).sort()).toEqual(
      ['a:ketamine', 'a:opioids', 'b:fibromyalgia', 'b:ketamine', 'c:ketamine'].sort(),
    );
    expect(registry.get(TERM_HIGHLIGHT)).toBeInstanceOf(Highlight);
    expect(registry.has(FILL_HIGHLIGHT)).toBe(false);
    // Only the marks' highlight: which term the reader hovers or chose is nothing a page can read here.
    expect([...registry.keys()]).toEqual([TERM_HIGHLIGHT]);
    expect(snapshotDom(document.body)).toEqual(before);
  });

  it('removes the ranges of removed terms', () => {
    const { index, blocks, changes } = page();
    const painter = new Painter(index);
    painter.register();
    for (const c of changes) painter.apply(c);
    painter.apply(index.removeBlock(blocks[1]!));
    expect(painted(registry).sort()).toEqual(['a:ketamine', 'a:opioids', 'c:ketamine']);
  });

  it('style "background" adds the fill highlight, "off" unregisters every highlight', () => {
    const { index, changes } = page();
    const painter = new Painter(index);
    painter.register();
    for (const c of changes) painter.apply(c);
    painter.configure('background', 'all');
    expect(registry.get(FILL_HIGHLIGHT)).toBe(registry.get(TERM_HIGHLIGHT));
    expect(painted(registry, FILL_HIGHLIGHT)).toHaveLength(5);
    painter.configure('off', 'all');
    expect(registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(registry.has(FILL_HIGHLIGHT)).toBe(false);
    expect(registry.size).toBe(0);
    painter.configure('underline', 'all');
    expect(painted(registry)).toHaveLength(5);
    expect(registry.has(FILL_HIGHLIGHT)).toBe(false);
  });

  it('configure() before register() registers nothing', () => {
    const { index } = page();
    const painter = new Painter(index);
    painter.configure('background', 'first');
    expect(registry.size).toBe(0);
  });

  it('"first mention only" paints the first occurrence of each term in reading order, and follows changes', () => {
    const { index, blocks, changes } = page();
    const painter = new Painter(index);
    painter.configure('underline', 'first');
    painter.register();
    // Apply in reverse: the first mention is still the first in the document.
    for (const c of changes.toReversed()) painter.apply(c);
    expect(painted(registry).sort()).toEqual(['a:ketamine', 'a:opioids', 'b:fibromyalgia']);
    const ketamineTerms = [...index.occurrences('ketamine')];
    expect(ketamineTerms.filter((t) => painter.isPainted(t))).toHaveLength(1);
    // The first block goes away: the next ketamine becomes the first mention.
    painter.apply(index.removeBlock(blocks[0]!));
    expect(painted(registry).sort()).toEqual(['b:fibromyalgia', 'b:ketamine']);
    // Back to all mentions: everything in the index is painted again.
    painter.configure('underline', 'all');
    expect(painted(registry).sort()).toEqual(['b:fibromyalgia', 'b:ketamine', 'c:ketamine']);
  });

  it('switching to "first" repaints from the index', () => {
    const { index, changes } = page();
    const painter = new Painter(index);
    painter.register();
    for (const c of changes) painter.apply(c);
    painter.configure('underline', 'first');
    expect(painted(registry).sort()).toEqual(['a:ketamine', 'a:opioids', 'b:fibromyalgia']);
  });

  it("unregister() removes its highlights at once but leaves other extensions' ones", () => {
    const { index, changes } = page();
    const other = new Highlight();
    registry.set('someone-else', other);
    const painter = new Painter(index);
    painter.register();
    for (const c of changes) painter.apply(c);
    painter.unregister();
    expect([...registry.keys()]).toEqual(['someone-else']);
    painter.clear();
    painter.register();
    expect(painted(registry)).toEqual([]);
  });
});

describe('Painter without CSS.highlights', () => {
  it('paints nothing and never throws', () => {
    // happy-dom has neither Highlight nor CSS.highlights: the real "missing" case.
    expect(typeof (globalThis as { Highlight?: unknown }).Highlight).toBe('undefined');
    const { index, blocks, changes } = page();
    const before = snapshotDom(document.body);
    const painter = new Painter(index);
    expect(painter.supported).toBe(false);
    expect(() => {
      painter.configure('background', 'first');
      painter.register();
      for (const c of changes) painter.apply(c);
      painter.apply(index.removeBlock(blocks[0]!));
      painter.configure('underline', 'all');
      painter.unregister();
      painter.clear();
    }).not.toThrow();
    expect(snapshotDom(document.body)).toEqual(before);
  });

  it('treats a CSS object without highlights as unsupported', () => {
    setGlobal('Highlight', FakeHighlight);
    setGlobal('CSS', { escape: (s: string) => s });
    const painter = new Painter(new TermIndex());
    expect(painter.supported).toBe(false);
    expect(() => painter.register()).not.toThrow();
  });
});
