import type { GlossaryEntry } from '../types';

export const sideEffectTerms: GlossaryEntry[] = [];
