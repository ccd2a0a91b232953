// The benchmark's code that runs inside the measured page (main world). bench/build.ts bundles it
// with esbuild into one script and evaluates it in pages opened WITHOUT the extension, so the
// cold numbers here are comparable with PainLens's own scan of a fresh copy of the same page.
// It defines globalThis.painlensBench and nothing else.
import { Painter } from '@/content/paint/painter';
import { TermIndex } from '@/content/term-index';
import { scanOnce, type FoundTerm } from '@/content/scan/scan-once';
import { TAG_FLAGS, TAG_SKIP } from '@/content/dom/dom-rules';
import { compileRegexMatcher } from '@/lib/regex-matcher';
import { compileMatcher, type MatcherForm, type TermMatcher } from '@/lib/term-matcher';
import type { Phase } from './results-model';

export interface WalkResult {
  ms: number;
  textNodes: number;
  chars: number;
  matches: number;
}

export interface MarkResult {
  ms: number;
  complete: boolean;
  formsDone: number;
  formsTotal: number;
  caseSensitiveForms: number;
  marks: number;
}

interface MarkOptions {
  element: string;
  className: string;
  exclude: string[];
  accuracy: { value: 'exactly'; limiters: string[] };
  separateWordSearch: boolean;
  diacritics: boolean;
  caseSensitive: boolean;
  acrossElements: boolean;
  done?: (marks: number) => void;
}

interface MarkInstance {
  mark(keywords: string[], options: MarkOptions): void;
}

// Matchers that find nothing, for the breakdown: the first says no to every run before it is joined
// (the walk and its skip rules alone), the second lets every run be joined into one string.
const NOTHING_MAY_MATCH: TermMatcher = { findMatches: () => [], mayMatch: () => false, formCount: 0 };
const EVERYTHING_MAY_MATCH: TermMatcher = { findMatches: () => [], mayMatch: () => true, formCount: 0 };

function root(): Node {
  return document.body ?? document.documentElement;
}

/**
 * Times fn and records it as a User Timing measure "painlens-bench:<name>", so the harness can find
 * the task that ran it in a performance trace and read that task's thread (CPU) time too.
 */
function timed<T>(name: string, fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  const end = performance.now();
  performance.measure(`painlens-bench:${name}`, { start, end });
  return { ms: end - start, value };
}

function walkText(): { textNodes: number; chars: number } {
  const walker = document.createTreeWalker(root(), NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    textNodes++;
  }
  return { textNodes, chars };
}

/**
 * Every node, as a JS walk does it (firstChild/nextSibling), reading each text node's data once: what any
 * scanner that must see elements (to skip editors and scripts, and to find blocks and shadow roots) pays
 * before it does anything with them.
 */
function walkNodes(): { textNodes: number; chars: number } {
  const top = root();
  let node: Node | null = top.firstChild;
  let textNodes = 0;
  let chars = 0;
  while (node) {
    if (node.nodeType === 3) {
      chars += (node as Text).data.length;
      textNodes++;
    }
    // Down if it can, else along, else up until a parent has a next sibling.
    let next: Node | null = node.firstChild;
    while (!next && node !== top) {
      next = node.nextSibling;
      if (!next) node = node.parentNode!;
    }
    node = next;
  }
  return { textNodes, chars };
}

/** The floor: a bare TreeWalker over every text node, reading each node's data once. */
function floor(): WalkResult {
  const { ms, value } = timed('floor', walkText);
  return { ms, ...value, matches: 0 };
}

/**
 * The structure floor: a bare TreeWalker over every element and text node, reading each element's
 * name and each text node's data. The least a scan pays that must know where blocks begin and end
 * and which elements to skip (editors, scripts, hidden content), before it reads a word.
 */
function structureFloor(): WalkResult {
  const { ms, value } = timed('structureFloor', () => {
    const walker = document.createTreeWalker(root(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    let names = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        chars += (n as Text).data.length;
        textNodes++;
      } else names += (n as Element).localName.length;
    }
    return { textNodes, chars, names };
  });
  return { ms, textNodes: value.textNodes, chars: value.chars, matches: 0 };
}

const NOT_SPACE = /\S/;

/**
 * The reading floor: the structure floor that also passes over the subtrees a scan skips by tag
 * (scripts, styles, form controls: content/dom/dom-rules.ts) and reads each character outside them once, doing
 * the least a matcher in JS does with it (is it a letter: counting words). Text of only whitespace is
 * passed over natively, as the scan's quick test does. Any matcher written in JS reads each character at
 * least once, so this is a floor under the scan before it hashes a word, looks it up, or matches and
 * places a term. `matches` holds the words counted.
 */
