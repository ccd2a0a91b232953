import type { GlossaryEntry } from '../types';

export const drugTerms: GlossaryEntry[] = [];
