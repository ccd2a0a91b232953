import type { GlossaryDetail } from '../types';

export const painScienceDetails: GlossaryDetail[] = [];
