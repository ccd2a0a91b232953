import type { GlossaryEntry } from '../types';

export const evidenceTerms: GlossaryEntry[] = [];
