import type { GlossaryDetail } from '../types';

export const sideEffectDetails: GlossaryDetail[] = [];
