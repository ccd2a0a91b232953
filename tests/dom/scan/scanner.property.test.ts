// Property tests for the page scanner on random DOM trees (issue 6, "Property tests"): scanning never
// throws, never changes the DOM, finds nothing in skipped regions, and finds every term placed in
// reading text (forms that need no medical context), including terms split across inline tags and
// terms in open shadow roots. Under random live edits, the index the scanner keeps up to date equals a
// fresh scan of the page.
import * as fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageScanner, SLICE_MS } from '@/content/scan/page-scanner';
import { recordSliceMeasure } from '@/content/scan/slice-timing';
import { TermIndex, type IndexedTerm } from '@/content/term-index';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher, listMatcherForms } from '@/lib/glossary-matcher';
import {
  clearScanMeasures,
  FakeScheduler,
  flushMutations,
  installStaticRange,
  listNodes,
  snapshotDom,
  termText,
  restoreGlobals,
} from '../support/dom-fakes';
import { buildTree, INLINE_TAGS, isUnder, specArbitrary, type PlacedTerm, type Spec } from '../support/random-dom';

// EDIT_RUNS=5000 npx vitest run tests/dom/scanner.property.test.ts searches harder for live-edit defects.
export const NUM_RUNS = { scan: 300, edits: Number(process.env.EDIT_RUNS ?? 400) } as const;

const matcher = compileGlossaryMatcher(glossary);
// Every form of the glossary can be placed; ambiguous ones are placed but not required to be found.
const forms = listMatcherForms(glossary);

function scanPage(timeRemaining: number): TermIndex {
  const index = new TermIndex();
  const scheduler = new FakeScheduler();
  const scanner = new PageScanner(document, matcher, index, scheduler, () => {}, undefined, recordSliceMeasure);
  scanner.start();
  try {
    scheduler.settle(10_000, timeRemaining);
    return index;
  } finally {
    scanner.stop();
  }
}

function samePlace(found: IndexedTerm, placed: PlacedTerm): boolean {
  return (
    found.startNode === placed.startNode &&
    found.startOffset === placed.startOffset &&
    found.endNode === placed.endNode &&
    found.endOffset === placed.endOffset
  );
}

beforeEach(() => {
  installStaticRange();
  clearScanMeasures();
});
afterEach(() => {
  restoreGlobals();
  document.body.replaceChildren();
});

describe('page scanner on random DOM trees', () => {
  it('never throws, never changes the DOM, finds nothing in skipped regions and every placed term elsewhere', () => {
    fc.assert(
      fc.property(specArbitrary(forms.length), fc.constantFrom(0, 3, 50), (specs, timeRemaining) => {
        document.body.replaceChildren();
        const built = buildTree(specs, forms);
        document.body.append(built.root);
        const before = snapshotDom(document.documentElement);

        const index = scanPage(timeRemaining);

        const after = snapshotDom(document.documentElement);
        expect(after.html).toBe(before.html);
        expect(after.nodes).toEqual(before.nodes);

        const found = [...index.terms()];
        for (const t of found) {
          for (const n of t.nodes)
            expect(isUnder(n, built.skipped), `found "${termText(t)}" in a skipped region`).toBe(false);
          // The range covers exactly one whole match of its term.
          const text = termText(t);
          const again = matcher.findMatches(text);
          expect(again.map((m) => [m.start, m.end, m.termId])).toEqual([[0, text.length, t.termId]]);
        }
        for (const p of built.placed.filter((x) => x.expected)) {
          const hit = found.find((t) => samePlace(t, p));
          expect(hit, `placed term "${termText(p)}" not found`).toBeDefined();
          expect(p.ids.has(hit!.termId)).toBe(true);
        }
        // No two terms start at the same place (nothing indexed twice).
        const order = new Map(listNodes(document.documentElement).map((n, i) => [n, i]));
        expect(new Set(found.map((t) => `${order.get(t.startNode)}:${t.startOffset}`)).size).toBe(found.length);
      }),
      { numRuns: NUM_RUNS.scan },
    );
  }, 120_000);

  it('the generator makes the cases it is meant to (skipped regions, shadow roots, split and placed terms)', () => {
    const samples = fc.sample(specArbitrary(forms.length), { numRuns: 200, seed: 1 }).map((s) => buildTree(s, forms));
    expect(samples.some((b) => b.skipped.size > 0)).toBe(true);
    expect(samples.some((b) => b.shadowRoots.length > 0)).toBe(true);
    expect(samples.some((b) => b.placed.some((p) => p.startNode !== p.endNode))).toBe(true);
    expect(samples.some((b) => b.placed.some((p) => !p.expected))).toBe(true);
    expect(samples.filter((b) => b.placed.some((p) => p.expected)).length).toBeGreaterThan(50);
  });
});

