import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { flesch } from 'flesch';

// Readability scoring for the content gates. The formulas come from maintained packages
// (flesch-kincaid, smog-formula, flesch, syllable); this module only counts sentences and words.

export interface ReadabilityScore {
  sentences: number;
  words: number;
  syllables: number;
  polysyllables: number;
  /** Flesch-Kincaid grade level. */
  fkGrade: number;
  /** SMOG grade (unreliable under 30 sentences, reported for reference). */
  smog: number;
  /** Flesch reading ease, 0-100, higher is easier. */
  readingEase: number;
}

// Abbreviations written in capitals (CRPS, NMDA, IV) are read as letters, not as long words;
// scoring them by syllable guessing ("NMDA" → 1) would be meaningless either way, so they
// count as one-syllable words, the way UNM Hospital's guidance strips them before scoring.
const ABBREVIATION = /^[A-Z0-9]{2,}s?$/;

/** Sentences end at . ! ? (or a line break), ignoring decimal points such as "2.5". */
export function splitSentences(text: string): string[] {
  return text
    .replace(/(\d)\.(\d)/g, '$1·$2')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/(\d)·(\d)/g, '$1.$2').trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

export function splitWords(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’]*/g) ?? [];
}

export function countSyllables(word: string): number {
  if (ABBREVIATION.test(word) || /^\d/.test(word)) return 1;
  return Math.max(1, syllable(word));
}

export function scoreReadability(text: string): ReadabilityScore {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(splitWords);
  let syllables = 0;
  let polysyllables = 0;
  for (const word of words) {
    const n = countSyllables(word);
    syllables += n;
    if (n >= 3) polysyllables += 1;
  }
  const counts = { sentence: sentences.length, word: words.length, syllable: syllables };
  return {
    sentences: sentences.length,
    words: words.length,
    syllables,
    polysyllables,
    fkGrade: round1(fleschKincaid(counts)),
    smog: round1(smogFormula({ sentence: sentences.length, polysillabicWord: polysyllables })),
    readingEase: round1(flesch(counts)),
  };
}

export function countWords(text: string): number {
  return splitWords(text).length;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
