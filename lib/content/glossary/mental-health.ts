import type { GlossaryEntry } from '../types';

export const mentalHealthTerms: GlossaryEntry[] = [];
