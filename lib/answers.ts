// Checklist answers as stored, their migration and validation. Pure.
//
// Version 1 stored { [questionId]: 'yes' | 'no' | 'unsure' }. Version 2 keeps the date of each
// answer as well, so the printed summary can say when the answers were given. Version 3 (the
// decision guide) is a record: the answers to the current questions, the answers to questions that
// were split or reworded (kept as earlier answers, never dropped), what matters to the reader, and
// the four SURE answers. See migrateAnswersV2ToV3.
import type { Answer, ValueWeight } from '../data/types';
import { RENAMED_QUESTION_IDS, RETIRED_QUESTIONS, checklistQuestions } from '../data/checklist';
import { SURE_ITEMS, VALUE_ITEMS } from '../data/values';
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

// --- version 3: the decision guide's record ---------------------------------------------------

/** The storage version of ChecklistRecord. Stage 2 sets the storage item to this version. */
export const CHECKLIST_RECORD_VERSION = 3;

/** An answer to a question that was split, reworded or removed: shown on the handout as it was. */
export interface EarlierAnswer {
  /** The question as the reader saw it, or null when this version never knew it. */
  question: string | null;
  answer: Answer;
  on: string | null;
}

export interface StoredValue {
  weight: ValueWeight;
  on: string | null;
}

export interface ChecklistRecord {
  /** Answers to the current questions (data/checklist.ts). */
  answers: ChecklistAnswers;
  /** Answers to earlier questions, by their old id. */
  earlier: Record<string, EarlierAnswer>;
  /** What matters to the reader, by value id (data/values.ts). */
  values: Record<string, StoredValue>;
  /** The SURE answers, by item id: only 'yes' or 'no'. */
  sure: Record<string, StoredAnswer>;
}

export const EMPTY_RECORD: ChecklistRecord = Object.freeze({
  answers: {},
  earlier: {},
  values: {},
  sure: {},
}) as ChecklistRecord;

const WEIGHTS: readonly ValueWeight[] = ['a-lot', 'some', 'not-much'];
const CURRENT_IDS = new Set(checklistQuestions.map((q) => q.id));
const RETIRED = new Map(RETIRED_QUESTIONS.map((q) => [q.id, q]));
const RECORD_KEYS = new Set(['answers', 'earlier', 'values', 'sure']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A version-3 record already (WXT writes value and version in two calls: see migrateAnswersV1). */
function looksLikeRecord(v: Record<string, unknown>): boolean {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => RECORD_KEYS.has(k)) && keys.every((k) => isPlainObject(v[k]));
}

/**
 * Version 2 → 3, keeping every readable answer:
 * - an answer to a current question stays (an id that only moved goes to its new id);
 * - an answer to a question that was split or reworded, or that this version does not know, becomes
 *   an earlier answer with the question as the reader saw it, so the handout can still show it;
 * - an unreadable entry is left in `answers` as it was, so normalizeChecklistRecord reports it.
 * Accepts version-1 values too (WXT runs the migrations in turn; a half-written value may skip one).
 */
export function migrateAnswersV2ToV3(v2: unknown): ChecklistRecord {
  if (!isPlainObject(v2)) return v2 as ChecklistRecord;
  if (looksLikeRecord(v2)) return v2 as unknown as ChecklistRecord;
  const answers: Record<string, unknown> = {};
  const earlier: Record<string, EarlierAnswer> = {};
  for (const [oldId, raw] of Object.entries(v2)) {
    const entry = ID.test(oldId) ? readEntry(raw) : null;
    if (!entry) {
      answers[oldId] = raw;
      continue;
    }
    const id = Object.hasOwn(RENAMED_QUESTION_IDS, oldId) ? RENAMED_QUESTION_IDS[oldId]! : oldId;
    if (CURRENT_IDS.has(id)) {
      // A renamed answer never overwrites an answer already given to the new id.
      if (!Object.hasOwn(answers, id) || id === oldId) answers[id] = entry;
    } else {
      earlier[oldId] = { question: RETIRED.get(oldId)?.question ?? null, ...entry };
    }
  }
  return { answers: answers as ChecklistAnswers, earlier, values: {}, sure: {} };
}

function readEarlier(v: unknown, id: string): EarlierAnswer | null {
  const entry = readEntry(v);
  if (!entry || !isPlainObject(v)) return entry ? { question: RETIRED.get(id)?.question ?? null, ...entry } : null;
  const q = v.question;
  return { question: typeof q === 'string' && q.trim() ? q : (RETIRED.get(id)?.question ?? null), ...entry };
}

