import type { GlossaryEntry } from '../types';

// Care, costs and the course of an illness, sorted by id.
export const careTerms: GlossaryEntry[] = [];
