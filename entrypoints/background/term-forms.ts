// The glossary's match forms, packed at build time (scripts/term-data-plugin.ts): the background keeps
// them in storage.local, and a content script reads them there only once its first stage finds a word
// that may begin a term. That keeps them out of the script every frame of every page loads.
import { firstStageKeys, firstStageVersion, formGroups, termFormsVersion } from 'virtual:painlens-term-forms';
import { readFirstStage, readTermForms, writeFirstStage, writeTermForms } from '@/utils/storage';
import { storedCopy } from './stored-copy';

/**
 * Writes the match forms and the first stage's keys for content scripts, unless this build's,
 * intact, are there already. A content script asks again (write-term-forms) when it finds either
 * missing or damaged; both are rewritten then.
 */
export const ensureTermForms = storedCopy(
  async () =>
    (await readTermForms(termFormsVersion)) !== null && (await readFirstStage(firstStageVersion)) === firstStageKeys,
  () => Promise.all([writeTermForms(formGroups), writeFirstStage(firstStageKeys)]).then(() => {}),
);
