import type { GlossaryEntry } from '../types';

export const treatmentTerms: GlossaryEntry[] = [];