function readingFloor(): WalkResult {
  const { ms, value } = timed('readingFloor', () => {
    const walker = document.createTreeWalker(root(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    let words = 0;
    let n = walker.nextNode();
    while (n) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        textNodes++;
        chars += data.length;
        if (NOT_SPACE.test(data)) {
          let inWord = false;
          for (let i = 0; i < data.length; i++) {
            const c = data.charCodeAt(i);
            const letter = ((c | 32) - 97) >>> 0 < 26 || c > 127;
            if (letter && !inWord) words++;
            inWord = letter;
          }
        }
      } else if (((TAG_FLAGS.get((n as Element).localName) ?? 0) & TAG_SKIP) !== 0) {
        // Past its subtree: on to its next sibling, or the next sibling of its nearest ancestor that has one.
        let next = walker.nextSibling();
        while (!next && walker.parentNode()) next = walker.nextSibling();
        n = next;
        continue;
      }
      n = walker.nextNode();
    }
    return { textNodes, chars, words };
  });
  return { ms, textNodes: value.textNodes, chars: value.chars, matches: value.words };
}

// The lookup floor's set of first words: FNV-1a hashes of the forms' first words, folded to lower
// case, in an open-addressing table built before the floor is timed (PainLens ships its own key
// table built at build time, so building one is no part of a scan either).
let lookupTable = new Uint32Array(0);
let lookupMask = 0;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** The hash the lookup floor uses: FNV-1a over letters folded (ASCII | 32), never 0 (0 is empty). */
function foldHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (word.charCodeAt(i) | 32), FNV_PRIME);
  return h >>> 0 || 1;
}

function setLookupWords(words: string[]): number {
  let size = 1;
  while (size < words.length * 2) size <<= 1;
  lookupTable = new Uint32Array(size);
  lookupMask = size - 1;
  for (const w of words) {
    const h = foldHash(w);
    let i = h & lookupMask;
    while (lookupTable[i] !== 0 && lookupTable[i] !== h) i = (i + 1) & lookupMask;
    lookupTable[i] = h;
  }
  return size;
}

/**
 * The lookup floor: the reading floor that also hashes each word as it reads it (FNV-1a, letters
 * folded) and looks the hash up in a table of the glossary's first words. The least any JS matcher
 * that finds words in a dictionary pays, before it matches a form, checks context or places a term.
 * `matches` holds the words found in the table.
 */
function lookupFloor(): WalkResult {
  const { ms, value } = timed('lookupFloor', () => {
    const table = lookupTable;
    const mask = lookupMask;
    const walker = document.createTreeWalker(root(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    let hits = 0;
    let n = walker.nextNode();
    while (n) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        textNodes++;
        chars += data.length;
        if (NOT_SPACE.test(data)) {
          let h = FNV_OFFSET;
          let inWord = false;
          for (let i = 0; i <= data.length; i++) {
            const c = i < data.length ? data.charCodeAt(i) : 32;
            if (((c | 32) - 97) >>> 0 < 26 || c > 127) {
              h = Math.imul(h ^ (c | 32), FNV_PRIME);
              inWord = true;
            } else if (inWord) {
              const key = h >>> 0 || 1;
              for (let j = key & mask; table[j] !== 0; j = (j + 1) & mask) {
                if (table[j] === key) {
                  hits++;
                  break;
                }
              }
              h = FNV_OFFSET;
              inWord = false;
            }
          }
        }
      } else if (((TAG_FLAGS.get((n as Element).localName) ?? 0) & TAG_SKIP) !== 0) {
        let next = walker.nextSibling();
        while (!next && walker.parentNode()) next = walker.nextSibling();
        n = next;
        continue;
      }
      n = walker.nextNode();
    }
    return { textNodes, chars, hits };
  });
  return { ms, textNodes: value.textNodes, chars: value.chars, matches: value.hits };
}

