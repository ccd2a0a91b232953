// Invisible characters (soft hyphen, zero-width space and joiners, word joiner, byte order mark, bidi
// marks and controls): the matcher sees through them, and its offsets are the page text's own. The
// property: matching a text with invisible characters sprinkled anywhere finds exactly what matching
// the same text without them finds, at the same places once offsets are mapped back.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher, listMatcherForms } from '@/lib/glossary-matcher';
import { createFirstStage, firstStageKeys } from '@/lib/term-matcher';
import { keyTable } from '@/lib/key-table';
import { INVISIBLES } from '@/lib/term-words';

const matcher = compileGlossaryMatcher(glossary);
const forms = listMatcherForms(glossary);
const firstStage = createFirstStage(keyTable(firstStageKeys(forms)));
const INVISIBLE_CHARS = INVISIBLES.map((c) => String.fromCharCode(c));
const FILLERS = ['river', 'walked', 'the', 'garden', 'blue', 'café', 'stage', 'type', '2024', 'x'];
const GAPS = [' ', '  ', '\n', '-', "'", ', ', '. ', '\u00a0', ' - '];

/** Inserts invisible characters at the given places; returns the text and, per offset, the visible offset. */
function sprinkle(text: string, at: [place: number, char: number][]): { text: string; visible: number[] } {
  const inserts = new Map<number, string>();
  for (const [place, char] of at) {
    const p = place % (text.length + 1);
    inserts.set(p, (inserts.get(p) ?? '') + INVISIBLE_CHARS[char % INVISIBLE_CHARS.length]!);
  }
  let out = '';
  const visible: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    for (const ch of inserts.get(i) ?? '') {
      visible.push(i);
      out += ch;
    }
    if (i < text.length) {
      visible.push(i);
      out += text[i];
    }
  }
  visible.push(text.length);
  return { text: out, visible };
}

const textArb = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...FILLERS), fc.constantFrom(...forms.map((f) => f.text))),
      fc.constantFrom(...GAPS),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((words) => words.map(([w, gap]) => w + gap).join(''));
const placesArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });

describe('matching through invisible characters', () => {
  it('finds what the text without them holds, at the same places (offsets mapped back)', () => {
    let found = 0;
    fc.assert(
      fc.property(textArb, placesArb, (plain, places) => {
        const { text, visible } = sprinkle(plain, places);
        const expected = matcher.findMatches(plain);
        const got = matcher.findMatches(text).map((m) => ({ ...m, start: visible[m.start]!, end: visible[m.end]! }));
        expect(got).toEqual(expected);
        found += expected.length;
        // Every match starts and ends on a visible character of the page text.
        for (const m of matcher.findMatches(text)) {
          expect(INVISIBLE_CHARS).not.toContain(text[m.start]);
          expect(INVISIBLE_CHARS).not.toContain(text[m.end - 1]);
        }
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(1000);
  });

  it('the quick tests see through them too: never no where a match is', () => {
    fc.assert(
      fc.property(textArb, placesArb, (plain, places) => {
        const { text } = sprinkle(plain, places);
        if (matcher.findMatches(text).length === 0) return;
        expect(matcher.mayMatch!([text], 1)).toBe(true);
        expect(firstStage([text], 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('marks the words of the security review where they stand', () => {
    for (const variant of [
      'keta\u200bmine',
      'keta\u00admine',
      'keta\u200dmine',
      'keta\u2060mine',
      '\u202eketamine\u202c',
    ]) {
      const text = `We took ${variant} twice.`;
      const [m] = matcher.findMatches(text);
      expect(m?.termId, variant).toBe('ketamine');
      expect(
        text.slice(m!.start, m!.end).replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, ''),
      ).toBe('ketamine');
    }
    // Look-alikes are other letters, not invisible ones: still not matched.
    expect(matcher.findMatches('k\u0435tamine and ｋｅｔａｍｉｎｅ')).toEqual([]);
  });
});
