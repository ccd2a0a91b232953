// mayMatch: the matcher's quick test on a run of text still in pieces (one per text node). It may say
// yes to text that holds no match, but never no to text that holds one, wherever the pieces are cut.
// The same properties hold for the first stage, the quick test alone from the build's table of keys
// (the content script asks it before any form is unpacked or compiled).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher, listMatcherForms } from '@/lib/glossary-matcher';
import { compileMatcher, createFirstStage, firstStageKeys, type MatcherForm } from '@/lib/term-matcher';
import { tableKeys } from '@/lib/key-table';
import { decodeKeys, encodeKeys } from '@/lib/term-data';

const matcher = compileGlossaryMatcher(glossary);
const forms = listMatcherForms(glossary);
type QuickTest = (texts: readonly string[], count: number) => boolean;
/** The first stage as the content script gets it: keys computed at build time, through their encoding. */
const firstStageOf = (list: readonly MatcherForm[]): QuickTest =>
  createFirstStage(decodeKeys(encodeKeys(firstStageKeys(list))));
const QUICK_TESTS: [string, QuickTest, (list: MatcherForm[]) => QuickTest][] = [
  ['mayMatch', matcher.mayMatch!, (list) => compileMatcher(list).mayMatch!],
  ['the first stage', firstStageOf(forms), firstStageOf],
];
const formWords = [...new Set(forms.flatMap((f) => f.text.split(/[ '’-]/)))];
const FILLERS = ['river', 'walked', 'quietly', 'garden', 'blue', 'café', 'москва', '2024', 'x', 'K', 'is'];
const GAPS = [' ', '  ', '\n    ', '-', "'", '’', ', ', '.', '\u00a0', '', '\t\n'];

/** Cuts a text into pieces at the given places (empty pieces included, as empty text nodes give). */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

describe.each(QUICK_TESTS)('%s', (_name, mayMatch, quickTestOf) => {
  it('is never false for a text that holds a match, however it is cut into pieces', () => {
    let matched = 0;
    const word = fc.oneof(
      fc.constantFrom(...FILLERS),
      fc.constantFrom(...formWords),
      fc.constantFrom(...forms.map((f) => f.text)),
      fc.constantFrom(...formWords).map((w) => w.toUpperCase()),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (words, at) => {
          const text = words.map(([w, gap]) => w + gap).join('');
          const pieces = cut(text, at);
          const holds = matcher.findMatches(text).length > 0;
          if (holds) matched++;
          if (holds) expect(mayMatch(pieces, pieces.length)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    // Most generated texts hold a match, so the property is tested where it matters.
    expect(matched).toBeGreaterThan(1000);
  });

  it('is true for every form of the glossary alone among other words, cut anywhere', () => {
    let checked = 0;
    for (const f of forms) {
      const text = `the river ${f.text}, blue`;
      if (matcher.findMatches(text).length === 0) continue; // a form that needs context, or is shadowed
      checked++;
      for (let at = 0; at <= text.length; at += 3) {
        const pieces = cut(text, [at, at + 5]);
        expect(mayMatch(pieces, pieces.length), `${f.text} cut at ${at}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(forms.length / 2);
  });

  it('says no to text with no word that begins a form, in one piece or many', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FILLERS), fc.constantFrom(...GAPS)), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (words, at) => {
          const text = words.map(([w, gap]) => `${w}${gap || ' '}`).join('');
          const pieces = cut(text, at);
          expect(mayMatch(pieces, pieces.length)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('joins a word cut between pieces, and reads only the first `count` pieces', () => {
    expect(mayMatch(['we took keta', 'mine'], 2)).toBe(true);
    expect(mayMatch(['k', 'et', 'amine'], 3)).toBe(true);
    expect(mayMatch(['we took keta', 'mine'], 1)).toBe(false);
    expect(mayMatch(['river ', 'ketamine'], 1)).toBe(false);
    expect(mayMatch(['  \n\t', '', '\u00a0 '], 3)).toBe(false);
    expect(mayMatch([], 0)).toBe(false);
  });

  it('finds a form of several words by its first two words, across pieces and separators', () => {
    const test = quickTestOf([{ termId: 'crps', text: 'complex regional pain syndrome', case: 'word' }]);
    expect(test(['complex', ' regional pain'], 2)).toBe(true);
    expect(test(['Complex\n    ', '-Regional'], 2)).toBe(true);
    // Either word alone, or the two the wrong way round, cannot begin it.
    expect(test(['a complex system, regional news'], 1)).toBe(false);
    expect(test(['regional complex'], 1)).toBe(false);
  });
});

describe('the first stage against the compiled matcher', () => {
  it('says yes wherever the compiled quick test does (it may say yes more often, never less)', () => {
    const first = firstStageOf(forms);
    const word = fc.oneof(fc.constantFrom(...FILLERS), fc.constantFrom(...formWords));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom(...GAPS)), { maxLength: 10 }), (words) => {
        const text = words.map(([w, gap]) => w + gap).join('');
        if (matcher.mayMatch!([text], 1)) expect(first([text], 1)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps one key per one-word form or first two words: a table that grows with the forms, not the text', () => {
    const keys = firstStageKeys(forms);
    expect([...keys].every((k, i) => i === 0 || keys[i - 1]! < k)).toBe(true);
    expect(keys.length).toBeLessThanOrEqual(forms.length);
    expect(tableKeys(decodeKeys(encodeKeys(keys)))).toEqual(keys);
  });
});
