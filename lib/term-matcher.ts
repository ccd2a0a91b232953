// Finds glossary terms in text in one pass. Pure: no DOM or browser imports.
//
// Why a token table instead of one big RegExp: the text is split into word tokens (maximal runs of
// Unicode letters, digits and marks) while a case-folded hash of each token is computed, and each
// token's hash is looked up in a table of the forms' first tokens. That is one pass, no string is
// allocated per word, and the cost does not grow with the number of forms. `npm run bench` measures it
// against a combined RegExp (lib/regex-matcher.ts) on real pages in Chromium.
import type { CaseRule } from '../data/types';
import {
  ALL_CAPS,
  APOSTROPHE,
  classifyWord,
  FILTER_MASK,
  fold,
  foldString,
  leadHashes,
  hashFolded,
  hashPair,
  HYPHEN,
  INVISIBLE,
  INVISIBLE_TEXT,
  isInvisible,
  parseForm,
  scanForBeginning,
  Sep,
  SPACE,
  WORD,
  WORD_UNKNOWN,
} from './term-words';

export { createFirstStage, firstStageKeys, keyTest, parseForm } from './term-words';

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
    let w = WORD[text.charCodeAt(i)];
    if (w === undefined || w === WORD_UNKNOWN) w = classifyWord(text.charCodeAt(i));
    if (w === 0 || w === INVISIBLE) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let h = 0;
    do {
      // An invisible character inside a word neither ends it nor counts (term-words.ts, INVISIBLES).
      if (w !== INVISIBLE) {
        h = (Math.imul(h, 31) + w) & 0x3fffffff;
        end = i + 1;
      }
      if (++i === n) break;
      w = WORD[text.charCodeAt(i)];
      if (w === undefined || w === WORD_UNKNOWN) w = classifyWord(text.charCodeAt(i));
    } while (w !== 0);
    starts[count] = start;
    ends[count] = end;
    hashes[count] = h;
    count++;
  }
  return count;
}

/** Whether text[start, end) is `token` (folded), invisible characters aside. */
function tokenEquals(text: string, start: number, end: number, token: string): boolean {
  if (end - start === token.length) {
    for (let k = 0; k < token.length; k++) {
      if (fold(text.charCodeAt(start + k)) !== token.charCodeAt(k)) return false;
    }
    return true;
  }
  if (end - start < token.length) return false;
  let k = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isInvisible(c)) continue;
    if (k === token.length || fold(c) !== token.charCodeAt(k)) return false;
    k++;
  }
  return k === token.length;
}

/** Whether text[start, end) is `token` exactly as written, invisible characters aside. */
function exactEquals(text: string, start: number, end: number, token: string): boolean {
  let k = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isInvisible(c)) continue;
    if (k === token.length || c !== token.charCodeAt(k)) return false;
    k++;
  }
  return k === token.length;
}

/**
 * Hyphenated or spaced words: whitespace, or one hyphen (with optional spaces), at most 16 characters;
 * an apostrophe form, one apostrophe. Invisible characters in between do not count.
 */
function separatorMatches(text: string, from: number, to: number, sep: Sep): boolean {
  let seen = 0;
  let hyphens = 0;
  let apostrophes = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isInvisible(c)) continue;
    if (++seen > 16) return false;
    const f = fold(c);
    if (f === HYPHEN) hyphens++;
    else if (f === APOSTROPHE) apostrophes++;
    else if (f !== SPACE) return false;
  }
  if (sep === Sep.Apostrophe) return seen === 1 && apostrophes === 1;
  return seen >= 1 && apostrophes === 0 && hyphens <= 1;
}

function formMatchesAt(text: string, form: CompiledForm, i: number, count: number): boolean {
  const k = form.tokens.length;
  if (i + k > count) return false;
  for (let j = 0; j < k; j++) {
    const t = i + j;
    if (j > 0 && hashes[t] !== form.hashes[j]) return false;
    if (!tokenEquals(text, starts[t]!, ends[t]!, form.tokens[j]!)) return false;
    const exact = form.exact[j];
    if (exact !== null && exact !== undefined && !exactEquals(text, starts[t]!, ends[t]!, exact)) return false;
    if (j > 0 && !separatorMatches(text, ends[t - 1]!, starts[t]!, form.seps[j - 1]!)) return false;
  }
  if (form.notAfter && i > 0) {
    const prev = foldString(text.slice(starts[i - 1]!, ends[i - 1]!).replace(INVISIBLE_TEXT, ''));
    if (form.notAfter.has(prev) && separatorMatches(text, ends[i - 1]!, starts[i]!, Sep.SpaceOrHyphen)) return false;
  }
  return true;
}

