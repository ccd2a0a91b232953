import type { GlossaryDetail } from '../types';

export const mentalHealthDetails: GlossaryDetail[] = [];
