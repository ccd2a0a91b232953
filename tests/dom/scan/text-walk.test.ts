// TextWalk: the page scanner's one pass over a subtree. Tested here on its own: what it reports, how it
// pauses and resumes, and where it goes on after the page moved nodes between two of its runs.
import { afterEach, describe, expect, it } from 'vitest';
import { scanBlock } from '../support/scan-block';
import { SkipSet, type BlockKey } from '@/content/dom/dom-rules';
import { CHUNK_CHARS, TextWalk, type FoundTerm, type TextWalkOptions } from '@/content/scan/text-walk';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import type { TermMatcher } from '@/lib/term-matcher';
import { mount, termText } from '../support/dom-fakes';

const matcher = compileGlossaryMatcher(glossary);

afterEach(() => {
  document.body.replaceChildren();
});

interface Reported {
  block: BlockKey;
  terms: string[];
}

function walker(root: BlockKey, options: TextWalkOptions & { skip?: SkipSet; matcher?: TermMatcher } = {}) {
  const reported: Reported[] = [];
  const stats = { textNodes: 0, chars: 0 };
  const walk = new TextWalk(root, options.matcher ?? matcher, options.skip ?? new SkipSet(), options);
  const sink = (block: BlockKey, found: readonly FoundTerm[]) => reported.push({ block, terms: found.map(termText) });
  return {
    walk,
    reported,
    stats,
    /** One run that stops when `over` says so; returns whether the walk finished. */
    run: (over: () => boolean = () => false) => walk.run(over, sink, stats),
    /** The terms reported for each block id (the last report wins, as in the index). */
    byId: () => {
      const out: Record<string, string[]> = {};
      for (const r of reported) {
        const id = (r.block as Element).id || (r.block.nodeType === 11 ? 'shadow' : r.block.nodeName);
        out[id] = r.terms;
      }
      return out;
    },
  };
}

/** A clock that says "over" after `n` reads, every time. */
function every(n: number): () => boolean {
  let reads = 0;
  return () => ++reads % n === 0;
}

describe('TextWalk', () => {
  it('reports every block once with its own terms, nested blocks before the block around them', () => {
    const box = mount(
      '<section id="s">ketamine <div id="d">Oral <b>ketamine</b> and <span aria-hidden="true">opioids</span></div>' +
        ' IV <p id="p">IV only</p><textarea>ketamine</textarea></section>',
    );
    const w = walker(box);
    expect(w.run()).toBe(true);
    expect(w.walk.done).toBe(true);
    const order = w.reported.map((r) => (r.block as Element).id);
    expect(order).toEqual(['d', 'p', 's', 'fixture']);
    // "IV" counts only beside an unambiguous term in the same block: in #s, not in #p.
    expect(w.byId()).toEqual({ d: ['Oral', 'ketamine'], p: [], s: ['ketamine', 'IV'], fixture: [] });
    // The same as reading each block on its own.
    for (const r of w.reported) expect(r.terms).toEqual(scanBlock(r.block, matcher).found.map(termText));
    expect(w.stats.textNodes).toBe(6);
  });

  it('walks open shadow roots (as blocks of their own) after the tree that holds their hosts', () => {
    const box = mount('<div id="a"><x-card id="host"></x-card><p id="after">fibromyalgia</p></div>');
    const shadow = box.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append('ketamine ', Object.assign(document.createElement('p'), { id: 'inner', textContent: 'opioids' }));
    const entered: ShadowRoot[] = [];
    const w = walker(box, { onShadowRoot: (root) => entered.push(root) });
    w.run();
    expect(entered).toEqual([shadow]);
    const blocks = w.reported.map((r) => (r.block === shadow ? 'shadow' : (r.block as Element).id));
    expect(blocks).toEqual(['host', 'after', 'a', 'fixture', 'inner', 'shadow']);
    expect(w.byId()).toMatchObject({ after: ['fibromyalgia'], inner: ['opioids'], shadow: ['ketamine'] });
  });

  it('does not start a shadow root whose host went into a tree that is not watched', () => {
    const box = mount('<x-card id="host"></x-card>');
    const shadow = box.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append('ketamine');
    const w = walker(box, { isWatched: () => false });
    w.run();
    expect(w.reported.map((r) => r.block)).not.toContain(shadow);
  });

  it('pauses when the clock says so and resumes where it stopped, reporting the same in the end', () => {
    const markup = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">ketamine <i>and</i> opioids ${i}</p>`).join('');
    const once = walker(mount(markup));
    once.run();
    document.body.replaceChildren();
    const box = mount(markup);
    const sliced = walker(box);
    let runs = 0;
    while (!sliced.run(every(2))) if (++runs > 1000) throw new Error('no progress');
    expect(runs).toBeGreaterThan(10);
    expect(sliced.byId()).toEqual(once.byId());
    expect(sliced.stats).toEqual(once.stats);
  });

  it('matches a run longer than CHUNK_CHARS in windows, pausing between them, losing no match at a cut', () => {
    // Inline elements in one run, with terms everywhere, some cut by a window's edge. (Few, long text
    // nodes: happy-dom's sibling steps are slow on parents with thousands of children.)
    const words = ['ketamine', 'complex regional pain syndrome', 'opioids', 'river'];
    const box = mount('<div id="giant"></div>');
    const giant = box.querySelector('#giant')!;
    let chars = 0;
    for (let i = 0; chars < CHUNK_CHARS * 3; i++) {
      let text = '';
      for (let k = 0; k < 40; k++) text += `${words[(i + k) % words.length]} ${'x'.repeat((i + k) % 7)} `;
      giant.append(Object.assign(document.createElement(i % 2 ? 'span' : 'b'), { textContent: text }));
      chars += text.length;
    }
    const expected = matcher.findMatches(giant.textContent!).length;
    expect(expected).toBeGreaterThan(1000);
    const w = walker(giant);
    let pauses = 0;
    while (!w.run(() => true)) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(w.reported).toHaveLength(1);
    expect(w.reported[0]!.terms).toHaveLength(expected);
    expect(w.reported[0]!.terms).toEqual(scanBlock(giant, matcher).found.map(termText));
  });

  it('does not report a block whose text changed while the walk was in it (markStale)', () => {
    const box = mount('<div id="d">ketamine <p id="p">opioids</p> more</div>');
    const w = walker(box);
    // Stop right after #p: the walk is inside #d.
    w.run(() => true);
    expect(w.reported.map((r) => (r.block as Element).id)).toEqual(['p']);
    w.walk.markStale(box.querySelector('#d')!);
    w.run();
    expect(w.reported.map((r) => (r.block as Element).id)).toEqual(['p', 'fixture']);
  });

  it('takes the skip rules from a searched scope or, without one, from the selectors: the same result', () => {
    const markup =
      '<p id="a">ketamine <span hidden>opioids</span></p><div id="b" contenteditable>ketamine</div>' +
      '<p id="c"><b class="cm-editor">opioids</b> fibromyalgia</p>';
    const box = mount(markup);
    const plain = walker(box);
    plain.run();
    const skip = new SkipSet();
    skip.addScope(document);
    const searched = walker(box, { skip });
    searched.run();
    expect(searched.byId()).toEqual(plain.byId());
    expect(plain.byId()).toEqual({ a: ['ketamine'], c: ['fibromyalgia'], fixture: [] });
  });

  it('reads roots added to it, after it finished too', () => {
    const box = mount('<p id="a">ketamine</p>');
    const w = walker(box);
    expect(w.run()).toBe(true);
    const b = Object.assign(document.createElement('p'), { id: 'b', textContent: 'opioids' });
    box.append(b);
    w.walk.addRoot(b);
    expect(w.walk.done).toBe(false);
    expect(w.run()).toBe(true);
    expect(w.byId()).toMatchObject({ a: ['ketamine'], b: ['opioids'] });
  });
});