/** Longest first: more tokens, then more characters. */
const longestFirst = (a: CompiledForm, b: CompiledForm) => b.tokens.length - a.tokens.length || b.length - a.length;

/** The compiled forms whose first word has this hash, longest first, or null. */
type BucketOf = (key: number) => readonly CompiledForm[] | null;
/** Whether a word (hash `h`, after a word hashed `prev`, or -1) may begin a match. */
type MayBegin = (prev: number, h: number) => boolean;

/**
 * A matcher over forms grouped by their first word, each group compiled the first time a text holds
 * that word: a frame compiles the few groups its page needs, not all ~2,900 forms. (In a fresh Node
 * process compiling all of them took 12-17 ms and kept about 1.2 MB, which a page with a term in every
 * frame paid in each.)
 */
export function compileMatcher(forms: readonly MatcherForm[]): TermMatcher {
  const byFirstToken = new Map<number, { forms: MatcherForm[]; compiled: CompiledForm[] | null }>();
  // What may begin a match: a one-word form, or the first two words of a longer one.
  const singles = new Set<number>();
  const pairs = new Set<number>();
  const filter = new Uint8Array((FILTER_MASK + 1) >> 3);
  const note = (set: Set<number>, h: number) => {
    set.add(h);
    filter[(h & FILTER_MASK) >> 3]! |= 1 << (h & 7);
  };
  for (const form of forms) {
    const [key, second] = leadHashes(form.text);
    if (second < 0) note(singles, key);
    else note(pairs, hashPair(key, second));
    const group = byFirstToken.get(key);
    if (group) group.forms.push(form);
    else byFirstToken.set(key, { forms: [form], compiled: null });
  }
  const bucketOf = (key: number) => {
    const group = byFirstToken.get(key);
    return group ? (group.compiled ??= group.forms.map(compileForm).sort(longestFirst)) : null;
  };
  const inFilter = (h: number): boolean => (filter[(h & FILTER_MASK) >> 3]! & (1 << (h & 7))) !== 0;
  const mayBegin = (prev: number, h: number): boolean => {
    if (inFilter(h) && singles.has(h)) return true;
    if (prev < 0) return false;
    const pair = hashPair(prev, h);
    return inFilter(pair) && pairs.has(pair);
  };
  return matcherOver(bucketOf, mayBegin, () => forms.length);
}

/**
 * The same matcher over groups the build made (lib/term-data.ts, packFormGroups): `key` is the hash
 * of the group's first word, `unpack` gives its forms when a text first holds that word, and
 * `mayBegin` is the first stage's test on the build's keys (keyTest), so nothing is read or hashed
 * per form until a group is needed.
 */
export function compileGroupedMatcher<G>(
  groups: readonly (readonly [key: number, group: G])[],
  unpack: (group: G) => readonly MatcherForm[],
  mayBegin: MayBegin,
): TermMatcher {
  const byKey = new Map<number, { group: G; compiled: CompiledForm[] | null }>();
  for (const [key, group] of groups) byKey.set(key, { group, compiled: null });
  const bucketOf = (key: number) => {
    const entry = byKey.get(key);
    return entry ? (entry.compiled ??= unpack(entry.group).map(compileForm).sort(longestFirst)) : null;
  };
  return matcherOver(bucketOf, mayBegin, () => groups.reduce((n, [, group]) => n + unpack(group).length, 0));
}

function matcherOver(bucketOf: BucketOf, mayBegin: MayBegin, formCount: () => number): TermMatcher {
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
      const bucket = bucketOf(hashes[i]!);
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

  return {
    findMatches,
    mayMatch: (texts, count) => scanForBeginning(texts, count, mayBegin),
    get formCount() {
      return formCount();
    },
  };
}

/**
 * The precision rule for one block of text: ambiguous matches ("IV", "oral") count only when an
 * unambiguous term occurs in the same block.
 */
export function applyMedicalContext(matches: readonly TermMatch[]): TermMatch[] {
  const medical = matches.some((m) => !m.ambiguous);
  return medical ? matches.slice() : matches.filter((m) => !m.ambiguous);
}
