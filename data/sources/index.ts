import type { Source } from '../types';
import { coreSources } from './core';
import { conditionsSources } from './conditions';
import { medicinesSources } from './medicines';
import { researchAndCareSources } from './research-and-care';
import { treatmentsSources } from './treatments';

// Every source that PainLens's content cites, sorted by id. One file per topic so that each can be
// checked and extended on its own; the content gates fail on a duplicate, unknown or unused id.
export const sourcesByTopic = {
  core: coreSources,
  conditions: conditionsSources,
  medicines: medicinesSources,
  treatments: treatmentsSources,
  'research-and-care': researchAndCareSources,
} as const;

export const sources: readonly Source[] = Object.values(sourcesByTopic)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : 1));
