// Property tests for the term matcher over the real glossary (issue 6, "Property tests").
//
// P1: texts of filler words with glossary forms inserted between them: the matcher finds exactly the
//     inserted forms, at their offsets.
// P2: forms next to each other, near misses (a bad separator, an abbreviation in the wrong case), the
//     first or last words of forms, "stage IV": the matcher agrees with a slow reference model (one
//     RegExp per form, tried longest first at each word start).
// P3: a form glued to a letter, digit or combining mark is not matched across the join.
// In all three, no match overlaps another or starts or ends inside a word.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher, listMatcherForms } from '@/lib/glossary-matcher';
import type { MatcherForm, TermMatch } from '@/lib/term-matcher';

export const NUM_RUNS = { exact: 400, reference: 400, glued: 300 } as const;

const forms = listMatcherForms(glossary);
const matcher = compileGlossaryMatcher(glossary);

const WORD = /[\p{L}\p{N}\p{M}]/u;
const ALL_CAPS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;

interface FormShape {
  form: MatcherForm;
  tokens: string[];
  /** The separator after each token but the last: ' ', '-' or "'". */
  seps: string[];
  /** Tokens that must keep their case: abbreviations, and all-capital tokens of word forms. */
  exact: boolean[];
}

function shape(form: MatcherForm): FormShape {
  const tokens = form.text.split(/[ '-]/);
  const seps = [...form.text.matchAll(/[ '-]/g)].map((m) => m[0]);
  return { form, tokens, seps, exact: tokens.map((t) => form.case === 'abbr' || ALL_CAPS.test(t)) };
}

const shapes = forms.map(shape);
const formTokens = new Set(shapes.flatMap((s) => s.tokens.map((t) => t.toLowerCase())));
const notAfterWords = new Set(forms.flatMap((f) => f.notAfter ?? []));

// Ordinary words, with Unicode letters, digits, marks and single letters; anything that is part of a
// glossary form is filtered out below, so P1's fillers can never join an inserted form.
const CANDIDATE_FILLERS = [
  'river walked quietly garden window blue seven music yesterday paper holiday mountain',
  'bicycle kitchen orange letters however because through is was it we you or on at be with',
  'for from this that but b c k x y K X café naïve Zürich straße Ærø καλημέρα москва 東京 مرحبا',
  'e\u0301clair ko\u0308ln 2024 3rd ivy ivory Ivan shotgun oralist dripping crpsx KETAMINEs',
  'fibromyalgias opioidergic nmdaish tolerances2',
]
  .join(' ')
  .split(' ');
const FILLERS = CANDIDATE_FILLERS.filter((w) => !formTokens.has(w.toLowerCase()) && !notAfterWords.has(w));

const BETWEEN = [' ', ', ', '. ', ' (', ') ', '; ', ' — ', '\n', ' “', '” ', ': ', ' / ', '-', '  '];
const SPACE_OR_HYPHEN = [' ', '-', '\u00a0', ' - ', '\n', '  ', '\u2010', '\t'];
const APOSTROPHES = ["'", '\u2019'];
/**
 * Separators that must not join the words of a form: two hyphens, dashes, punctuation, 17 spaces, a
 * line separator. (Invisible characters are not separators at all: the matcher sees through them, and
 * term-matcher-invisible.test.ts holds it to that.)
 */
const NEAR_MISSES = ['--', '- -', '–', '—', '/', '.', '_', '"', '`', ' '.repeat(17), '\u2028', ', '];
/** Between the pieces of P2: valid separators and near misses. */
const P2_SEPARATORS = [' ', '-', ' - ', '\n', "'", '’', '\u2011', '\u00a0', ...NEAR_MISSES];
/** Word characters that glue onto a form: Latin and Cyrillic letters, a digit, an Arabic-Indic digit. */
const GLUE = ['é', 'ж', '7', 'ß', '\u0663', 'x'];
/** A combining mark: part of the word before it. */
const MARK = '\u0301';

function flipCase(ch: string): string {
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  if (up.length !== 1 || low.length !== 1) return ch;
  return ch === up ? low : up;
}

/**
 * A form as it might appear on a page: random case where case does not matter, varied separators.
 * `miss` makes a near miss instead: one separator replaced by one that must not join words, or the
 * case of exact tokens flipped.
 */
function render(
  s: FormShape,
  flips: boolean[],
  sepPicks: number[],
  miss?: { at: number; sep: string; flipExact: boolean },
): string {
  let out = '';
  let k = 0;
  s.tokens.forEach((token, i) => {
    if (i > 0) {
      const sep = s.seps[i - 1]!;
      const pick = sepPicks[i - 1] ?? 0;
      if (miss && miss.at % s.seps.length === i - 1) out += sep === "'" ? miss.sep.replace("'", '') || '-' : miss.sep;
      else out += sep === "'" ? APOSTROPHES[pick % APOSTROPHES.length] : SPACE_OR_HYPHEN[pick % SPACE_OR_HYPHEN.length];
    }
    for (const ch of token) {
      const flip = flips[k++ % Math.max(1, flips.length)];
      out += (s.exact[i] ? miss?.flipExact && flip : flip) ? flipCase(ch) : ch;
    }
  });
  return out;
}

/** Forms with the same words and kinds of separator: the matcher may report any of their term ids. */
function sameShapeIds(s: FormShape): Set<string> {
  const key = (x: FormShape) =>
    x.tokens.map((t) => t.toLowerCase()).join('\u0000') + '|' + x.seps.map((c) => (c === "'" ? "'" : ' ')).join('');
  const k = key(s);
  return new Set(shapes.filter((x) => key(x) === k).map((x) => x.form.termId));
}

/** Forms where the rules are subtle: apostrophes, words that must not come before, exact-case tokens. */
const SUBTLE = shapes.flatMap((x, i) => (x.seps.includes("'") || x.form.notAfter || x.exact.some(Boolean) ? [i] : []));
const WITH_APOSTROPHE = shapes.flatMap((x, i) => (x.seps.includes("'") ? [i] : []));
const formIndexArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: shapes.length - 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SUBTLE) },
  { weight: 1, arbitrary: fc.constantFrom(...WITH_APOSTROPHE) },
);

const insertionArb = fc.record({
  form: formIndexArb,
  flips: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
  seps: fc.array(fc.nat(20), { maxLength: 8 }),
});

// ---- the reference model -------------------------------------------------------------------

const S = '[ \\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';
const H = '[\\-\\u2010\\u2011]';
// Whitespace with at most one hyphen, 16 characters at most.
const SEP_SPACE_OR_HYPHEN = `(?=(?:${S}|${H}){1,16}[\\p{L}\\p{N}\\p{M}])(?:${S}+(?:${H}${S}*)?|${H}${S}*)`;
const SEP_APOSTROPHE = "['\\u2019\\u2018\\u02bc\\uff07]";
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

function anyCase(s: string): string {
  return [...s]
    .map((ch) => {
      const low = ch.toLowerCase();
      const up = ch.toUpperCase();
      return low !== up && low.length === 1 && up.length === 1 ? `[${low}${up}]` : escape(ch);
    })
    .join('');
}

interface ReferenceForm {
  termId: string;
  regex: RegExp;
  tokenCount: number;
  length: number;
}

function referenceForm(s: FormShape): ReferenceForm {
  let body = '';
  s.tokens.forEach((token, i) => {
    if (i > 0) body += s.seps[i - 1] === "'" ? SEP_APOSTROPHE : SEP_SPACE_OR_HYPHEN;
    body += s.exact[i] ? escape(token) : anyCase(token);
  });
  const notAfter = s.form.notAfter?.length
    ? `(?<!${NOT_WORD_BEFORE}(?:${s.form.notAfter.map(anyCase).join('|')})${SEP_SPACE_OR_HYPHEN})`
    : '';
  return {
    termId: s.form.termId,
    regex: new RegExp(`${NOT_WORD_BEFORE}${notAfter}${body}${NOT_WORD_AFTER}`, 'uy'),
    tokenCount: s.tokens.length,
    length: s.form.text.length,
  };
}

const referenceByFirstWord = new Map<string, ReferenceForm[]>();
for (const s of shapes) {
  const key = s.tokens[0]!.toLowerCase();
  const list = referenceByFirstWord.get(key) ?? [];
  list.push(referenceForm(s));
  referenceByFirstWord.set(key, list);
}
for (const list of referenceByFirstWord.values()) {
  // Longest first: more words, then more characters; ties keep glossary order.
  list.sort((a, b) => b.tokenCount - a.tokenCount || b.length - a.length);
}

/** Leftmost-longest matching, one RegExp per form, at every word start. Slow and obviously right. */
function referenceMatches(text: string): { start: number; end: number; termId: string }[] {
  const out: { start: number; end: number; termId: string }[] = [];
  let from = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = word.index;
    if (start < from) continue;
    for (const f of referenceByFirstWord.get(word[0].toLowerCase()) ?? []) {
      f.regex.lastIndex = start;
      if (!f.regex.test(text)) continue;
      out.push({ start, end: f.regex.lastIndex, termId: f.termId });
      from = f.regex.lastIndex;
      break;
    }
  }
  return out;
}

// ---- invariants every result must meet ---------------------------------------------------------

/** Problems with a result: overlaps, empty matches, or a match that starts or ends inside a word. */
function malformed(text: string, matches: readonly TermMatch[]): string[] {
  const problems: string[] = [];
  let prevEnd = 0;
  for (const m of matches) {
    const at = `${m.start}-${m.end} ${JSON.stringify(text.slice(m.start, m.end))}`;
    if (m.start < prevEnd) problems.push(`${at} overlaps the previous match`);
    if (m.end <= m.start || m.end > text.length) problems.push(`${at} is empty or out of range`);
    if (m.start > 0 && WORD.test(text[m.start - 1]!)) problems.push(`${at} starts inside a word`);
    if (m.end < text.length && WORD.test(text[m.end]!)) problems.push(`${at} ends inside a word`);
    if (!WORD.test(text[m.start]!) || !WORD.test(text[m.end - 1]!)) problems.push(`${at} has loose edges`);
    prevEnd = m.end;
  }
  return problems;
}

describe('term matcher properties (real glossary)', () => {
  it('has enough fillers that are not part of any form', () => {
    expect(FILLERS.length).toBeGreaterThanOrEqual(50);
    expect(FILLERS).toContain('x');
    expect(FILLERS).toContain('is');
  });

  it('P1: finds exactly the forms inserted between filler words, at their offsets', () => {
    const filler = fc.constantFrom(...FILLERS);
    const segment = fc.record({
      insertion: insertionArb,
      // Filler words after the insertion: at least one, so two insertions are never adjacent.
      after: fc.array(filler, { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 3 }),
        fc.array(segment, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.constantFrom(...BETWEEN), { minLength: 1, maxLength: 7 }),
        (lead, segments, endWithForm, betweens) => {
          // Items in order; `form` marks an insertion.
          const items: { text: string; form?: FormShape }[] = lead.map((w) => ({ text: w }));
          segments.forEach((seg, i) => {
            const s = shapes[seg.insertion.form]!;
            items.push({ text: render(s, seg.insertion.flips, seg.insertion.seps), form: s });
            const last = i === segments.length - 1;
            if (!(last && endWithForm)) items.push(...seg.after.map((w) => ({ text: w })));
          });
          let text = '';
          const expected: { start: number; end: number; ids: Set<string> }[] = [];
          items.forEach((item, i) => {
            if (i > 0) text += betweens[i % betweens.length];
            if (item.form)
              expected.push({ start: text.length, end: text.length + item.text.length, ids: sameShapeIds(item.form) });
            text += item.text;
          });

          const got = matcher.findMatches(text);
          expect(malformed(text, got)).toEqual([]);
          expect(got.map((m) => [m.start, m.end])).toEqual(expected.map((e) => [e.start, e.end]));
          got.forEach((m, i) => expect(expected[i]!.ids.has(m.termId), `${m.termId} for ${text}`).toBe(true));
        },
      ),
      { numRuns: NUM_RUNS.exact },
    );
  }, 60_000);

  it('P2: with adjacent forms and pieces of forms around them, agrees with the reference (longest match wins)', () => {
    const word = fc
      .tuple(fc.constantFrom(...FILLERS, ...formTokens, ...notAfterWords), fc.boolean())
      .map(([w, up]) => (up ? w.toUpperCase() : w));
    const piece = fc.oneof(
      // A whole form.
      { weight: 3, arbitrary: insertionArb.map((ins) => render(shapes[ins.form]!, ins.flips, ins.seps)) },
      // A near miss: a form with one bad separator, or an abbreviation in the wrong case.
      {
        weight: 2,
        arbitrary: fc
          .tuple(insertionArb, fc.nat(), fc.constantFrom(...NEAR_MISSES), fc.boolean())
          .map(([ins, at, sep, flipExact]) => render(shapes[ins.form]!, ins.flips, ins.seps, { at, sep, flipExact })),
      },
      // The first or last words of a form, so that shorter forms must win.
      {
        weight: 1,
        arbitrary: fc.tuple(insertionArb, fc.nat(), fc.boolean()).map(([ins, n, head]) => {
          const full = shapes[ins.form]!;
          const cut = 1 + (n % full.tokens.length);
          const tokens = head ? full.tokens.slice(0, cut) : full.tokens.slice(-cut);
          const seps = head ? full.seps.slice(0, cut - 1) : full.seps.slice(full.seps.length - cut + 1);
          return render({ ...full, tokens, seps }, ins.flips, ins.seps);
        }),
      },
      // A word that must not come before a form ("stage"), then that form.
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...shapes.filter((x) => x.form.notAfter)), fc.nat(), fc.constantFrom(...P2_SEPARATORS))
          .map(([x, n, sep]) => `${x.form.notAfter![n % x.form.notAfter!.length]}${sep}${x.form.text}`),
      },
      // Single words: fillers, words of forms, words that must not come before a form; any case.
      { weight: 2, arbitrary: word },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, fc.constantFrom(...P2_SEPARATORS)), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const text = parts.map(([p, sep]) => p + sep).join('');
          const got = matcher.findMatches(text);
          expect(malformed(text, got)).toEqual([]);
          expect(got.map((m) => ({ start: m.start, end: m.end, termId: m.termId }))).toEqual(referenceMatches(text));
        },
      ),
      { numRuns: NUM_RUNS.reference },
    );
  }, 60_000);

  it('P3: a form glued to a letter, digit or mark is not matched across the join', () => {
    fc.assert(
      fc.property(
        insertionArb,
        fc.constantFrom(...GLUE, MARK),
        fc.constantFrom('before', 'after', 'both'),
        fc.constantFrom(...FILLERS),
        (ins, glue, side, filler) => {
          const rendered = render(shapes[ins.form]!, ins.flips, ins.seps);
          // A combining mark belongs to the word before it, so it can only glue on after.
          const glueBefore = side !== 'after' && glue !== MARK;
          const glueAfter = side !== 'before' || glue === MARK;
          const before = glueBefore ? `${filler} ${glue}` : `${filler} `;
          const after = glueAfter ? `${glue} ${filler}` : ` ${filler}`;
          const text = before + rendered + after;
          const joinStart = before.length;
          const joinEnd = before.length + rendered.length;
          const got = matcher.findMatches(text);
          expect(malformed(text, got)).toEqual([]);
          if (glueBefore) expect(got.some((m) => m.start === joinStart)).toBe(false);
          if (glueAfter) expect(got.some((m) => m.end === joinEnd)).toBe(false);
          expect(got.map((m) => ({ start: m.start, end: m.end, termId: m.termId }))).toEqual(referenceMatches(text));
        },
      ),
      { numRuns: NUM_RUNS.glued },
    );
  }, 60_000);

  it('the checks themselves can fail', () => {
    const m = (start: number, end: number): TermMatch => ({ start, end, termId: 'x', ambiguous: false });
    expect(malformed('xketamine', [m(1, 9)])).toEqual(['1-9 "ketamine" starts inside a word']);
    expect(malformed('ketamines', [m(0, 8)])).toEqual(['0-8 "ketamine" ends inside a word']);
    expect(malformed('a b c', [m(0, 3), m(2, 5)])).toHaveLength(1);
    expect(malformed(' ketamine', [m(0, 9)])).toEqual(['0-9 " ketamine" has loose edges']);
  });

  it('the reference model finds what the rules say', () => {
    const text = 'river complex regional pain-syndrome, and Sudeck’s atrophy; stage IV; IV ketamine';
    expect(referenceMatches(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'complex regional pain-syndrome',
      'Sudeck’s atrophy',
      'IV ketamine'.slice(0, 2),
      'ketamine',
    ]);
  });
});