// ---- live edits -----------------------------------------------------------------------------

export interface LiveOptions {
  /** One short idle slice between edits, so edits land while a walk is under way (else: settle first). */
  interleave: boolean;
  /** Insert and move to any position; else only at the end of a block (not inside an inline element). */
  insertAnywhere: boolean;
  /** Open shadow roots in the page and in inserted content. */
  shadowRoots: boolean;
  /** Move elements (else only edit text, remove and insert). */
  moves: boolean;
}

function liveEditProperty(options: LiveOptions) {
  return fc.asyncProperty(
    specArbitrary(forms.length, { maxDepth: 3, shadowRoots: options.shadowRoots, ownHost: false }),
    fc.array(editArbitrary(options), { minLength: 1, maxLength: 10 }),
    (specs, edits) => checkLiveEdits(specs, edits, options),
  );
}

type Edit =
  | { kind: 'text'; pick: number; words: string[]; term: number | null }
  | { kind: 'remove'; pick: number }
  | { kind: 'insert'; pick: number; at: number; specs: Spec[] }
  | { kind: 'move'; pick: number; to: number; at: number };

function editArbitrary(options: LiveOptions): fc.Arbitrary<Edit> {
  const insertAnywhere = options.insertAnywhere;
  return fc.oneof(
    fc.record({
      kind: fc.constant('text' as const),
      pick: fc.nat(),
      words: fc.array(fc.constantFrom('river', 'blue', 'café'), { maxLength: 2 }),
      term: fc.option(fc.integer({ min: 0, max: forms.length - 1 })),
    }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      pick: fc.nat(),
      at: insertAnywhere ? fc.nat() : fc.constant(-1),
      specs: specArbitrary(forms.length, { maxDepth: 2, shadowRoots: options.shadowRoots, ownHost: false }),
    }),
    ...(options.moves
      ? [
          fc.record({
            kind: fc.constant('move' as const),
            pick: fc.nat(),
            to: fc.nat(),
            at: insertAnywhere ? fc.nat() : fc.constant(-1),
          }),
        ]
      : []),
  );
}

/** Every element and shadow root under `root` (not `root` itself), and every text node. */
function inventory(root: Node): { parents: (Element | ShadowRoot)[]; texts: Text[] } {
  const parents: (Element | ShadowRoot)[] = [];
  const texts: Text[] = [];
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) texts.push(c as Text);
      else if (c.nodeType === Node.ELEMENT_NODE) {
        parents.push(c as Element);
        const shadow = (c as Element).shadowRoot;
        if (shadow) {
          parents.push(shadow);
          visit(shadow);
        }
        visit(c);
      }
    }
  };
  visit(root);
  return { parents, texts };
}

/**
 * Applies an edit the way a page script would. With `anywhere` false, insertions and moves only
 * append to the end of a block (never inside an inline element, where a new element would split a run).
 */
