// Checklist answers as stored, and their validation. Pure.
import type { Answer } from './content/types';
import type { Normalized } from './settings';

export type ChecklistAnswers = Record<string, Answer>;

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Keeps every well-formed answer (even for questions this version does not know); drops the rest. */
export function normalizeAnswers(raw: unknown): Normalized<ChecklistAnswers> {
  if (raw === undefined || raw === null) return { value: {}, repaired: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: {}, repaired: ['checklistAnswers'] };
  const value: ChecklistAnswers = {};
  let bad = 0;
  for (const [id, answer] of Object.entries(raw as Record<string, unknown>)) {
    if (ID.test(id) && ANSWERS.includes(answer as Answer)) value[id] = answer as Answer;
    else bad++;
  }
  return { value, repaired: bad ? [`checklistAnswers (${bad} unreadable answer${bad === 1 ? '' : 's'})`] : [] };
}

export function withAnswer(answers: ChecklistAnswers, id: string, answer: Answer | null): ChecklistAnswers {
  const next = { ...answers };
  if (answer) next[id] = answer;
  else delete next[id];
  return next;
}
