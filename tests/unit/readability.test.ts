import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  countWords,
  scoreReadability,
  splitSentences,
  splitWords,
} from '@/scripts/content-gates/readability';

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['A dose of 2.5 mg. Then rest.', ['A dose of 2.5 mg.', 'Then rest.']],
    ['Title\nBody text here.', ['Title', 'Body text here.']],
    ['No end mark', ['No end mark']],
    ['Ends.   Spaces.  ', ['Ends.', 'Spaces.']],
    ['Numbers only: 12. 34. Words.', ['Numbers only: 12.', 'Words.']],
    ['', []],
    ['   \n  ', []],
  ])('%j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('splitWords and countWords', () => {
  it.each<[string, string[]]>([
    ['The cat sat.', ['The', 'cat', 'sat']],
    ["Don't stop, it’s fine", ["Don't", 'stop', 'it’s', 'fine']],
    ['NMDA-receptor blockers', ['NMDA', 'receptor', 'blockers']],
    ['In 2018, 60 people', ['In', '2018', '60', 'people']],
    ['— … !', []],
  ])('%j', (text, words) => {
    expect(splitWords(text)).toEqual(words);
    expect(countWords(text)).toBe(words.length);
  });
});

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['happy', 2],
    ['ketamine', 3],
    ['receptors', 3],
    // Abbreviations and numbers count as one syllable (read as letters, not guessed).
    ['NMDA', 1],
    ['CRPS', 1],
    ['IVs', 1],
    ['2018', 1],
    // Never zero.
    ['hmm', 1],
  ])('%s → %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('scoreReadability', () => {
  it('scores a short easy text with the published formulas', () => {
    // 2 sentences, 9 words, 10 syllables (happy has two), no word of 3+ syllables.
    // FK = 0.39·(9/2) + 11.8·(10/9) − 15.59 = −0.72; ease = 206.835 − 1.015·4.5 − 84.6·(10/9) = 108.27;
    // SMOG = 3.1291 + 1.043·√0 = 3.13.
    expect(scoreReadability('The cat sat on the mat. It was happy.')).toEqual({
      sentences: 2,
      words: 9,
      syllables: 10,
      polysyllables: 0,
      fkGrade: -0.7,
      smog: 3.1,
      readingEase: 108.3,
    });
  });

  it('counts an abbreviation as one short word', () => {
    // 1 sentence, 4 words, 3 + 1 + 1 + 3 = 8 syllables, 2 long words.
    // FK = 0.39·4 + 11.8·2 − 15.59 = 9.57; ease = 206.835 − 4.06 − 169.2 = 33.575; SMOG = 3.1291 + 1.043·√60 = 11.21.
    expect(scoreReadability('Ketamine blocks NMDA receptors.')).toEqual({
      sentences: 1,
      words: 4,
      syllables: 8,
      polysyllables: 2,
      fkGrade: 9.6,
      smog: 11.2,
      readingEase: 33.6,
    });
  });

  it('rates a harder text at a higher grade than an easy one', () => {
    const easy = scoreReadability('Ketamine is a drug. It can ease pain for a short time. Ask your doctor.');
    const hard = scoreReadability(
      'Subanesthetic ketamine infusions demonstrate heterogeneous analgesic efficacy across neuropathic conditions, notwithstanding considerable methodological limitations.',
    );
    expect(hard.fkGrade).toBeGreaterThan(easy.fkGrade + 8);
    expect(hard.readingEase).toBeLessThan(easy.readingEase - 50);
  });

  it('gives no grade (NaN) for text without words, so a grade gate fails it', () => {
    const s = scoreReadability('');
    expect(s).toMatchObject({ sentences: 0, words: 0, syllables: 0, polysyllables: 0 });
    expect(s.fkGrade).toBeNaN();
    expect(s.readingEase).toBeNaN();
    expect(s.fkGrade <= 8).toBe(false);
  });
});
