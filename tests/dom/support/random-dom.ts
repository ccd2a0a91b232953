// Random DOM trees for property tests: nested blocks, inline elements, skipped regions, <br>, open
// shadow roots, and text with glossary terms (some split across inline tags). Materializing a tree
// also records where each term was put, and which elements are skipped regions, so tests can check
// the scanner against an account that does not use the scanner's own rules.
import * as fc from 'fast-check';
import type { MatcherForm } from '@/lib/term-matcher';

export type Spec =
  | { kind: 'text'; before: string[]; term: number | null; after: string[] }
  | { kind: 'split'; term: number; cuts: number[]; wrappers: string[]; padApart: boolean }
  | { kind: 'br' }
  | { kind: 'inline'; tag: string; children: Spec[] }
  | { kind: 'block'; tag: string; children: Spec[] }
  | { kind: 'skip'; variant: number; children: Spec[] }
  | { kind: 'shadow'; host: string; children: Spec[] };

export const INLINE_TAGS = ['span', 'b', 'em', 'i', 'a', 'code', 'strong', 'sub', 'mark'];
export const BLOCK_TAGS = ['div', 'p', 'section', 'li', 'blockquote', 'h2', 'x-widget', 'td', 'pre'];
/** Each variant makes an element whose content is not reading text. */
export const SKIP_VARIANTS: { tag: string; attrs?: Record<string, string>; leaf?: boolean }[] = [
  { tag: 'script' },
  { tag: 'style' },
  { tag: 'noscript' },
  { tag: 'template' },
  { tag: 'textarea' },
  { tag: 'button' },
  { tag: 'select' },
  { tag: 'input', leaf: true },
  { tag: 'div', attrs: { contenteditable: 'true' } },
  { tag: 'span', attrs: { contenteditable: '' } },
  { tag: 'div', attrs: { role: 'textbox' } },
  { tag: 'span', attrs: { 'aria-hidden': 'true' } },
  { tag: 'p', attrs: { hidden: '' } },
  { tag: 'div', attrs: { class: 'cm-editor' } },
  { tag: 'div', attrs: { class: 'monaco-editor' } },
  { tag: 'painlens-ui' },
];
const SHADOW_HOSTS = ['div', 'span', 'x-host'];
/** Words that are in no glossary form, so they never join or extend a term. */
const FILLERS = ['river', 'walked', 'quietly', 'garden', 'window', 'blue', 'café', 'москва', 'b', 'x', '2024'];

export interface SpecOptions {
  maxDepth?: number;
  /** Open shadow roots (default true). */
  shadowRoots?: boolean;
  /** A <painlens-ui> element among the skipped regions (default true). */
  ownHost?: boolean;
}

export function specArbitrary(termCount: number, options: SpecOptions = {}): fc.Arbitrary<Spec[]> {
  const { maxDepth = 4, shadowRoots = true, ownHost = true } = options;
  const skipVariants = SKIP_VARIANTS.flatMap((v, i) => (ownHost || v.tag !== 'painlens-ui' ? [i] : []));
  const words = fc.array(fc.constantFrom(...FILLERS), { minLength: 1, maxLength: 3 });
  const term = fc.integer({ min: 0, max: termCount - 1 });
  const { children } = fc.letrec<{ node: Spec; children: Spec[] }>((tie) => ({
    node: fc.oneof(
      { maxDepth, depthSize: 'small' },
      fc.record({ kind: fc.constant('text' as const), before: words, term: fc.option(term), after: words }),
      fc.record({
        kind: fc.constant('split' as const),
        term,
        cuts: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        wrappers: fc.array(fc.constantFrom('', ...INLINE_TAGS), { minLength: 1, maxLength: 4 }),
        // Spaces around the term in text nodes of their own: the term then starts and ends at node edges.
        padApart: fc.boolean(),
      }),
      fc.constant({ kind: 'br' as const }),
      fc.record({
        kind: fc.constant('inline' as const),
        tag: fc.constantFrom(...INLINE_TAGS),
        children: tie('children'),
      }),
      fc.record({
        kind: fc.constant('block' as const),
        tag: fc.constantFrom(...BLOCK_TAGS),
        children: tie('children'),
      }),
      fc.record({
        kind: fc.constant('skip' as const),
        variant: fc.constantFrom(...skipVariants),
        children: tie('children'),
      }),
      shadowRoots
        ? fc.record({
            kind: fc.constant('shadow' as const),
            host: fc.constantFrom(...SHADOW_HOSTS),
            children: tie('children'),
          })
        : fc.constant({ kind: 'br' as const }),
    ),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }));
  return children;
}

export interface PlacedTerm {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Term ids that own this form's text. */
  ids: Set<string>;
  /** Whether the scanner must find it: reading text, and a form that needs no medical context. */
  expected: boolean;
}

