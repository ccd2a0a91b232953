import type { SeedPoint } from './types';

export const seedPoints: SeedPoint[] = [];
