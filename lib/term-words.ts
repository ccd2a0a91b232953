// Words as the matcher sees them: character classes and case folding (tables filled lazily), token
// hashes, form parsing, and the quick test that asks whether any word of a text may begin a form,
// with the first stage's build-time keys. Pure: no DOM or browser imports.
import type { MatcherForm } from './term-matcher';
import { hasKey, tableKeys, type KeyTable } from './key-table';

export const enum Sep {
  /** A space or hyphen in the form: whitespace or one hyphen on the page. */
  SpaceOrHyphen = 0,
  /** An apostrophe in the form: one straight or curly apostrophe on the page. */
  Apostrophe = 1,
}

// ---- character tables ---------------------------------------------------------------------

// FOLD and KIND cover every UTF-16 unit but are allocated only when a character beyond ASCII is
// classified, or forms are compiled; WORD starts with Latin-1 and grows on the first character past
// it. A frame whose text gives the first stage nothing to ask about allocates none of the big tables.
let FOLD: Uint16Array | null = null;
let KIND: Uint8Array | null = null; // 0 unknown, 1 word character, 2 other
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
export const APOSTROPHE = 39;
export const HYPHEN = 45;
export const SPACE = 32;

const OTHER_APOSTROPHES = [0x2019, 0x2018, 0x02bc, 0xff07];
const OTHER_HYPHENS = [0x2010, 0x2011];
const OTHER_SPACES = [
  9, 10, 11, 12, 13, 0xa0, 0x1680, 0x2007, 0x202f, 0x205f, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2008, 0x2009, 0x200a,
];
const OTHER_SEPARATORS = [...OTHER_APOSTROPHES, ...OTHER_HYPHENS, ...OTHER_SPACES];

/**
 * Characters that show nothing (soft hyphen, zero-width space and joiners, word joiner, byte order
 * mark, Arabic letter mark, bidi marks, embeddings, overrides and isolates). Matching sees through
 * them: inside a word they neither end it nor count, so "keta\u200Bmine" is "ketamine" where it
 * stands, and a match's offsets are the page text's own (security review 5).
 */
export const INVISIBLES = [
  0xad, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
];
/** WORD's value for an invisible character. */
export const INVISIBLE = 0xfffe;
export const isInvisible = (c: number): boolean =>
  c === 0xad ||
  c === 0x061c ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) ||
  c === 0x2060 ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff;
export const INVISIBLE_TEXT = new RegExp(`[${INVISIBLES.map((c) => `\\u{${c.toString(16)}}`).join('')}]`, 'gu');

const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function initTables(): void {
  const folds = (FOLD = new Uint16Array(65536));
  const kinds = (KIND = new Uint8Array(65536));
  for (let c = 0; c < 128; c++) {
    folds[c] = c >= 65 && c <= 90 ? c + 32 : c;
    kinds[c] = isAsciiWord(c) ? 1 : 2;
  }
  for (const c of OTHER_APOSTROPHES) {
    folds[c] = APOSTROPHE;
    kinds[c] = 2;
  }
  for (const c of OTHER_HYPHENS) {
    folds[c] = HYPHEN;
    kinds[c] = 2;
  }
  for (const c of OTHER_SPACES) {
    folds[c] = SPACE;
    kinds[c] = 2;
  }
  // Surrogate halves: never part of a token (astral letters are rare in health text).
  for (let c = 0xd800; c <= 0xdfff; c++) {
    folds[c] = c;
    kinds[c] = 2;
  }
}

/**
 * Both tables in one, for the loops that read every character of a page: the folded code unit of a
 * word character, 0 for any other character, WORD_UNKNOWN until classified; undefined past its end
 * (Latin-1 at first), where classifyWord grows it.
 */
export const WORD_UNKNOWN = 0xffff;
export let WORD = new Uint16Array(256).fill(WORD_UNKNOWN);
for (let c = 0; c < 128; c++) WORD[c] = isAsciiWord(c) ? (c >= 65 && c <= 90 ? c + 32 : c) : 0;
for (const c of OTHER_SEPARATORS) if (c < WORD.length) WORD[c] = 0;
WORD[0xad] = INVISIBLE;

function growWord(): void {
  const wide = new Uint16Array(65536).fill(WORD_UNKNOWN);
  wide.set(WORD);
  for (const c of OTHER_SEPARATORS) wide[c] = 0;
  wide.fill(0, 0xd800, 0xe000);
  for (const c of INVISIBLES) wide[c] = INVISIBLE;
  WORD = wide;
}

