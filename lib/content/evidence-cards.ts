import type { EvidenceCard } from './types';

export const evidenceCards: EvidenceCard[] = [];
