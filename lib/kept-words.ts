// "My words to ask about": glossary terms the reader keeps for the handout (issue 17). They say what
// the reader is worried about, so they are kept with the answers, out of content scripts' reach
// (utils/storage/reader.ts). Pure.
//
// Each word keeps the name it had when kept: if a later glossary drops or renames the entry, the
// word still shows on the handout by that name (a reader's choice is never silently lost).
import { isTermId, type KeepWordResult } from './messages';
import type { Normalized } from './settings';

export interface KeptWord {
  /** Glossary id, e.g. "nmda-receptor". */
  id: string;
  /** The entry's name when it was kept. */
  name: string;
  /** The day it was kept, YYYY-MM-DD. */
  on: string;
}

export interface KeptWords {
  /** In the order they were kept, oldest first; one per id. */
  words: readonly KeptWord[];
}

export const NO_KEPT_WORDS: KeptWords = Object.freeze({ words: Object.freeze([]) }) as KeptWords;

/** More than a handout can hold: a full list takes no more words until one is removed (none is dropped). */
export const KEPT_WORDS_MAX = 60;
const NAME_MAX = 120;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readWord(raw: unknown): KeptWord | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { id, name, on } = raw as Record<string, unknown>;
  if (!isTermId(id) || typeof name !== 'string' || !name.trim() || typeof on !== 'string' || !DAY.test(on)) {
    return null;
  }
  return { id, name: name.trim().slice(0, NAME_MAX), on };
}

/** Keeps every readable word, once each, and names what was not readable in `repaired`. */
export function normalizeKeptWords(raw: unknown): Normalized<KeptWords> {
  if (raw === undefined || raw === null) return { value: { words: [] }, repaired: [] };
  const list = (raw as { words?: unknown }).words;
  if (typeof raw !== 'object' || Array.isArray(raw) || !Array.isArray(list)) {
    return { value: { words: [] }, repaired: ['keptWords'] };
  }
  const seen = new Set<string>();
  const words: KeptWord[] = [];
  let bad = 0;
  for (const item of list) {
    const word = readWord(item);
    if (!word) bad++;
    else if (!seen.has(word.id)) {
      seen.add(word.id);
      words.push(word);
    }
  }
  return {
    value: { words },
    repaired: bad ? [`keptWords (${bad} unreadable word${bad === 1 ? '' : 's'})`] : [],
  };
}

export function isWordKept(kept: KeptWords, id: string): boolean {
  return kept.words.some((w) => w.id === id);
}

export function isKeptListFull(kept: KeptWords): boolean {
  return kept.words.length >= KEPT_WORDS_MAX;
}

/** The list with this word added at the end; unchanged if it is there already or the list is full. */
export function withWordKept(kept: KeptWords, word: KeptWord): KeptWords {
  if (isWordKept(kept, word.id) || isKeptListFull(kept)) return kept;
  return { words: [...kept.words, word] };
}

export function withoutWord(kept: KeptWords, id: string): KeptWords {
  return isWordKept(kept, id) ? { words: kept.words.filter((w) => w.id !== id) } : kept;
}

/** What the tooltip says once "Ask my doctor about this word" was pressed. */
export function keepWordNote(result: KeepWordResult): string {
  switch (result) {
    case 'kept':
      return 'Added to your list for the doctor. It is on the handout in PainLens, under Checklist.';
    case 'already':
      return 'This word is already on your list for the doctor.';
    case 'full':
      return 'Your list for the doctor is full. Remove a word under Checklist in PainLens first.';
    default:
      return 'PainLens could not add this word. You can add it from its glossary entry in PainLens.';
  }
}
