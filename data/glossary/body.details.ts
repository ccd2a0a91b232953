import type { GlossaryDetail } from '../types';

// Longer explanations for the body and the nervous system, sorted by id.
export const bodyDetails: GlossaryDetail[] = [];
