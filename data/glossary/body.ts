import type { GlossaryEntry } from '../types';

// The body and the nervous system, sorted by id.
export const bodyTerms: GlossaryEntry[] = [];
