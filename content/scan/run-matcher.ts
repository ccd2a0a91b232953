// A run of text (one block's text between two boxes, in pieces, one per text node) and its matching:
// the quick test on the pieces as they are, then joining and matching, and for a run too long to match
// at once, window by window between reads of the clock. Each match is located in the run's text nodes.
import type { TermMatch, TermMatcher } from '@/lib/term-matcher';
import type { FoundTerm } from '../ports';

/** Characters matched between two checks of the clock in one long run: a few milliseconds at most. */
export const CHUNK_CHARS = 32_768;
/**
 * Context carried across a chunk boundary: enough for the longest match form and the word before it
 * (the "not after" rule), so splitting a long run never loses or changes a match.
 */
const CHUNK_OVERLAP = 160;

/**
 * The matcher a scan uses. `waiting`: its forms are being read (the first stage found a word that may
 * begin one, content/scan/scan-session.ts): a run that may hold a term waits, and the walk with it.
 */
export interface ScanMatcher extends TermMatcher {
  readonly waiting?: boolean;
}

/** Where a run's terms go: its block's frame in the walk. */
export interface RunFrame {
  found: FoundTerm[] | null;
  /** An unambiguous term was found: ambiguous ones count too (the medical-context rule). */
  medical: boolean;
  /** Its text changed while the walk was in it: its result is dropped (the scanner reads it again). */
  stale: boolean;
}

interface LongRun {
  frame: RunFrame;
  text: string;
  nodes: Text[];
  starts: number[];
  from: number;
  lastEnd: number;
}

export class RunMatcher {
  /** The run's pieces: filled by the walk, which keeps them in locals while walking. */
  readonly nodes: Text[] = [];
  readonly texts: string[] = [];
  readonly starts: number[] = [];
  /** Text was matched since the walk last read the clock. */
  matched = false;
  #long: LongRun | null = null;
  readonly #matcher: ScanMatcher;

  constructor(matcher: ScanMatcher) {
    this.#matcher = matcher;
  }

  /** A long run is being matched window by window (continueLong goes on with it). */
  get pending(): boolean {
    return this.#long !== null;
  }

  /** Forgets a long run under way (its block left, or the walk restarts). */
  drop(): void {
    this.#long = null;
  }

  /** The run of `count` pieces (`length` characters) is over: match it into its block's frame. */
  end(f: RunFrame, count: number, length: number): void {
    if (f.stale) return;
    const texts = this.texts;
    // Most runs hold no word that begins a form: then they need no joining, and no matching.
    const matcher = this.#matcher;
    if (length <= CHUNK_CHARS && matcher.mayMatch && !matcher.mayMatch(texts, count)) return;
    let text = texts[0]!;
    for (let i = 1; i < count; i++) text += texts[i]!;
    this.matched = true;
    // A long run is matched window by window; a run that waits for the forms is matched the same way.
    if (length > CHUNK_CHARS || matcher.waiting) {
      this.#long = {
        frame: f,
        text,
        nodes: this.nodes.slice(0, count),
        starts: this.starts.slice(0, count),
        from: 0,
        lastEnd: 0,
      };
      return;
    }
    const matches = this.#matcher.findMatches(text);
    if (matches.length) this.#keep(f, matches, this.nodes, this.starts, count, 0);
  }

  #keep(f: RunFrame, matches: readonly TermMatch[], nodes: Text[], starts: number[], count: number, shift: number) {
    const found = (f.found ??= []);
    for (const m of matches) {
      if (!m.ambiguous) f.medical = true;
      found.push(locate(nodes, starts, count, m.start + shift, m.end + shift, m.termId));
    }
  }

  /**
   * Matches a long run window by window, reading the clock between windows. Each window reaches
   * CHUNK_OVERLAP characters past its end (to a space) so a match across the cut is found whole, and
   * starts that far before its start (at a space) so the words before a match are seen; a window
   * keeps only the matches that start in it. Returns true when the run is done.
   */
  continueLong(over: () => boolean): boolean {
    const r = this.#long!;
    const text = r.text;
    while (r.from < text.length) {
      if (r.frame.stale) break;
      if (this.#matcher.waiting) return false;
      const from = r.from;
      const to = Math.min(text.length, from + CHUNK_CHARS);
      const windowStart = from === 0 ? 0 : spaceBefore(text, from - CHUNK_OVERLAP);
      const windowEnd = to === text.length ? to : spaceAfter(text, to + CHUNK_OVERLAP);
      const kept: TermMatch[] = [];
      const matches = this.#matcher.findMatches(text.slice(windowStart, windowEnd));
      // The first stage found a candidate in this window: it is matched again once the forms are read.
      if (this.#matcher.waiting) return false;
      for (const m of matches) {
        const start = m.start + windowStart;
        if (start < from || start >= to || start < r.lastEnd) continue;
        kept.push(m);
        r.lastEnd = m.end + windowStart;
      }
      if (kept.length) this.#keep(r.frame, kept, r.nodes, r.starts, r.nodes.length, windowStart);
      r.from = to;
      if (r.from < text.length && over()) return false;
    }
    this.#long = null;
    return true;
  }
}

function spaceBefore(text: string, i: number): number {
  let k = Math.max(0, i);
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

function spaceAfter(text: string, i: number): number {
  let k = Math.min(text.length, i);
  while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  return k;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;
}

/** Index of the node holding `offset`; at a boundary, an end offset belongs to the earlier node. */
function nodeIndexAt(starts: number[], count: number, offset: number, preferEarlier: boolean): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!preferEarlier && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function locate(nodes: Text[], starts: number[], count: number, start: number, end: number, termId: string): FoundTerm {
  const a = nodeIndexAt(starts, count, start, false);
  const b = nodeIndexAt(starts, count, end, true);
  return {
    termId,
    startNode: nodes[a]!,
    startOffset: start - starts[a]!,
    endNode: nodes[b]!,
    endOffset: end - starts[b]!,
    nodes: nodes.slice(a, b + 1),
  };
}
