// Finds glossary terms in text in one pass. Pure: no DOM or browser imports.
//
// Why a token table instead of one big RegExp: the text is split into word tokens (maximal runs of
// Unicode letters, digits and marks) while a case-folded hash of each token is computed, and each
// token's hash is looked up in a table of the forms' first tokens. That is one pass, no string is
// allocated per word, and the cost does not grow with the number of forms. `npm run bench` measures it
// against a combined RegExp (lib/regex-matcher.ts) on real pages in Chromium.
import type { CaseRule } from '../data/types';

export interface MatcherForm {
  termId: string;
  text: string;
  case: CaseRule;
  ambiguous?: boolean;
  notAfter?: readonly string[];
}

export interface TermMatch {
  /** UTF-16 offsets into the searched text; `end` is exclusive. */
  start: number;
  end: number;
  termId: string;
  ambiguous: boolean;
}

export interface TermMatcher {
  /** Every non-overlapping match, longest first at each position, in text order. Ambiguous ones included. */
  findMatches(text: string): TermMatch[];
  /**
   * False when the text made of `texts[0..count)` joined cannot hold a match: no word in it begins a
   * form. Reads the pieces in place, so a page's text needs no joining until a form may be there.
   */
  mayMatch?(texts: readonly string[], count: number): boolean;
  readonly formCount: number;
}

const enum Sep {
  /** A space or hyphen in the form: whitespace or one hyphen on the page. */
  SpaceOrHyphen = 0,
  /** An apostrophe in the form: one straight or curly apostrophe on the page. */
  Apostrophe = 1,
}

interface CompiledForm {
  termId: string;
  ambiguous: boolean;
  /** Folded (lower-case) tokens, and their hashes. */
  tokens: string[];
  hashes: number[];
  /** Tokens that must match exactly as written, or null where case does not matter. */
  exact: (string | null)[];
  seps: Sep[];
  notAfter: ReadonlySet<string> | null;
  length: number;
}

// ---- character tables ---------------------------------------------------------------------
// Filled lazily: building all 65,536 entries up front would cost milliseconds on every page load.

const FOLD = new Uint16Array(65536);
const KIND = new Uint8Array(65536); // 0 unknown, 1 word character, 2 other
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = 39;
const HYPHEN = 45;
const SPACE = 32;

const OTHER_APOSTROPHES = [0x2019, 0x2018, 0x02bc, 0xff07];
const OTHER_HYPHENS = [0x2010, 0x2011];
const OTHER_SPACES = [
  9, 10, 11, 12, 13, 0xa0, 0x1680, 0x2007, 0x202f, 0x205f, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2008, 0x2009, 0x200a,
];

