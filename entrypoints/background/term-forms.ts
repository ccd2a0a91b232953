// The glossary's match forms, packed at build time (scripts/term-data-plugin.ts): the background keeps
// them in storage.local, and a content script reads them there only once its first stage finds a word
// that may begin a term. That keeps them out of the script every frame of every page loads.
import { packedForms, termFormsVersion } from 'virtual:painlens-term-forms';
import { readTermForms, writeTermForms } from '@/utils/storage';
import { storedCopy } from './stored-copy';

/** Writes the match forms for content scripts, unless this build's, intact, are there already. */
export const ensureTermForms = storedCopy(
  async () => (await readTermForms(termFormsVersion)) !== null,
  () => writeTermForms(packedForms),
);
