import type { GlossaryEntry } from '../types';

export const painScienceTerms: GlossaryEntry[] = [];
