// mayMatch: the matcher's quick test on a run of text still in pieces (one per text node). It may say
// yes to text that holds no match, but never no to text that holds one, wherever the pieces are cut.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher, listMatcherForms } from '@/lib/glossary-matcher';
import { compileMatcher } from '@/lib/term-matcher';

const matcher = compileGlossaryMatcher(glossary);
const mayMatch = matcher.mayMatch!;
const forms = listMatcherForms(glossary);
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

describe('mayMatch', () => {
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
    const m = compileMatcher([{ termId: 'crps', text: 'complex regional pain syndrome', case: 'word' }]);
    expect(m.mayMatch!(['complex', ' regional pain'], 2)).toBe(true);
    expect(m.mayMatch!(['Complex\n    ', '-Regional'], 2)).toBe(true);
    // Either word alone, or the two the wrong way round, cannot begin it.
    expect(m.mayMatch!(['a complex system, regional news'], 1)).toBe(false);
    expect(m.mayMatch!(['regional complex'], 1)).toBe(false);
    expect(m.findMatches('complex regional pain syndrome')).toHaveLength(1);
  });
});