describe('TextWalk.revalidate: after the page moved nodes between two runs', () => {
  /** Six paragraphs; the walk is stopped after reading #p0 (its next node is #p1). */
  function stoppedAfterFirst() {
    const box = mount(Array.from({ length: 6 }, (_, i) => `<p id="p${i}">ketamine ${i}</p>`).join(''));
    const w = walker(box);
    w.run(() => true);
    expect(w.reported.map((r) => (r.block as Element).id)).toEqual(['p0']);
    return { box, w, p: (i: number) => box.querySelector(`#p${i}`)! };
  }
  const read = (w: ReturnType<typeof walker>) => w.reported.map((r) => (r.block as Element).id);

  it('the node it was about to read moved away: it goes on after the last node it read', () => {
    const { box, w, p } = stoppedAfterFirst();
    box.append(p(1));
    w.walk.revalidate(new Set([p(1)]));
    w.run();
    // #p1 is read at its new place; nothing after its old place is skipped.
    expect(read(w)).toEqual(['p0', 'p2', 'p3', 'p4', 'p5', 'p1', 'fixture']);
  });

  it('the node it read last moved away: it goes on with the node it was about to read', () => {
    const { box, w, p } = stoppedAfterFirst();
    box.append(p(0));
    w.walk.revalidate(new Set([p(0)]));
    w.run();
    expect(read(w)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p0', 'fixture']);
  });

  it('both moved: it reads the block it was in again', () => {
    const { box, w, p } = stoppedAfterFirst();
    box.append(p(0), p(1));
    w.walk.revalidate(new Set([p(0), p(1)]));
    w.run();
    expect(read(w)).toEqual(['p0', 'p2', 'p3', 'p4', 'p5', 'p0', 'p1', 'fixture']);
  });

  it('a block it was inside moved: it goes on after that block’s old place', () => {
    const box = mount('<div id="a"><p id="a1">ketamine</p><p id="a2">opioids</p></div><p id="b">IV ketamine</p>');
    const w = walker(box);
    w.run(() => true); // read #a1; inside #a
    const a = box.querySelector('#a')!;
    document.body.append(a);
    w.walk.revalidate(new Set([a]));
    w.run();
    // #a is left (where it went, a walk of its own reads it); #b, after its old place, is read.
    expect(read(w)).toEqual(['a1', 'b', 'fixture']);
  });

  it('a block it was inside moved later in the same parent: what followed its old place is still read', () => {
    const box = mount('<div id="a"><p id="a1">ketamine</p><p id="a2">opioids</p></div><p id="b">IV ketamine</p>');
    const w = walker(box);
    w.run(() => true);
    const a = box.querySelector('#a')!;
    box.append(a); // same parent: only the records say it moved
    w.walk.revalidate(new Set([a]));
    w.run();
    expect(read(w)).toEqual(['a1', 'b', 'a1', 'a2', 'a', 'fixture']);
  });

  it('a block it was inside went into a skipped region: it leaves it', () => {
    const box = mount('<div id="a"><p id="a1">ketamine</p><p id="a2">opioids</p></div><p id="b">fibromyalgia</p>');
    const w = walker(box);
    w.run(() => true);
    box.querySelector('#a')!.setAttribute('aria-hidden', 'true');
    w.walk.revalidate(new Set());
    w.run();
    expect(read(w)).toEqual(['a1', 'b', 'fixture']);
  });

  it('its root left the page: it stops', () => {
    const { box, w } = stoppedAfterFirst();
    box.remove();
    w.walk.revalidate(new Set([box]));
    expect(w.run()).toBe(true);
    expect(read(w)).toEqual(['p0']);
  });
});
