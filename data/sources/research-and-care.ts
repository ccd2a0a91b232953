import type { Source } from '../types';

// Sources for the glossary entries on research and care, sorted by id.
export const researchAndCareSources: readonly Source[] = [];
