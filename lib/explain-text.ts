// The Explain view's text: its limits, its paragraphs, the glossary terms marked in each, and the list
// of those terms. Pure. The terms are found by the page's own matcher and precision rule
// (lib/glossary-matcher.ts, applyMedicalContext), applied per paragraph as the content script applies
// it per block.
import { applyMedicalContext, type TermMatch, type TermMatcher } from './term-matcher';

export const EXPLAIN_LIMITS = {
  /** A file larger than this is not read at all (a 200-page text PDF is a few MB; scans are larger). */
  fileBytes: 20 * 1024 * 1024,
  /** PDFs with more pages are not read. */
  pdfPages: 200,
  /** Text beyond this is cut off (about 300 printed pages); the view says so. */
  textChars: 1_000_000,
  /**
   * A paragraph longer than this is cut (at a line break or a sentence end), so the precision rule
   * ("an ambiguous word counts only next to a clear medical term") stays local, as it is in a page's
   * block, even in text that has no blank lines at all.
   */
  paragraphChars: 3_000,
  /** Reading one PDF page (or opening the file) may take this long before PainLens gives up. */
  pageTimeoutMs: 15_000,
  openTimeoutMs: 30_000,
} as const;

/**
 * The context menu on a selection: up to this many words may be one glossary term, so the glossary
 * opens as before. The longest forms have 5 words ("serotonin and norepinephrine reuptake
 * inhibitor"), and one more allows "a" or "the" before it. A longer selection is prose: it opens the
 * Explain view with it (tests/unit/explain-text.test.ts keeps this above the glossary's longest form).
 */
export const MAX_LOOKUP_WORDS = 6;
/** The glossary search reads 200 characters of a selection: anything longer is text to explain. */
export const MAX_LOOKUP_CHARS = 200;

export function isTextToExplain(selection: string): boolean {
  const text = selection.trim();
  if (text.length > MAX_LOOKUP_CHARS) return true;
  return text.split(/\s+/).filter(Boolean).length > MAX_LOOKUP_WORDS;
}

/** Line breaks of every kind become "\n"; a form feed (a page break in a text file) ends a paragraph. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u0085]/g, '\n')
    .replace(/[\f\u2029]/g, '\n\n')
    .replace(/\0/g, '');
}

/** Cuts text to the character limit without splitting a surrogate pair. */
export function limitText(text: string, max: number = EXPLAIN_LIMITS.textChars): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { text: text.slice(0, end), cut: true };
}

/**
 * Paragraphs: text between blank lines, trimmed, with its own line breaks kept (a visit summary's
 * lines mean something). A paragraph over `maxChars` is cut into pieces (see EXPLAIN_LIMITS).
 */
export function splitParagraphs(text: string, maxChars: number = EXPLAIN_LIMITS.paragraphChars): string[] {
  const out: string[] = [];
  for (const block of normalizeText(text).split(/\n[^\S\n]*\n/)) {
    const trimmed = block.replace(/^\s+|\s+$/g, '');
    if (trimmed) out.push(...cutLong(trimmed, maxChars));
  }
  return out;
}

function cutLong(text: string, maxChars: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const head = rest.slice(0, maxChars);
    // The latest good place to cut in the first half or more: a line break, a sentence end, a space.
    const floor = maxChars >> 1;
    let at = head.lastIndexOf('\n');
    if (at < floor) at = lastSentenceEnd(head);
    if (at < floor) at = head.search(/\s\S*$/);
    if (at < floor) {
      at = maxChars;
      const c = rest.charCodeAt(at - 1);
      if (c >= 0xd800 && c <= 0xdbff) at--;
    }
    const piece = rest.slice(0, at).replace(/\s+$/, '');
    if (piece) out.push(piece);
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest) out.push(rest);
  return out;
}

/** Index just after the last ". ", "? " or "! " in the text, or -1. */
function lastSentenceEnd(text: string): number {
  let best = -1;
  for (const m of text.matchAll(/[.?!]["”’)]?\s/g)) best = m.index + m[0].length - 1;
  return best;
}

export interface ExplainedParagraph {
  /** Its place in the text, from 0. */
  index: number;
  text: string;
  /** The terms marked in it, in text order, after the precision rule. */
  matches: readonly TermMatch[];
}

export function explainParagraph(index: number, text: string, matcher: TermMatcher): ExplainedParagraph {
  return { index, text, matches: applyMedicalContext(matcher.findMatches(text)) };
}

export interface TextSegment {
  text: string;
  /** Set on a marked term. */
  termId?: string;
}

/** A paragraph as runs of plain text and marked terms, which together are exactly its text. */
export function segmentParagraph(p: ExplainedParagraph): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const m of p.matches) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: p.text.slice(at, m.start) });
    out.push({ text: p.text.slice(m.start, m.end), termId: m.termId });
    at = m.end;
  }
  if (at < p.text.length) out.push({ text: p.text.slice(at) });
  return out;
}

export interface ListedTerm {
  id: string;
  /** Marked this many times in the text. */
  count: number;
  /** The paragraph it is first marked in. */
  firstParagraph: number;
}

/** The terms marked in the paragraphs, in the order the text first uses them. */
export function listTerms(paragraphs: readonly ExplainedParagraph[]): ListedTerm[] {
  const byId = new Map<string, ListedTerm>();
  for (const p of paragraphs) {
    for (const m of p.matches) {
      const t = byId.get(m.termId);
      if (t) t.count++;
      else byId.set(m.termId, { id: m.termId, count: 1, firstParagraph: p.index });
    }
  }
  return [...byId.values()];
}

export interface SliceClock {
  now(): number;
  /** Gives the browser its turn (input, rendering) before the next slice. */
  pause(): Promise<void>;
}

export interface SliceOptions {
  clock: SliceClock;
  /** Work per slice, in milliseconds: well under the 50 ms of a long task, leaving room to render. */
  budgetMs?: number;
  /** At most this many paragraphs per slice, so what one slice hands over renders quickly too. */
  maxParagraphs?: number;
  /** Each slice's paragraphs, as soon as they are explained. */
  onSlice: (explained: ExplainedParagraph[], done: number, total: number) => void;
  /** True once the reader has moved on (new text, another file): stops between slices. */
  cancelled?: () => boolean;
}

/** Explains the paragraphs in slices, pausing between slices; resolves false when cancelled. */
export async function explainInSlices(
  paragraphs: readonly string[],
  matcher: TermMatcher,
  { clock, budgetMs = 8, maxParagraphs = 60, onSlice, cancelled = () => false }: SliceOptions,
): Promise<boolean> {
  let i = 0;
  while (i < paragraphs.length) {
    if (cancelled()) return false;
    const start = clock.now();
    const slice: ExplainedParagraph[] = [];
    do {
      slice.push(explainParagraph(i, paragraphs[i]!, matcher));
      i++;
    } while (i < paragraphs.length && slice.length < maxParagraphs && clock.now() - start < budgetMs);
    onSlice(slice, i, paragraphs.length);
    if (i < paragraphs.length) await clock.pause();
  }
  return !cancelled();
}