export function classifyWord(c: number): number {
  if (c >= WORD.length) {
    growWord();
    if (WORD[c] !== WORD_UNKNOWN) return WORD[c]!;
  }
  return (WORD[c] = classify(c) === 1 ? FOLD![c]! : 0);
}

function classify(c: number): number {
  if (FOLD === null) initTables();
  const kind = KIND!;
  if (kind[c] !== 0) return kind[c]!;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  // Keep offsets stable: only fold where lower-casing keeps the length (not "İ").
  FOLD![c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  kind[c] = WORD_CHAR.test(ch) ? 1 : 2;
  return kind[c]!;
}

export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  const k = KIND === null ? 0 : KIND[c]!;
  return (k === 0 ? classify(c) : k) === 1;
}

export function fold(c: number): number {
  // ASCII: upper case folds to lower, and tab, line feed and the other control spaces to a space.
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c >= 9 && c <= 13 ? SPACE : c;
  if (KIND === null || KIND[c] === 0) classify(c);
  return FOLD![c]!;
}

export function hashFolded(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/**
 * The hashes of a form's first token and of its second (-1 for a one-word form), read straight from
 * its text: the same values parseForm and hashFolded give (the build has already parsed every form).
 */
export function leadHashes(text: string): [first: number, second: number] {
  const n = text.length;
  let i = 0;
  let first = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) break;
    first = (Math.imul(first, 31) + fold(c)) & 0x3fffffff;
  }
  if (i >= n) return [first, -1];
  let second = 0;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) break;
    second = (Math.imul(second, 31) + fold(c)) & 0x3fffffff;
  }
  return [first, second];
}

/** Printable ASCII: nearly every form, and nearly every word a notAfter rule compares. */
const ASCII = /^[\x20-\x7e]*$/;

export function foldString(s: string): string {
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

export const ALL_CAPS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;
/** Any character but whitespace. */
export const NOT_SPACE = /\S/;

/**
 * Bits of a set of hashes: a word whose bit is clear cannot be one of them, so the set (a Map or Set
 * lookup, far slower) is asked only about the few words whose bit is set.
 */
export const FILTER_MASK = 0xffff;
/** Lookups before the first stage builds its bit filter (about a paragraph's words). */
const FILTER_AFTER = 256;

export function hashPair(first: number, second: number): number {
  return (Math.imul(first, 0x2f0b3) + second) & 0x3fffffff;
}

/**
 * Whether a word of the text made of `texts[0..count)` may begin a match, by `mayBegin` (the same words
 * and hashes as tokenize(), read across the pieces as they are: a word may run on from one piece into
 * the next).
 */
export function scanForBeginning(
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
      let w = WORD[text.charCodeAt(i)];
      if (w === undefined || w === WORD_UNKNOWN) w = classifyWord(text.charCodeAt(i));
      if (w === INVISIBLE) continue;
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
 * Whether a word (hash `h`, after a word hashed `prev`, or -1) may begin a form, by the build's keys:
 * one table for one-word forms and first pairs, so it says yes a little more often than the forms
 * would (a word whose hash is a pair's), never less.
 */
export function keyTest(keys: KeyTable): (prev: number, h: number) => boolean {
  // The bit filter spares the binary search on a long page; a frame with a few words (most frames) is
  // done before building it would pay off, so it is built only after FILTER_AFTER lookups.
  let filter: Uint8Array | null = null;
  let lookups = 0;
  const buildFilter = (): Uint8Array => {
    const f = new Uint8Array((FILTER_MASK + 1) >> 3);
    const all = tableKeys(keys);
    for (let i = 0; i < all.length; i++) f[(all[i]! & FILTER_MASK) >> 3]! |= 1 << (all[i]! & 7);
    return f;
  };
  const has = (h: number): boolean => {
    if (filter === null && ++lookups > FILTER_AFTER) filter = buildFilter();
    if (filter !== null && (filter[(h & FILTER_MASK) >> 3]! & (1 << (h & 7))) === 0) return false;
    return hasKey(keys, h);
  };
  return (prev, h) => has(h) || (prev >= 0 && has(hashPair(prev, h)));
}

/**
 * The quick test alone, from the build's keys: false when no word of the text may begin a form (the
 * same answer as the compiled matcher's mayMatch, or true more often: see keyTest).
 */
export function createFirstStage(
  keys: KeyTable,
  mayBegin = keyTest(keys),
): (texts: readonly string[], count: number) => boolean {
  return (texts, count) => scanForBeginning(texts, count, mayBegin);
}
