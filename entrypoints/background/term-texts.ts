// The tooltip texts the content scripts read: packed from the glossary once per worker, and kept in
// storage.local where every frame can read them without waking the worker.
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import { fingerprint, packTermTexts, type TermTexts } from '@/lib/term-data';
import { readTermTexts, writeTermTexts } from '@/utils/storage';

let termTexts: TermTexts | null = null;

export function getTermTexts(): TermTexts {
  return (termTexts ??= packTermTexts(glossary, sources));
}

let checked: Promise<void> = Promise.resolve();

/**
 * Writes the tooltip texts for content scripts, unless the same texts, intact, are there already.
 * Calls run one after another (install, start-up and a content script's request can come at once),
 * so the promise of the latest call also says that every earlier one is done.
 */
export function ensureTermTexts(): Promise<void> {
  const check = async () => {
    const texts = getTermTexts();
    if (!(await readTermTexts(fingerprint(texts)))) await writeTermTexts(texts);
  };
  const next = checked.then(check, check);
  checked = next.catch(() => {});
  return next;
}
