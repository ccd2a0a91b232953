import type { Source } from '../types';

// Sources for the glossary entries on conditions, sorted by id.
export const conditionsSources: readonly Source[] = [];
