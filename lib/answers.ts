// Checklist answers as stored, their migration and validation. Pure.
//
// Version 1 stored { [questionId]: 'yes' | 'no' | 'unsure' }. Version 2 keeps the date of each
// answer as well, so the printed summary can say when the answers were given.
import type { Answer } from '../data/types';
import type { Normalized } from './settings';

export interface StoredAnswer {
  answer: Answer;
  /** Day the answer was given (YYYY-MM-DD), or null when it came from version 1. */
  on: string | null;
}

export type ChecklistAnswers = Record<string, StoredAnswer>;
export type ChecklistAnswersV1 = Record<string, Answer>;

export const ANSWERS_VERSION = 2;

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isAnswer(v: unknown): v is Answer {
  return ANSWERS.includes(v as Answer);
}

/** One stored entry in either version's shape, or null when it is unreadable. */
function readEntry(v: unknown): StoredAnswer | null {
  if (isAnswer(v)) return { answer: v, on: null };
  if (typeof v === 'object' && v !== null && isAnswer((v as StoredAnswer).answer)) {
    const on = (v as StoredAnswer).on;
    return { answer: (v as StoredAnswer).answer, on: typeof on === 'string' && DAY.test(on) ? on : null };
  }
  return null;
}

/**
 * Version 1 → 2: every valid answer is kept, with no date. Answers already in the version-2 shape
 * are kept too: WXT writes a value and its version mark in two storage calls, so a page closed
 * between them leaves version-2 answers marked as version 1. Unreadable entries are left as they
 * are, so the next read (normalizeAnswers) reports them to the reader instead of losing them quietly.
 */
export function migrateAnswersV1(v1: unknown): ChecklistAnswers {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return v1 as ChecklistAnswers;
  const out: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(v1 as Record<string, unknown>)) out[id] = (ID.test(id) && readEntry(v)) || v;
  return out as ChecklistAnswers;
}

/**
 * Keeps every well-formed answer (even for questions this version does not know, and version-1
 * values that slipped through); drops the rest and says how many.
 */
export function normalizeAnswers(raw: unknown): Normalized<ChecklistAnswers> {
  if (raw === undefined || raw === null) return { value: {}, repaired: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: {}, repaired: ['checklistAnswers'] };
  const value: ChecklistAnswers = {};
  let bad = 0;
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const entry = ID.test(id) ? readEntry(v) : null;
    if (entry) value[id] = entry;
    else bad++;
  }
  return { value, repaired: bad ? [`checklistAnswers (${bad} unreadable answer${bad === 1 ? '' : 's'})`] : [] };
}

export function withAnswer(
  answers: ChecklistAnswers,
  id: string,
  answer: Answer | null,
  today: string,
): ChecklistAnswers {
  const next = { ...answers };
  if (answer) next[id] = { answer, on: today };
  else delete next[id];
  return next;
}

/** Just the answers, as the checklist evaluation takes them. */
export function answerValues(answers: ChecklistAnswers): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(answers)) out[id] = a.answer;
  return out;
}

/** The most recent answer date, for the printed summary. */
export function lastAnsweredOn(answers: ChecklistAnswers): string | null {
  let last: string | null = null;
  for (const a of Object.values(answers)) if (a.on && (!last || a.on > last)) last = a.on;
  return last;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