/** The same walk, running a matcher over each text node and making a StaticRange per match. */
function matchWalk(matcher: TermMatcher): Omit<WalkResult, 'ms'> {
  const walker = document.createTreeWalker(root(), NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  const ranges: StaticRange[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const data = text.data;
    chars += data.length;
    textNodes++;
    for (const m of matcher.findMatches(data)) {
      ranges.push(
        new StaticRange({ startContainer: text, startOffset: m.start, endContainer: text, endOffset: m.end }),
      );
    }
  }
  return { textNodes, chars, matches: ranges.length };
}

let forms: MatcherForm[] = [];
let tokenMatcher: TermMatcher | null = null;
let regexMatcher: TermMatcher | null = null;

/** Hands the match forms to the page once, so timed calls carry no arguments to deserialize. */
function setForms(list: MatcherForm[]): void {
  forms = list;
  tokenMatcher = null;
  regexMatcher = null;
}

/** The combined-RegExp baseline, cold: compile (timed apart), then walk; its first exec compiles the pattern. */
function regexBaseline(): WalkResult & { compileMs: number } {
  const compiled = timed('regex-compile', () => compileRegexMatcher(forms));
  const walk = timed('regex', () => matchWalk(compiled.value));
  return { ms: walk.ms, ...walk.value, compileMs: compiled.ms };
}

/**
 * PainLens's scan in one synchronous pass (no idle slices): scanOnce, the walk every idle slice of
 * content/scan/page-scanner.ts runs (the document's skipped elements searched once), and its sink.
 * Returns the number of blocks reported, or of terms found when `countTerms`.
 */
function textWalkScan(matcher: TermMatcher, countTerms: boolean, index?: TermIndex, painter?: Painter): number {
  let count = 0;
  const sink = (block: Element | ShadowRoot, found: readonly FoundTerm[]) => {
    count += countTerms ? found.length : 1;
    if (index && (found.length || index.hasBlock(block))) painter?.apply(index.replaceBlock(block, found));
  };
  scanOnce(root() as Element, matcher, sink);
  return count;
}

/**
 * Compiles both matchers once. Called on its own before a cold pass, so that pass's task (whose CPU
 * time the harness reads from the trace) holds the pass alone.
 */
function compileMatchers(): { token: TermMatcher; regex: TermMatcher } {
  tokenMatcher ??= compileMatcher(forms);
  regexMatcher ??= compileRegexMatcher(forms);
  return { token: tokenMatcher, regex: regexMatcher };
}

/**
 * One pass of one phase of the breakdown: where the time between the floor and PainLens's scan goes.
 * blockWalk: the scanner's walk with its skip rules, reading every text node but joining no run (a
 * matcher whose quick test says no); blockRead: + joining every block's runs into strings (a matcher
 * that finds nothing); blockScan: + the real matcher; blockScanIndexPaint: + the term index and painting.
 * tokenWalk / regexWalk: the floor's walk with each matcher per text node, for comparison.
 */
function phasePass(phase: Phase): { ms: number; count: number } {
  const { token, regex } = compileMatchers();
  const run: Record<Phase, () => number> = {
    floor: () => walkText().textNodes,
    nodeWalk: () => walkNodes().textNodes,
    blockWalk: () => textWalkScan(NOTHING_MAY_MATCH, false),
    blockRead: () => textWalkScan(EVERYTHING_MAY_MATCH, false),
    blockScan: () => textWalkScan(token, true),
    blockScanIndexPaint: () => {
      const index = new TermIndex();
      const painter = new Painter(index);
      painter.register();
      const n = textWalkScan(token, true, index, painter);
      painter.unregister();
      return n;
    },
    tokenWalk: () => matchWalk(token).matches,
    regexWalk: () => matchWalk(regex).matches,
  };
  const { ms, value } = timed(`phase:${phase}`, run[phase]);
  return { ms, count: value };
}

// Characters that end a word for mark.js's "exactly" accuracy, besides whitespace: the punctuation
// that term-matcher also treats as a word boundary.
const LIMITERS = [
  ...',.;:!?\'"()[]{}<>/\\|*+=&%$#@~^`_',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2013',
  '\u2014',
  '\u2026',
  '\u00b7',
  '\u00ab',
  '\u00bb',
];

const ALL_CAPS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;

/**
 * mark.js with the same forms. It has one case switch per call, so the forms go in two groups:
 * case-insensitive ("word" forms), and case-sensitive ("abbr" forms and "word" forms with an
 * all-capitals token such as "NMDA receptor", which mark.js can only match exactly as written).
 * Words are whole ("exactly", with punctuation as limiters); whitespace runs match any whitespace.
 * Not expressible in mark.js: hyphen/space interchange, notAfter and the medical-context rule.
 * The keywords go in batches (longest first, as mark.js orders them itself), so the run can stop
 * at the time box between batches; the time is the sum of the batches' synchronous work.
 */
async function markPeer(timeboxMs: number, batchSize = 20): Promise<MarkResult> {
  const Mark = (globalThis as unknown as { Mark?: new (ctx: Node) => MarkInstance }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded in the page');
  const sensitive = (f: MatcherForm) => f.case === 'abbr' || f.text.split(/[\s'’-]/).some((t) => ALL_CAPS.test(t));
  const groups = [
    { caseSensitive: false, words: [...new Set(forms.filter((f) => !sensitive(f)).map((f) => f.text))] },
    { caseSensitive: true, words: [...new Set(forms.filter(sensitive).map((f) => f.text))] },
  ];
  const formsTotal = groups[0]!.words.length + groups[1]!.words.length;
  const instance = new Mark(root());
  let ms = 0;
  let formsDone = 0;
  let marks = 0;
  for (const group of groups) {
    const words = group.words.sort((a, b) => b.length - a.length);
    for (let i = 0; i < words.length; i += batchSize) {
      if (ms > timeboxMs) {
        return { ms, complete: false, formsDone, formsTotal, caseSensitiveForms: groups[1]!.words.length, marks };
      }
      const batch = words.slice(i, i + batchSize);
      const t0 = performance.now();
      instance.mark(batch, {
        element: 'mark',
        className: 'pl-peer',
        exclude: ['.pl-peer'],
        accuracy: { value: 'exactly', limiters: LIMITERS },
        separateWordSearch: false,
        diacritics: false,
        caseSensitive: group.caseSensitive,
        acrossElements: false,
        done: (n) => {
          marks += n;
        },
      });
      ms += performance.now() - t0;
      formsDone += batch.length;
      // Let the page breathe between batches, so the browser stays responsive to the harness.
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  return { ms, complete: true, formsDone, formsTotal, caseSensitiveForms: groups[1]!.words.length, marks };
}

// ---- hover ----------------------------------------------------------------------------------

interface HoverProbe {
  restAt: number;
  frameAt: number;
}

const probe: HoverProbe = { restAt: -1, frameAt: -1 };

addEventListener(
  'pointermove',
  (e) => {
    probe.restAt = e.timeStamp;
    probe.frameAt = -1;
    requestAnimationFrame(() => {
      probe.frameAt = performance.now();
    });
  },
  { capture: true, passive: true },
);

/** Centre of the n-th painted term (document order), scrolled into the middle of the viewport. */
function termPoint(n: number): { x: number; y: number; text: string } | null {
  const h = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get('painlens-term');
  if (!h) return null;
  const ranges = [...h].filter((r) => r.startContainer.isConnected);
  ranges.sort((a, b) => {
    const pos = a.startContainer.compareDocumentPosition(b.startContainer);
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return a.startOffset - b.startOffset;
  });
  const r = ranges[n];
  if (!r) return null;
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = live.getClientRects()[0];
  if (!rect) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: live.toString() };
}

/**
 * PainLens's card is in a closed shadow root, which no page (nor this in-page bench) can read: what a
 * page can see is its host in the top layer (an open popover) while a card shows.
 */
function tooltipShown(): boolean {
  const host = document.querySelector('painlens-ui');
  return host?.matches(':popover-open') === true;
}

let pendingTip: Promise<{ restAt: number; frameAt: number; shownAt: number; paintedAt: number } | null> | null = null;

/** Starts watching for the tooltip: the time its dialog appears, and the next animation frame. */
function watchTooltip(timeoutMs: number): void {
  probe.restAt = -1;
  probe.frameAt = -1;
  pendingTip = new Promise((resolve) => {
    const observers: MutationObserver[] = [];
    const watched = new WeakSet<Node>();
    const toggles: Element[] = [];
    let finished = false;
    const finish = (value: { restAt: number; frameAt: number; shownAt: number; paintedAt: number } | null) => {
      finished = true;
      for (const o of observers) o.disconnect();
      for (const t of toggles) t.removeEventListener('toggle', check);
      clearTimeout(timer);
      resolve(value);
    };
    const observe = (target: Node) => {
      if (watched.has(target)) return;
      watched.add(target);
      const o = new MutationObserver(check);
      o.observe(target, { childList: true, subtree: true });
      observers.push(o);
    };
    function check(): void {
      if (finished) return;
      const host = document.querySelector('painlens-ui');
      // The popover's toggle is the page-visible signal that a card opened.
      if (host && !watched.has(host)) {
        watched.add(host);
        host.addEventListener('toggle', check);
        toggles.push(host);
      }
      if (!tooltipShown()) return;
      finished = true;
      const shownAt = performance.now();
      requestAnimationFrame(() => finish({ ...probe, shownAt, paintedAt: performance.now() }));
    }
    const timer = setTimeout(() => finish(null), timeoutMs);
    observe(document.documentElement);
    check();
  });
}

function tooltipResult(): Promise<{ restAt: number; frameAt: number; shownAt: number; paintedAt: number } | null> {
  if (!pendingTip) throw new Error('watchTooltip was not called');
  return pendingTip;
}

(globalThis as unknown as { painlensBench: unknown }).painlensBench = {
  setForms,
  floor,
  structureFloor,
  readingFloor,
  setLookupWords,
  lookupFloor,
  compileMatchers,
  regexBaseline,
  phasePass,
  markPeer,
  termPoint,
  tooltipShown,
  watchTooltip,
  tooltipResult,
};
