// A baseline matcher built the obvious way: every form in one combined RegExp. Pure.
//
// `npm run bench` times it in the page next to the token-table matcher in lib/term-matcher.ts, to
// show what the simple approach costs. It takes the same MatcherForm input and gives the same
// TermMatch output, with the same rules: whole tokens only (a token is a run of Unicode letters,
// digits and marks in one UTF-16 unit), case rules per token, a space or hyphen in a form matching
// whitespace or one hyphen on the page (at most 16 characters), an apostrophe matching any of the
// apostrophes, `notAfter` words, and the longest form first at each position.
// Known difference: a letter outside the Basic Multilingual Plane next to a term counts as part of a
// word here (the RegExp `u` flag reads code points), while term-matcher treats it as a boundary.
import type { MatcherForm, TermMatch, TermMatcher } from './term-matcher';

const WORD = String.raw`[\p{L}\p{N}\p{M}]`;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** The whitespace that term-matcher folds to a space (not all of `\s`). */
const SPACE_CLASS = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000`;
const HYPHEN_CLASS = String.raw`\-\u2010\u2011`;
const APOSTROPHES = `'\u2018\u2019\u02bc\uff07`;
const SPACE_OR_HYPHEN_SEP =
  `(?=[${SPACE_CLASS}${HYPHEN_CLASS}]{1,16}(?![${SPACE_CLASS}${HYPHEN_CLASS}]))` +
  `(?:[${SPACE_CLASS}]*[${HYPHEN_CLASS}][${SPACE_CLASS}]*|[${SPACE_CLASS}]+)`;
const APOSTROPHE_SEP = `[${APOSTROPHES}]`;
const ALL_CAPS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;
const SEP_CHAR = new RegExp(`^[${SPACE_CLASS}${HYPHEN_CLASS}]$`);
const APOSTROPHE_RUN = new RegExp(`[${APOSTROPHES}]`, 'g');
const SEP_RUN = new RegExp(`[${SPACE_CLASS}${HYPHEN_CLASS}]+`, 'g');
const WHOLE_SEP = new RegExp(`^${SPACE_OR_HYPHEN_SEP}$`);

type SepKind = 'space' | 'apostrophe';

interface ParsedForm {
  form: MatcherForm;
  tokens: string[];
  seps: SepKind[];
  /** Per token: must match exactly as written. */
  exact: boolean[];
}

/** Lower-cases one UTF-16 unit the way term-matcher does: only where the length stays one. */
function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

function fold(s: string): string {
  let out = '';
  for (const ch of s.split('')) out += foldChar(ch);
  return out;
}

// Every BMP character grouped by its folded form, so "k" also matches the Kelvin sign as it does in
// term-matcher. Built once, on first compile.
let foldGroups: Map<string, string[]> | null = null;

function caseVariants(ch: string): string[] {
  if (!foldGroups) {
    foldGroups = new Map();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const f = foldChar(s);
      if (f === s) continue;
      const group = foldGroups.get(f);
      if (group) group.push(s);
      else foldGroups.set(f, [s]);
    }
  }
  const f = foldChar(ch);
  return [f, ...(foldGroups.get(f) ?? [])];
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function exactPattern(token: string): string {
  return token.split('').map(escapeChar).join('');
}

function foldedPattern(token: string): string {
  return token
    .split('')
    .map((ch) => {
      const variants = caseVariants(ch);
      return variants.length === 1 ? escapeChar(variants[0]!) : `[${variants.map(escapeChar).join('')}]`;
    })
    .join('');
}

function parse(form: MatcherForm): ParsedForm {
  const tokens: string[] = [];
  const seps: SepKind[] = [];
  let token = '';
  for (const ch of form.text.split('')) {
    if (WORD_CHAR.test(ch)) {
      token += ch;
      continue;
    }
    const sep: SepKind | null = APOSTROPHES.includes(ch) ? 'apostrophe' : SEP_CHAR.test(ch) ? 'space' : null;
    if (!token || !sep) throw new Error(`Unsupported match form "${form.text}"`);
    tokens.push(token);
    seps.push(sep);
    token = '';
  }
  if (!token) throw new Error(`Unsupported match form "${form.text}"`);
  tokens.push(token);
  const exact = tokens.map((t) => form.case === 'abbr' || ALL_CAPS.test(t));
  return { form, tokens, seps, exact };
}

