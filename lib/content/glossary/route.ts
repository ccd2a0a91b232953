import type { GlossaryEntry } from '../types';

export const routeTerms: GlossaryEntry[] = [];
