import type { GlossaryDetail } from '../types';

export const evidenceDetails: GlossaryDetail[] = [];