export function applyEdit(root: HTMLElement, edit: Edit, anywhere: boolean): void {
  const inv = inventory(root);
  const texts = inv.texts;
  const parents = anywhere ? inv.parents : inv.parents.filter((p) => !INLINE_TAGS.includes((p as Element).localName));
  const insertAt = (parent: Node, node: Node, at: number) => {
    const ref = at < 0 ? null : (parent.childNodes[at % (parent.childNodes.length + 1)] ?? null);
    parent.insertBefore(node, ref);
  };
  const parentAt = (i: number): Node =>
    i % (parents.length + 1) === parents.length ? root : parents[i % (parents.length + 1)]!;
  switch (edit.kind) {
    case 'text': {
      if (!texts.length) return;
      const term = edit.term === null ? '' : ` ${forms[edit.term]!.text}`;
      texts[edit.pick % texts.length]!.data = ` ${edit.words.join(' ')}${term} `;
      return;
    }
    case 'remove': {
      const elements = inv.parents.filter((p): p is Element => p.nodeType === Node.ELEMENT_NODE);
      if (elements.length) elements[edit.pick % elements.length]!.remove();
      return;
    }
    case 'insert': {
      const built = buildTree(edit.specs, forms);
      const fragment = document.createDocumentFragment();
      fragment.append(...built.root.childNodes);
      insertAt(parentAt(edit.pick), fragment, edit.at);
      return;
    }
    case 'move': {
      const elements = inv.parents.filter((p): p is Element => p.nodeType === Node.ELEMENT_NODE);
      if (!elements.length) return;
      const el = elements[edit.pick % elements.length]!;
      const target = parentAt(edit.to);
      // Not into itself, nor into a shadow tree inside itself.
      if (isUnder(target, new Set([el]))) return;
      insertAt(target, el, edit.at);
      return;
    }
  }
}

/** The terms of an index, by position in the current DOM: comparable across two indexes. */
function describeIndex(index: TermIndex): string[] {
  const order = new Map(listNodes(document.documentElement).map((n, i) => [n, i]));
  return [...index.terms()]
    .map(
      (t) =>
        `${order.get(t.startNode)}:${t.startOffset}-${order.get(t.endNode)}:${t.endOffset} ${t.termId} "${termText(t)}"`,
    )
    .sort();
}

/**
 * Random edits while the scanner works: after each edit, either one short idle slice (`interleave`)
 * or as many as it takes to settle. Once settled, the index must equal a fresh scan of the page.
 */
export async function checkLiveEdits(specs: Spec[], edits: Edit[], options: LiveOptions): Promise<void> {
  document.body.replaceChildren();
  const built = buildTree(specs, forms);
  document.body.append(built.root);
  const index = new TermIndex();
  const scheduler = new FakeScheduler();
  const scanner = new PageScanner(document, matcher, index, scheduler, () => {}, undefined, recordSliceMeasure);
  // Interleaved: every read of the clock takes half a slice, so each idle slice reads exactly one block
  // and the edits land in the middle of the walk.
  let clock = 0;
  const now = options.interleave
    ? vi.spyOn(performance, 'now').mockImplementation(() => (clock += SLICE_MS / 2))
    : null;
  scanner.start();
  try {
    for (const edit of edits) {
      if (options.interleave) scheduler.runIdle(50);
      else scheduler.settle(10_000);
      applyEdit(built.root, edit, options.insertAnywhere);
      await flushMutations();
    }
    scheduler.settle(10_000);
  } finally {
    scanner.stop();
    now?.mockRestore();
  }
  const fresh = new TermIndex();
  const freshScheduler = new FakeScheduler();
  const freshScanner = new PageScanner(
    document,
    matcher,
    fresh,
    freshScheduler,
    () => {},
    undefined,
    recordSliceMeasure,
  );
  freshScanner.start();
  freshScheduler.settle(10_000);
  freshScanner.stop();
  expect(describeIndex(index)).toEqual(describeIndex(fresh));
}

describe('page scanner under live edits', () => {
  // Insertions and moves land anywhere (inside inline elements too, where a new element splits a run),
  // in open shadow roots as well as the page, and the moved element may be the one under the walk.
  it('after text edits, removals, insertions and moves anywhere, the settled index equals a fresh scan', async () => {
    await fc.assert(liveEditProperty({ interleave: false, insertAnywhere: true, shadowRoots: true, moves: true }), {
      numRuns: NUM_RUNS.edits,
    });
  }, 120_000);

  it('the same with edits landing between idle slices of one block each, mid-walk', async () => {
    await fc.assert(liveEditProperty({ interleave: true, insertAnywhere: true, shadowRoots: true, moves: true }), {
      numRuns: NUM_RUNS.edits,
    });
  }, 120_000);
});
