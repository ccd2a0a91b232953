import type { GlossaryDetail } from '../types';

export const drugDetails: GlossaryDetail[] = [];
