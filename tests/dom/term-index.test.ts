import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanBlock } from './support/scan-block';
import { compareTerms, TermIndex, type IndexedTerm } from '@/content/term-index';
import { TermNavigator } from '@/content/input/term-navigator';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { installStaticRange, mount, termText, restoreGlobals } from './support/dom-fakes';

const matcher = compileGlossaryMatcher(glossary);

beforeEach(() => {
  installStaticRange();
});
afterEach(() => {
  restoreGlobals();
  document.body.replaceChildren();
});

function indexBlocks(index: TermIndex, blocks: Element[]): void {
  for (const b of blocks) index.replaceBlock(b, scanBlock(b, matcher).found);
}

describe('TermIndex', () => {
  it('indexes per block, per text node and per term', () => {
    const box = mount(
      '<p id="a">Ketamine for complex <b>regional</b> pain syndrome.</p><p id="b">More ketamine, and opioids.</p>',
    );
    const [a, b] = [box.querySelector('#a')!, box.querySelector('#b')!];
    const index = new TermIndex();
    const change = index.replaceBlock(a, scanBlock(a, matcher).found);
    expect(change.removed).toEqual([]);
    expect(change.added.map((t) => termText(t))).toEqual(['Ketamine', 'complex regional pain syndrome']);
    for (const t of change.added) {
      expect(t.block).toBe(a);
      expect(t.range.startContainer).toBe(t.startNode);
      expect(t.range.startOffset).toBe(t.startOffset);
      expect(t.range.endContainer).toBe(t.endNode);
      expect(t.range.endOffset).toBe(t.endOffset);
    }
    indexBlocks(index, [b]);
    expect(index.size).toBe(4);
    expect(Object.fromEntries(index.termCounts())).toEqual({
      ketamine: 2,
      'complex-regional-pain-syndrome': 1,
      opioid: 1,
    });
    expect([...index.occurrences('ketamine')].map((t) => t.block)).toEqual([a, b]);
    expect(index.occurrences('nothing-here').size).toBe(0);
    expect(new Set(index.blocks())).toEqual(new Set([a, b]));
    expect(index.hasBlock(a)).toBe(true);
  });

  it('finds the term at a text position, including a term that spans several nodes', () => {
    const box = mount('<p>Ketamine for complex <b>regional</b> pain syndrome.</p>');
    const p = box.querySelector('p')!;
    const index = new TermIndex();
    indexBlocks(index, [p]);
    const first = p.firstChild as Text; // "Ketamine for complex "
    const bold = p.querySelector('b')!.firstChild as Text;
    const last = p.lastChild as Text; // " pain syndrome."
    expect(index.termAt(first, 0)?.termId).toBe('ketamine');
    expect(index.termAt(first, 8)?.termId).toBe('ketamine'); // caret right after the word still counts
    expect(index.termAt(first, 10)).toBeNull(); // "for"
    expect(index.termAt(first, 13)?.termId).toBe('complex-regional-pain-syndrome');
    expect(index.termAt(bold, 3)?.termId).toBe('complex-regional-pain-syndrome');
    expect(index.termAt(last, 14)?.termId).toBe('complex-regional-pain-syndrome');
    expect(index.termAt(last, 15)).toBeNull(); // the full stop
    expect(index.termAt(document.createTextNode('ketamine'), 0)).toBeNull();
    expect(index.mayHaveTermsIn(p)).toBe(true);
    expect(index.mayHaveTermsIn(p.querySelector('b'))).toBe(true);
    expect(index.mayHaveTermsIn(box)).toBe(false);
    expect(index.mayHaveTermsIn(null)).toBe(false);
  });

  it('replacing a block reports the old terms as removed and drops them from every view', () => {
    const box = mount('<p>ketamine and <i>fibromyalgia</i></p>');
    const p = box.querySelector('p')!;
    const index = new TermIndex();
    const old = index.replaceBlock(p, scanBlock(p, matcher).found).added;
    const italic = p.querySelector('i')!.firstChild as Text;
    italic.data = 'opioids';
    const change = index.replaceBlock(p, scanBlock(p, matcher).found);
    expect(change.removed).toEqual(old);
    expect(change.added.map((t) => t.termId)).toEqual(['ketamine', 'opioid']);
    expect(index.occurrences('fibromyalgia').size).toBe(0);
    expect(index.termCounts().has('fibromyalgia')).toBe(false);
    expect(index.termAt(italic, 2)?.termId).toBe('opioid');
    expect(index.size).toBe(2);

    // A block that no longer has terms disappears from the index.
    p.replaceChildren('plain words');
    const gone = index.replaceBlock(p, scanBlock(p, matcher).found);
    expect(gone.removed).toHaveLength(2);
    expect(index.hasBlock(p)).toBe(false);
    expect(index.size).toBe(0);
    expect(index.removeBlock(p)).toEqual({ added: [], removed: [] });
  });

  it('clear() forgets everything', () => {
    const box = mount('<p>ketamine</p>');
    const p = box.querySelector('p')!;
    const index = new TermIndex();
    indexBlocks(index, [p]);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.termAt(p.firstChild as Text, 1)).toBeNull();
    expect(index.mayHaveTermsIn(p)).toBe(false);
    expect(index.termCounts().size).toBe(0);
  });

  it('compareTerms orders by document position, and by offset within one node', () => {
    const box = mount('<p id="a">ketamine, ketamine</p><p id="b">opioids</p>');
    const index = new TermIndex();
    // Indexed out of order on purpose.
    indexBlocks(index, [box.querySelector('#b')!, box.querySelector('#a')!]);
    const sorted = [...index.terms()].sort(compareTerms);
    expect(sorted.map((t) => [t.termId, t.startOffset])).toEqual([
      ['ketamine', 0],
      ['ketamine', 10],
      ['opioid', 0],
    ]);
    expect(compareTerms(sorted[0]!, sorted[0]!)).toBe(0);
  });
});

