import type { Source } from '../types';

// Sources for the glossary entries on medicines, sorted by id.
export const medicinesSources: readonly Source[] = [];
