import type { GuideSection } from './types';

export const guideSections: GuideSection[] = [];
