import type { GlossaryDetail } from '../types';

export const routeDetails: GlossaryDetail[] = [];