describe('TermNavigator', () => {
  function setup(): { terms: IndexedTerm[]; index: TermIndex; nav: TermNavigator } {
    const box = mount(
      '<p id="a">ketamine and opioids</p><p id="b">fibromyalgia</p><p id="c">ketamine again, ketamine</p>',
    );
    const index = new TermIndex();
    indexBlocks(index, [box.querySelector('#c')!, box.querySelector('#a')!, box.querySelector('#b')!]);
    const terms = [...index.terms()].sort(compareTerms);
    return { terms, index, nav: new TermNavigator(document) };
  }

  it('steps forward in reading order and wraps round at the end', () => {
    const { terms, index, nav } = setup();
    const seen = [];
    for (let i = 0; i < terms.length + 1; i++) seen.push(nav.step(index.terms(), 1));
    expect(seen.map((s) => s!.term)).toEqual([...terms, terms[0]]);
    expect(seen.map((s) => s!.position)).toEqual([1, 2, 3, 4, 5, 1]);
    expect(seen.every((s) => s!.total === 5)).toBe(true);
  });

  it('steps back from the first term to the last', () => {
    const { terms, index, nav } = setup();
    expect(nav.step(index.terms(), 1)!.term).toBe(terms[0]);
    expect(nav.step(index.terms(), -1)!.term).toBe(terms[4]);
    expect(nav.step(index.terms(), -1)!.term).toBe(terms[3]);
  });

  it('starts at the first term whose box is below the top of the viewport', () => {
    const { terms, index, nav } = setup();
    // happy-dom has no layout: place the terms above or below the viewport's top by hand.
    const above = new Set<Node>([terms[0]!.startNode, terms[1]!.startNode]);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const bottom = above.has(this.startContainer) ? -20 : 40;
      return { top: bottom - 16, bottom, left: 0, right: 10, width: 10, height: 16, x: 0, y: bottom - 16 } as DOMRect;
    });
    expect(nav.step(index.terms(), 1)!.term).toBe(terms[2]);
    nav.forget();
    // Backwards from there: the last term above the viewport.
    expect(nav.step(index.terms(), -1)!.term).toBe(terms[1]);
  });

  it('skips terms whose text left the page, and returns null when there are none', () => {
    const { terms, index, nav } = setup();
    terms[0]!.startNode.parentElement!.remove();
    expect(nav.step(index.terms(), 1)!.term).toBe(terms[2]);
    expect(nav.step([], 1)).toBeNull();
    expect(nav.nextOf(index.terms(), 'unknown-term')).toBeNull();
  });

  it('nextOf cycles through the occurrences of one term', () => {
    const { terms, index, nav } = setup();
    const ketamine = terms.filter((t) => t.termId === 'ketamine');
    const seen = [1, 2, 3, 4].map(() => nav.nextOf(index.terms(), 'ketamine')!);
    expect(seen.map((s) => s.term)).toEqual([ketamine[0], ketamine[1], ketamine[2], ketamine[0]]);
    expect(seen.map((s) => `${s.position}/${s.total}`)).toEqual(['1/3', '2/3', '3/3', '1/3']);
    // After visiting another term, step() goes on from the last one visited.
    expect(nav.step(index.terms(), 1)!.term).toBe(terms[1]);
  });
});