function formPattern(p: ParsedForm): string {
  let out = '';
  p.tokens.forEach((t, i) => {
    if (i > 0) out += p.seps[i - 1] === 'apostrophe' ? APOSTROPHE_SEP : SPACE_OR_HYPHEN_SEP;
    out += p.exact[i] ? exactPattern(t) : foldedPattern(t);
  });
  const notAfter = p.form.notAfter?.filter((w) => w.length > 0) ?? [];
  if (notAfter.length) {
    // The same rule as term-matcher: blocked when the previous whole token is one of the words and
    // only a space or hyphen separates them.
    const words = notAfter.map((w) => foldedPattern(fold(w))).join('|');
    out = `(?<!(?<!${WORD})(?:${words})${SPACE_OR_HYPHEN_SEP})${out}`;
  }
  return out;
}

/** The key two texts share when they differ only in case and separators. */
function canonicalKey(text: string): string {
  return fold(text).replace(APOSTROPHE_RUN, "'").replace(SEP_RUN, ' ');
}

function tokenSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = new RegExp(`${WORD}+`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function previousToken(text: string, start: number): { word: string; gap: string } | null {
  let end = start;
  while (end > 0 && !WORD_CHAR.test(text[end - 1]!)) end--;
  let begin = end;
  while (begin > 0 && WORD_CHAR.test(text[begin - 1]!)) begin--;
  return begin === end ? null : { word: text.slice(begin, end), gap: text.slice(end, start) };
}

/** Whether `p` is the form that matched `text` at `start` (used when several forms share a key). */
function formAccepts(p: ParsedForm, text: string, start: number, matched: string): boolean {
  const spans = tokenSpans(matched);
  if (spans.length !== p.tokens.length) return false;
  for (let i = 0; i < spans.length; i++) {
    const [a, b] = spans[i]!;
    if (p.exact[i] && matched.slice(a, b) !== p.tokens[i]) return false;
  }
  if (p.form.notAfter?.length) {
    const prev = previousToken(text, start);
    if (prev && p.form.notAfter.some((w) => fold(w) === fold(prev.word)) && WHOLE_SEP.test(prev.gap)) {
      return false;
    }
  }
  return true;
}

export function compileRegexMatcher(forms: readonly MatcherForm[]): TermMatcher {
  const parsed = forms.map(parse);
  // Longest first, as in term-matcher: more tokens, then more characters. The sort is stable.
  const ordered = parsed
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.tokens.length - a.p.tokens.length || b.p.form.text.length - a.p.form.text.length || a.i - b.i)
    .map((x) => x.p);
  const byKey = new Map<string, ParsedForm[]>();
  for (const p of ordered) {
    const key = canonicalKey(p.form.text);
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const source = ordered.length
    ? `(?<!${WORD})(?:${ordered.map(formPattern).join('|')})(?!${WORD})`
    : // Matches nothing.
      '(?!)';
  const combined = new RegExp(source, 'gu');

  function findMatches(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    combined.lastIndex = 0;
    for (let m = combined.exec(text); m; m = combined.exec(text)) {
      const matched = m[0];
      const candidates = byKey.get(canonicalKey(matched));
      const form =
        candidates && candidates.length > 1
          ? candidates.find((p) => formAccepts(p, text, m!.index, matched))
          : candidates?.[0];
      if (!form) continue;
      out.push({
        start: m.index,
        end: m.index + matched.length,
        termId: form.form.termId,
        ambiguous: form.form.ambiguous === true,
      });
    }
    return out;
  }

  return { findMatches, formCount: forms.length };
}
