import type { GlossaryDetail } from '../types';

// Longer explanations for care, costs and the course of an illness, sorted by id.
export const careDetails: GlossaryDetail[] = [];