function readValue(v: unknown): StoredValue | null {
  if (!isPlainObject(v) || !WEIGHTS.includes(v.weight as ValueWeight)) return null;
  const on = v.on;
  return { weight: v.weight as ValueWeight, on: typeof on === 'string' && DAY.test(on) ? on : null };
}

/**
 * Reads a stored record: keeps every well-formed entry, drops the rest and says how many were dropped.
 * A flat (version 2) value read before its migration ran is migrated here too.
 */
export function normalizeChecklistRecord(raw: unknown): Normalized<ChecklistRecord> {
  if (raw === undefined || raw === null)
    return { value: { answers: {}, earlier: {}, values: {}, sure: {} }, repaired: [] };
  if (!isPlainObject(raw))
    return { value: { answers: {}, earlier: {}, values: {}, sure: {} }, repaired: ['checklistAnswers'] };
  const record = looksLikeRecord(raw) ? (raw as Record<string, Record<string, unknown>>) : migrateAnswersV2ToV3(raw);
  const src = record as unknown as Record<string, Record<string, unknown> | undefined>;
  let bad = 0;
  const read = <T>(
    part: Record<string, unknown> | undefined,
    reader: (v: unknown, id: string) => T | null,
    known?: Set<string>,
  ) => {
    const out: Record<string, T> = {};
    for (const [id, v] of Object.entries(part ?? {})) {
      const entry = ID.test(id) && (!known || known.has(id)) ? reader(v, id) : null;
      if (entry) out[id] = entry;
      else bad++;
    }
    return out;
  };
  const value: ChecklistRecord = {
    answers: read(src.answers, (v) => readEntry(v)),
    earlier: read(src.earlier, readEarlier),
    values: read(src.values, readValue, new Set(VALUE_ITEMS.map((i) => i.id))),
    sure: read(
      src.sure,
      (v) => {
        const e = readEntry(v);
        return e && e.answer !== 'unsure' ? e : null;
      },
      new Set(SURE_ITEMS.map((i) => i.id)),
    ),
  };
  return { value, repaired: bad ? [`checklistAnswers (${bad} unreadable answer${bad === 1 ? '' : 's'})`] : [] };
}

export function withRecordAnswer(
  record: ChecklistRecord,
  id: string,
  answer: Answer | null,
  today: string,
): ChecklistRecord {
  return { ...record, answers: withAnswer(record.answers, id, answer, today) };
}

export function withValue(
  record: ChecklistRecord,
  id: string,
  weight: ValueWeight | null,
  today: string,
): ChecklistRecord {
  const values = { ...record.values };
  if (weight) values[id] = { weight, on: today };
  else delete values[id];
  return { ...record, values };
}

export function withSureAnswer(
  record: ChecklistRecord,
  id: string,
  answer: 'yes' | 'no' | null,
  today: string,
): ChecklistRecord {
  return { ...record, sure: withAnswer(record.sure, id, answer, today) };
}

/** The most recent date anywhere in the record, for the printed handout. */
export function recordLastChangedOn(record: ChecklistRecord): string | null {
  const dates = [
    lastAnsweredOn(record.answers),
    lastAnsweredOn(record.earlier as unknown as ChecklistAnswers),
    lastAnsweredOn(record.sure),
    ...Object.values(record.values).map((v) => v.on),
  ].filter((d): d is string => !!d);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

/** What evaluateChecklist needs from a record besides the answers: values, SURE answers, earlier answers. */
export function recordContext(record: ChecklistRecord): {
  values: Record<string, ValueWeight>;
  sure: Record<string, 'yes' | 'no'>;
  earlier: Record<string, EarlierAnswer>;
} {
  const values: Record<string, ValueWeight> = {};
  for (const [id, v] of Object.entries(record.values)) values[id] = v.weight;
  const sure: Record<string, 'yes' | 'no'> = {};
  for (const [id, a] of Object.entries(record.sure)) if (a.answer !== 'unsure') sure[id] = a.answer;
  return { values, sure, earlier: record.earlier };
}

/**
 * Where answers moved from storage.local (`moved`, a migrated record) meet a record already in the
 * reader's database (`current`, written since): every entry of both is kept, and where both hold
 * the same question, value or SURE item the database's (newer) one wins. Values are taken as they
 * are, unreadable entries included, so the next read (normalizeChecklistRecord) reports them.
 */
export function mergeMovedRecord(current: unknown, moved: unknown): unknown {
  if (!isPlainObject(current) || !looksLikeRecord(current)) return moved;
  if (!isPlainObject(moved) || !looksLikeRecord(moved)) return current;
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of RECORD_KEYS) {
    out[part] = {
      ...(moved[part] as Record<string, unknown> | undefined),
      ...(current[part] as Record<string, unknown> | undefined),
    };
  }
  return out;
}