for (let c = 0; c < 128; c++) {
  FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
  KIND[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}
for (const c of OTHER_APOSTROPHES) {
  FOLD[c] = APOSTROPHE;
  KIND[c] = 2;
}
for (const c of OTHER_HYPHENS) {
  FOLD[c] = HYPHEN;
  KIND[c] = 2;
}
for (const c of OTHER_SPACES) {
  FOLD[c] = SPACE;
  KIND[c] = 2;
}
// Surrogate halves: never part of a token (astral letters are rare in health text).
for (let c = 0xd800; c <= 0xdfff; c++) {
  FOLD[c] = c;
  KIND[c] = 2;
}

/**
 * Both tables in one, for the loops that read every character of a page: the folded code unit of a
 * word character, 0 for any other character, WORD_UNKNOWN until classified.
 */
const WORD_UNKNOWN = 0xffff;
const WORD = new Uint16Array(65536).fill(WORD_UNKNOWN);
for (let c = 0; c < 128; c++) WORD[c] = KIND[c] === 1 ? FOLD[c]! : 0;
for (const c of [...OTHER_APOSTROPHES, ...OTHER_HYPHENS, ...OTHER_SPACES]) WORD[c] = 0;
WORD.fill(0, 0xd800, 0xe000);

function classifyWord(c: number): number {
  return (WORD[c] = classify(c) === 1 ? FOLD[c]! : 0);
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  // Keep offsets stable: only fold where lower-casing keeps the length (not "İ").
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  KIND[c] = WORD_CHAR.test(ch) ? 1 : 2;
  return KIND[c]!;
}

function isWordChar(c: number): boolean {
  const k = KIND[c]!;
  return (k === 0 ? classify(c) : k) === 1;
}

function fold(c: number): number {
  if (KIND[c] === 0) classify(c);
  return FOLD[c]!;
}

function hashFolded(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/** Printable ASCII: nearly every form, and nearly every word a notAfter rule compares. */
const ASCII = /^[\x20-\x7e]*$/;

function foldString(s: string): string {
  // For printable ASCII the native lower-casing is the same fold, and cheaper than the loop below when
  // the glossary's ~800 forms are compiled as cold code, once per page and frame.
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

/** Splits a form into tokens and separators; throws on text the matcher cannot represent. */
/** ASCII words joined by single spaces, hyphens or apostrophes: read with native splitting (see foldString). */
const SIMPLE_FORM = /^[0-9A-Za-z]+(?:[ '-][0-9A-Za-z]+)*$/;
const SIMPLE_SEPARATOR = /[ '-]/;

export function parseForm(text: string): { tokens: string[]; seps: Sep[] } {
  if (SIMPLE_FORM.test(text)) {
    const tokens = text.split(SIMPLE_SEPARATOR);
    const seps: Sep[] = [];
    if (tokens.length > 1) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === HYPHEN) seps.push(Sep.SpaceOrHyphen);
        else if (c === APOSTROPHE) seps.push(Sep.Apostrophe);
      }
    }
    return { tokens, seps };
  }
  const tokens: string[] = [];
  const seps: Sep[] = [];
  let token = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      token += text[i];
      continue;
    }
    const f = fold(c);
    if (!token || (f !== SPACE && f !== HYPHEN && f !== APOSTROPHE)) {
      throw new Error(`Unsupported match form "${text}"`);
    }
    tokens.push(token);
    seps.push(f === APOSTROPHE ? Sep.Apostrophe : Sep.SpaceOrHyphen);
    token = '';
  }
  if (!token) throw new Error(`Unsupported match form "${text}"`);
  tokens.push(token);
  return { tokens, seps };
}

const ALL_CAPS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;
/** Any character but whitespace. */
const NOT_SPACE = /\S/;

function compileForm(form: MatcherForm): CompiledForm {
  const { tokens, seps } = parseForm(form.text);
  // One plain loop (no map callbacks): this runs for ~800 forms once per page, before the engine optimizes it.
  const n = tokens.length;
  // Preallocated on purpose: in cold code, growing these with push() made the whole compile about 1.6 times
  // slower (median cold compile in a fresh Chromium page 9.3-11.5 ms against 6.1-6.4 ms).
  /* oxlint-disable unicorn/no-new-array */
  const folded: string[] = new Array<string>(n);
  const hashes: number[] = new Array<number>(n);
  const exact: (string | null)[] = new Array<string | null>(n);
  /* oxlint-enable unicorn/no-new-array */
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    folded[i] = foldString(t);
    hashes[i] = hashFolded(folded[i]!);
    exact[i] = form.case === 'abbr' || ALL_CAPS.test(t) ? t : null;
  }
  return {
    termId: form.termId,
    ambiguous: form.ambiguous === true,
    tokens: folded,
    hashes,
    exact,
    seps,
    notAfter: form.notAfter?.length ? new Set(form.notAfter.map(foldString)) : null,
    length: form.text.length,
  };
}

// ---- the matcher --------------------------------------------------------------------------

// Token buffers are reused across calls; the matcher runs on one thread.
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let hashes = new Int32Array(1024);

function grow(n: number): void {
  if (n <= starts.length) return;
  const size = Math.max(n, starts.length * 2);
  starts = new Int32Array(size);
  ends = new Int32Array(size);
  hashes = new Int32Array(size);
}

function tokenize(text: string): number {
  const n = text.length;
  grow((n >> 1) + 2);
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = WORD[text.charCodeAt(i)]!;
    if (w === WORD_UNKNOWN) w = classifyWord(text.charCodeAt(i));
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    do {
      h = (Math.imul(h, 31) + w) & 0x3fffffff;
      if (++i === n) break;
      w = WORD[text.charCodeAt(i)]!;
      if (w === WORD_UNKNOWN) w = classifyWord(text.charCodeAt(i));
    } while (w !== 0);
    starts[count] = start;
    ends[count] = i;
    hashes[count] = h;
    count++;
  }
  return count;
}

