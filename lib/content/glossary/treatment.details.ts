import type { GlossaryDetail } from '../types';

export const treatmentDetails: GlossaryDetail[] = [];
