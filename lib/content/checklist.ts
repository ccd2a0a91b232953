import type { ChecklistQuestion } from './types';

export const checklistQuestions: ChecklistQuestion[] = [];