function tokenEquals(text: string, start: number, end: number, token: string): boolean {
  if (end - start !== token.length) return false;
  for (let k = 0; k < token.length; k++) {
    if (fold(text.charCodeAt(start + k)) !== token.charCodeAt(k)) return false;
  }
  return true;
}

function exactEquals(text: string, start: number, token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    if (text.charCodeAt(start + k) !== token.charCodeAt(k)) return false;
  }
  return true;
}

/** Hyphenated or spaced words: whitespace, or one hyphen (with optional spaces), at most 16 characters. */
function separatorMatches(text: string, from: number, to: number, sep: Sep): boolean {
  const len = to - from;
  if (sep === Sep.Apostrophe) return len === 1 && fold(text.charCodeAt(from)) === APOSTROPHE;
  if (len < 1 || len > 16) return false;
  let hyphens = 0;
  for (let k = from; k < to; k++) {
    const f = fold(text.charCodeAt(k));
    if (f === HYPHEN) hyphens++;
    else if (f !== SPACE) return false;
  }
  return hyphens <= 1;
}

function formMatchesAt(text: string, form: CompiledForm, i: number, count: number): boolean {
  const k = form.tokens.length;
  if (i + k > count) return false;
  for (let j = 0; j < k; j++) {
    const t = i + j;
    if (j > 0 && hashes[t] !== form.hashes[j]) return false;
    if (!tokenEquals(text, starts[t]!, ends[t]!, form.tokens[j]!)) return false;
    const exact = form.exact[j];
    if (exact !== null && exact !== undefined && !exactEquals(text, starts[t]!, exact)) return false;
    if (j > 0 && !separatorMatches(text, ends[t - 1]!, starts[t]!, form.seps[j - 1]!)) return false;
  }
  if (form.notAfter && i > 0) {
    const prev = foldString(text.slice(starts[i - 1]!, ends[i - 1]!));
    if (form.notAfter.has(prev) && separatorMatches(text, ends[i - 1]!, starts[i]!, Sep.SpaceOrHyphen)) return false;
  }
  return true;
}

/**
 * Bits of a set of hashes: a word whose bit is clear cannot be one of them, so the set (a Map or Set
 * lookup, far slower) is asked only about the few words whose bit is set.
 */
const FILTER_MASK = 0xffff;

function hashPair(first: number, second: number): number {
  return (Math.imul(first, 0x2f0b3) + second) & 0x3fffffff;
}

export function compileMatcher(forms: readonly MatcherForm[]): TermMatcher {
  const byFirstToken = new Map<number, CompiledForm[]>();
  // What may begin a match: a one-word form, or the first two words of a longer one.
  const singles = new Set<number>();
  const pairs = new Set<number>();
  const filter = new Uint8Array((FILTER_MASK + 1) >> 3);
  const note = (set: Set<number>, h: number) => {
    set.add(h);
    filter[(h & FILTER_MASK) >> 3]! |= 1 << (h & 7);
  };
  for (const form of forms) {
    const compiled = compileForm(form);
    const key = compiled.hashes[0]!;
    if (compiled.hashes.length === 1) note(singles, key);
    else note(pairs, hashPair(key, compiled.hashes[1]!));
    const bucket = byFirstToken.get(key);
    if (bucket) bucket.push(compiled);
    else byFirstToken.set(key, [compiled]);
  }
  const inFilter = (h: number): boolean => (filter[(h & FILTER_MASK) >> 3]! & (1 << (h & 7))) !== 0;
  /** Whether a word (hash `h`, after a word hashed `prev`, or -1) may begin a match. */
  const mayBegin = (prev: number, h: number): boolean => {
    if (inFilter(h) && singles.has(h)) return true;
    if (prev < 0) return false;
    const pair = hashPair(prev, h);
    return inFilter(pair) && pairs.has(pair);
  };
  // Longest first: more tokens, then more characters.
  for (const bucket of byFirstToken.values()) {
    bucket.sort((a, b) => b.tokens.length - a.tokens.length || b.length - a.length);
  }

  function findMatches(text: string): TermMatch[] {
    const count = tokenize(text);
    // Most text holds no form: look for a word that may begin one before allocating anything.
    let i = 0;
    while (i < count && !mayBegin(i > 0 ? hashes[i - 1]! : -1, hashes[i]!)) i++;
    if (i === count) return [];
    // A pair is found at its second word; the match may begin at the word before.
    if (i > 0) i--;
    const out: TermMatch[] = [];
    while (i < count) {
      const bucket = byFirstToken.get(hashes[i]!);
      let advanced = false;
      if (bucket) {
        for (const form of bucket) {
          if (!formMatchesAt(text, form, i, count)) continue;
          const last = i + form.tokens.length - 1;
          out.push({ start: starts[i]!, end: ends[last]!, termId: form.termId, ambiguous: form.ambiguous });
          i = last + 1;
          advanced = true;
          break;
        }
      }
      if (!advanced) i++;
    }
    return out;
  }

  const mayMatch = (texts: readonly string[], count: number) => scanForBeginning(texts, count, mayBegin);

  return { findMatches, mayMatch, formCount: forms.length };
}

