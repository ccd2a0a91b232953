import type { GlossaryEntry } from '../types';
import { drugTerms } from './drug';
import { routeTerms } from './route';
import { painScienceTerms } from './pain-science';
import { conditionTerms } from './condition';
import { treatmentTerms } from './treatment';
import { sideEffectTerms } from './side-effect';
import { mentalHealthTerms } from './mental-health';
import { evidenceTerms } from './evidence';
import { bodyTerms } from './body';
import { careTerms } from './care';

// What the tooltip needs, for every entry. The content script bundles this module only;
// the longer explanations live in ./details.ts and stay out of it.
export const glossaryByCategory = {
  drug: drugTerms,
  route: routeTerms,
  'pain-science': painScienceTerms,
  body: bodyTerms,
  condition: conditionTerms,
  treatment: treatmentTerms,
  'side-effect': sideEffectTerms,
  'mental-health': mentalHealthTerms,
  evidence: evidenceTerms,
  care: careTerms,
} as const;

export const glossary: readonly GlossaryEntry[] = Object.values(glossaryByCategory)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : 1));

const byId = new Map(glossary.map((e) => [e.id, e]));

export function findGlossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}
