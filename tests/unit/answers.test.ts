import { describe, expect, it } from 'vitest';
import {
  answerValues,
  lastAnsweredOn,
  migrateAnswersV1,
  normalizeAnswers,
  todayIso,
  withAnswer,
  type ChecklistAnswers,
} from '@/lib/answers';
import { checklistQuestions } from '@/data/checklist';
import type { Answer } from '@/data/types';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

describe('migrateAnswersV1', () => {
  it('keeps every valid version-1 answer, with no date', () => {
    expect(
      migrateAnswersV1({ 'fit-pain-duration': 'yes', 'safety-psychosis': 'no', 'practical-cost': 'unsure' }),
    ).toEqual({
      'fit-pain-duration': { answer: 'yes', on: null },
      'safety-psychosis': { answer: 'no', on: null },
      'practical-cost': { answer: 'unsure', on: null },
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'yes'],
    ['an array', ['yes', 'no']],
  ])('gives no answers for %s, and leaves it for the read to report', (_, raw) => {
    expect(migrateAnswersV1(raw)).toEqual(raw);
    expect(normalizeAnswers(migrateAnswersV1(raw)).value).toEqual({});
  });

  it('converts the readable entries and leaves the unreadable ones for the read to report', () => {
    const migrated = migrateAnswersV1({ ok: 'yes', 'Bad Id': 'no', other: 'maybe', n: 1 });
    expect(migrated).toEqual({ ok: { answer: 'yes', on: null }, 'Bad Id': 'no', other: 'maybe', n: 1 });
    expect(normalizeAnswers(migrated)).toEqual({
      value: { ok: { answer: 'yes', on: null } },
      repaired: ['checklistAnswers (3 unreadable answers)'],
    });
  });

  it('keeps answers that are already in the version-2 shape (value written without its version mark)', () => {
    // WXT writes the value and its version mark in two separate storage calls; a page closed in
    // between leaves version-2 answers that the next start takes for version 1.
    expect(
      migrateAnswersV1({
        'fit-pain-duration': { answer: 'yes', on: '2026-11-20' },
        'safety-psychosis': 'no',
      }),
    ).toEqual({
      'fit-pain-duration': { answer: 'yes', on: '2026-11-20' },
      'safety-psychosis': { answer: 'no', on: null },
    });
  });
});

describe('normalizeAnswers', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
  ])('gives no answers and nothing to repair for a missing value (%s)', (_, raw) => {
    expect(normalizeAnswers(raw)).toEqual({ value: {}, repaired: [] });
  });

  it.each([
    ['a string', 'yes'],
    ['a number', 3],
    ['a boolean', false],
    ['an array', [{ answer: 'yes' }]],
  ])('replaces %s and says so', (_, raw) => {
    expect(normalizeAnswers(raw)).toEqual({ value: {}, repaired: ['checklistAnswers'] });
  });

  it.each<[string, Record<string, unknown>, ChecklistAnswers, string[]]>([
    [
      'version-2 answers',
      { a: { answer: 'yes', on: '2026-11-01' }, b: { answer: 'unsure', on: null } },
      { a: { answer: 'yes', on: '2026-11-01' }, b: { answer: 'unsure', on: null } },
      [],
    ],
    ['a version-1 answer that slipped through', { a: 'no' }, { a: { answer: 'no', on: null } }, []],
    [
      'an unreadable date (the answer is kept)',
      { a: { answer: 'yes', on: 12 } },
      { a: { answer: 'yes', on: null } },
      [],
    ],
    ['a date in another format', { a: { answer: 'yes', on: '20/11/2026' } }, { a: { answer: 'yes', on: null } }, []],
    [
      'an unknown answer',
      { a: { answer: 'maybe', on: '2026-11-01' }, b: 'no' },
      { b: { answer: 'no', on: null } },
      ['checklistAnswers (1 unreadable answer)'],
    ],
    [
      'bad ids and bad values',
      { 'Bad Id': 'yes', 'trailing-': 'no', a: null, b: 7, c: { on: '2026-11-01' }, d: 'unsure' },
      { d: { answer: 'unsure', on: null } },
      ['checklistAnswers (5 unreadable answers)'],
    ],
    [
      'extra fields on an answer (dropped, answer kept)',
      { a: { answer: 'no', on: '2026-11-02', note: 'x' } },
      { a: { answer: 'no', on: '2026-11-02' } },
      [],
    ],
  ])('%s', (_, raw, value, repaired) => {
    expect(normalizeAnswers(raw)).toEqual({ value, repaired });
  });

  it.each(checklistQuestions.flatMap((q) => ANSWERS.map((a) => [q.id, a] as const)))(
    'never drops a given answer: %s = %s',
    (id, answer) => {
      const stored = withAnswer({}, id, answer, '2026-11-25');
      expect(normalizeAnswers(stored)).toEqual({ value: stored, repaired: [] });
      // The round trip through JSON (storage) changes nothing either.
      expect(normalizeAnswers(JSON.parse(JSON.stringify(stored)))).toEqual({ value: stored, repaired: [] });
    },
  );

  it('keeps every question answered at once', () => {
    let all: ChecklistAnswers = {};
    checklistQuestions.forEach((q, i) => (all = withAnswer(all, q.id, ANSWERS[i % 3]!, '2026-11-25')));
    expect(Object.keys(normalizeAnswers(all).value)).toHaveLength(checklistQuestions.length);
    expect(normalizeAnswers(all)).toEqual({ value: all, repaired: [] });
  });
});

describe('withAnswer, answerValues, lastAnsweredOn', () => {
  const base: ChecklistAnswers = { a: { answer: 'yes', on: '2026-01-02' } };

  it('adds an answer with its day, without touching the input', () => {
    expect(withAnswer(base, 'b', 'no', '2026-02-03')).toEqual({
      a: { answer: 'yes', on: '2026-01-02' },
      b: { answer: 'no', on: '2026-02-03' },
    });
    expect(base).toEqual({ a: { answer: 'yes', on: '2026-01-02' } });
  });

  it('changes an answer and its day', () => {
    expect(withAnswer(base, 'a', 'unsure', '2026-03-04')).toEqual({ a: { answer: 'unsure', on: '2026-03-04' } });
  });

  it('removes an answer given null', () => {
    expect(withAnswer(base, 'a', null, '2026-03-04')).toEqual({});
  });

  it('gives the bare answers for the evaluation', () => {
    expect(answerValues({ ...base, b: { answer: 'no', on: null } })).toEqual({ a: 'yes', b: 'no' });
  });

  it.each<[ChecklistAnswers, string | null]>([
    [{}, null],
    [{ a: { answer: 'yes', on: null } }, null],
    [{ a: { answer: 'yes', on: '2026-01-02' }, b: { answer: 'no', on: null } }, '2026-01-02'],
    [
      {
        a: { answer: 'yes', on: '2026-01-02' },
        b: { answer: 'no', on: '2026-11-30' },
        c: { answer: 'no', on: '2026-03-01' },
      },
      '2026-11-30',
    ],
  ])('lastAnsweredOn(%j) is %j', (answers, last) => {
    expect(lastAnsweredOn(answers)).toBe(last);
  });
});

describe('todayIso', () => {
  it.each([
    [new Date(2026, 0, 5, 10, 0), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(2027, 1, 28, 0, 0), '2027-02-28'],
  ])('%s → %s (local day)', (date, iso) => {
    expect(todayIso(date)).toBe(iso);
  });
});