/**
 * Whether a word of the text made of `texts[0..count)` may begin a match, by `mayBegin` (the same words
 * and hashes as tokenize(), read across the pieces as they are: a word may run on from one piece into
 * the next).
 */
function scanForBeginning(
  texts: readonly string[],
  count: number,
  mayBegin: (prev: number, h: number) => boolean,
): boolean {
  let h = 0;
  let prev = -1;
  let inWord = false;
  for (let p = 0; p < count; p++) {
    const text = texts[p]!;
    // Layout whitespace (indentation between tags) is much of many pages' text: a piece of nothing
    // else is skipped natively (the engine's regular expressions read characters faster than a loop
    // in code that has not been optimized yet). Whitespace is a word boundary.
    if (!NOT_SPACE.test(text)) {
      if (inWord) {
        if (mayBegin(prev, h)) return true;
        prev = h;
        h = 0;
        inWord = false;
      }
      continue;
    }
    const end = text.length;
    for (let i = 0; i < end; i++) {
      let w = WORD[text.charCodeAt(i)]!;
      if (w === WORD_UNKNOWN) w = classifyWord(text.charCodeAt(i));
      if (w !== 0) {
        h = (Math.imul(h, 31) + w) & 0x3fffffff;
        inWord = true;
      } else if (inWord) {
        if (mayBegin(prev, h)) return true;
        prev = h;
        h = 0;
        inWord = false;
      }
    }
  }
  return inWord && mayBegin(prev, h);
}

// ---- the first stage ----------------------------------------------------------------------
// What may begin a match (the hash of a one-word form, or of the first two words of a longer one),
// computed at build time into one sorted array. A frame asks it about its text before any form is
// unpacked or compiled: most frames (ads, empty frames, pages about other things) never need more.

/** The sorted, distinct keys of the first stage for these forms. */
export function firstStageKeys(forms: readonly MatcherForm[]): Uint32Array {
  const keys = new Set<number>();
  for (const form of forms) {
    const { tokens } = parseForm(form.text);
    const first = hashFolded(foldString(tokens[0]!));
    keys.add(tokens.length === 1 ? first : hashPair(first, hashFolded(foldString(tokens[1]!))));
  }
  return Uint32Array.from([...keys].sort((a, b) => a - b));
}

/**
 * The quick test alone, from the build's keys: false when no word of the text may begin a form (the
 * same answer as the compiled matcher's mayMatch, or true more often: singles and pairs share a table).
 */
export function createFirstStage(keys: Uint32Array): (texts: readonly string[], count: number) => boolean {
  const filter = new Uint8Array((FILTER_MASK + 1) >> 3);
  for (let i = 0; i < keys.length; i++) filter[(keys[i]! & FILTER_MASK) >> 3]! |= 1 << (keys[i]! & 7);
  const has = (h: number): boolean => {
    if ((filter[(h & FILTER_MASK) >> 3]! & (1 << (h & 7))) === 0) return false;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === h) return true;
      if (k < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const mayBegin = (prev: number, h: number) => has(h) || (prev >= 0 && has(hashPair(prev, h)));
  return (texts, count) => scanForBeginning(texts, count, mayBegin);
}

/**
 * The precision rule for one block of text: ambiguous matches ("IV", "oral") count only when an
 * unambiguous term occurs in the same block.
 */
export function applyMedicalContext(matches: readonly TermMatch[]): TermMatch[] {
  const medical = matches.some((m) => !m.ambiguous);
  return medical ? matches.slice() : matches.filter((m) => !m.ambiguous);
}
