import type { GlossaryEntry } from '../types';

export const conditionTerms: GlossaryEntry[] = [];
