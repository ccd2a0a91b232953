import type { Source } from '../types';

// Sources for the glossary entries on treatments, sorted by id.
export const treatmentsSources: readonly Source[] = [];
