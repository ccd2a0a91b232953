import type { GlossaryDetail } from '../types';

export const conditionDetails: GlossaryDetail[] = [];