export interface BuiltTree {
  root: HTMLElement;
  /** Elements made as skipped regions (their content must never yield a term). */
  skipped: Set<Element>;
  placed: PlacedTerm[];
  shadowRoots: ShadowRoot[];
}

/** Builds the tree under a new <div>; the caller attaches it. */
export function buildTree(specs: Spec[], terms: readonly MatcherForm[], doc: Document = document): BuiltTree {
  const root = doc.createElement('div');
  const built: BuiltTree = { root, skipped: new Set(), placed: [], shadowRoots: [] };
  const idsByText = new Map<string, Set<string>>();
  for (const f of terms) {
    const key = f.text.toLowerCase();
    idsByText.set(key, (idsByText.get(key) ?? new Set()).add(f.termId));
  }

  const place = (form: MatcherForm, start: [Text, number], end: [Text, number], inSkip: boolean) => {
    built.placed.push({
      startNode: start[0],
      startOffset: start[1],
      endNode: end[0],
      endOffset: end[1],
      ids: idsByText.get(form.text.toLowerCase())!,
      expected: !inSkip && form.ambiguous !== true,
    });
  };

  const add = (parent: Node, spec: Spec, inSkip: boolean): void => {
    switch (spec.kind) {
      case 'text': {
        const before = ` ${spec.before.join(' ')} `;
        if (spec.term === null) {
          parent.appendChild(doc.createTextNode(`${before}${spec.after.join(' ')} `));
          return;
        }
        const form = terms[spec.term]!;
        const node = doc.createTextNode(`${before}${form.text} ${spec.after.join(' ')} `);
        parent.appendChild(node);
        place(form, [node, before.length], [node, before.length + form.text.length], inSkip);
        return;
      }
      case 'split': {
        const form = terms[spec.term]!;
        const text = form.text;
        const cuts = [...new Set(spec.cuts.map((c) => 1 + (c % Math.max(1, text.length - 1))))]
          .filter((c) => c < text.length)
          .sort((a, b) => a - b);
        const bounds = [0, ...cuts, text.length];
        const pad = spec.padApart ? '' : ' river ';
        if (spec.padApart) parent.appendChild(doc.createTextNode(' river '));
        const nodes: Text[] = [];
        for (let i = 0; i + 1 < bounds.length; i++) {
          const piece = text.slice(bounds[i], bounds[i + 1]);
          const first = i === 0;
          const last = i + 2 === bounds.length;
          const node = doc.createTextNode(`${first ? pad : ''}${piece}${last ? pad : ''}`);
          nodes.push(node);
          const tag = spec.wrappers[i % spec.wrappers.length]!;
          if (tag) {
            const wrapper = doc.createElement(tag);
            wrapper.appendChild(node);
            parent.appendChild(wrapper);
          } else {
            parent.appendChild(node);
          }
        }
        if (spec.padApart) parent.appendChild(doc.createTextNode(' river '));
        const lastNode = nodes[nodes.length - 1]!;
        const lastPieceLength = text.length - bounds[bounds.length - 2]!;
        const lastOffset = (nodes.length === 1 ? pad.length : 0) + lastPieceLength;
        place(form, [nodes[0]!, pad.length], [lastNode, lastOffset], inSkip);
        return;
      }
      case 'br':
        parent.appendChild(doc.createElement('br'));
        return;
      case 'inline':
      case 'block': {
        const el = doc.createElement(spec.tag);
        parent.appendChild(el);
        for (const c of spec.children) add(el, c, inSkip);
        return;
      }
      case 'skip': {
        const variant = SKIP_VARIANTS[spec.variant]!;
        const el = doc.createElement(variant.tag);
        for (const [k, v] of Object.entries(variant.attrs ?? {})) el.setAttribute(k, v);
        parent.appendChild(el);
        built.skipped.add(el);
        if (!variant.leaf) for (const c of spec.children) add(el, c, true);
        return;
      }
      case 'shadow': {
        const host = doc.createElement(spec.host);
        parent.appendChild(host);
        const shadow = host.attachShadow({ mode: 'open' });
        built.shadowRoots.push(shadow);
        for (const c of spec.children) add(shadow, c, inSkip);
        return;
      }
    }
  };
  for (const s of specs) add(root, s, false);
  return built;
}

/** True when a node is inside one of `skipped`, looking through shadow roots to their hosts. */
export function isUnder(node: Node, skipped: ReadonlySet<Element>): boolean {
  let cur: Node | null = node;
  while (cur) {
    if (skipped.has(cur as Element)) return true;
    cur = cur.parentNode ?? ((cur as ShadowRoot).host as Node | undefined) ?? null;
  }
  return false;
}
