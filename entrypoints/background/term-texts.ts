// The tooltip texts the content scripts read: packed from the glossary once per worker, and kept in
// storage.local where every frame can read them without waking the worker.
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import { fingerprint, packTermTexts, type TermTexts } from '@/lib/term-data';
import { readTermTexts, writeTermTexts } from '@/utils/storage';
import { storedCopy } from './stored-copy';

let termTexts: TermTexts | null = null;

export function getTermTexts(): TermTexts {
  return (termTexts ??= packTermTexts(glossary, sources));
}

/** Writes the tooltip texts for content scripts, unless the same texts, intact, are there already. */
export const ensureTermTexts = storedCopy(
  async () => (await readTermTexts(fingerprint(getTermTexts()))) !== null,
  () => writeTermTexts(getTermTexts()),
);
