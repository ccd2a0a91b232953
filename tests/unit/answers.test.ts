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

// --- version 3: the decision guide's record ---------------------------------------------------
import {
  CHECKLIST_RECORD_VERSION,
  mergeMovedRecord,
  migrateAnswersV2ToV3,
  normalizeChecklistRecord,
  recordContext,
  recordLastChangedOn,
  withRecordAnswer,
  withSureAnswer,
  withValue,
  type ChecklistRecord,
} from '@/lib/answers';
import { RENAMED_QUESTION_IDS, RETIRED_QUESTIONS } from '@/data/checklist';
import { evaluateChecklist } from '@/lib/checklist-evaluate';
import { crisisHelpNow } from '@/data/review';

/** Every question id of version 2 (the checklist before the decision guide), with its stored answer. */
const V2_IDS = [
  'fit-long-lasting-pain',
  'fit-other-treatments-not-enough',
  'fit-depression',
  'fit-opioid-worries',
  'fit-pain-from-illness-or-surgery',
  'fit-supervised-clinic',
  'fit-no-known-reason-to-avoid',
  'safety-uncontrolled-blood-pressure',
  'safety-heart-disease',
  'safety-pregnancy-or-breastfeeding',
  'safety-liver-disease',
  'safety-psychosis',
  'safety-eye-or-brain-pressure',
  'safety-alcohol-or-drug-misuse',
  'safety-self-harm-thoughts',
  'practical-session-time',
  'practical-ride-home',
];

describe('migrateAnswersV2ToV3', () => {
  it('is version 3', () => {
    expect(CHECKLIST_RECORD_VERSION).toBe(3);
  });

  it.each(ANSWERS)('keeps every version-2 answer (all %s): current, renamed or earlier, none dropped', (answer) => {
    const v2 = Object.fromEntries(
      V2_IDS.map((id, i) => [id, { answer, on: `2026-01-${String(i + 1).padStart(2, '0')}` }]),
    );
    const v3 = migrateAnswersV2ToV3(v2);
    const kept = Object.keys(v3.answers).length + Object.keys(v3.earlier).length;
    expect(kept).toBe(V2_IDS.length);
    for (const [i, id] of V2_IDS.entries()) {
      const on = `2026-01-${String(i + 1).padStart(2, '0')}`;
      const moved = RENAMED_QUESTION_IDS[id];
      if (moved) expect(v3.answers[moved], id).toEqual({ answer, on });
      else if (checklistQuestions.some((q) => q.id === id)) expect(v3.answers[id], id).toEqual({ answer, on });
      else {
        const old = RETIRED_QUESTIONS.find((r) => r.id === id);
        expect(old, `${id} must be a retired question`).toBeTruthy();
        expect(v3.earlier[id]).toEqual({ question: old!.question, answer, on });
      }
    }
    expect(v3.values).toEqual({});
    expect(v3.sure).toEqual({});
  });

  it('lists every version-2 id as current, renamed or retired', () => {
    const current = new Set(checklistQuestions.map((q) => q.id));
    const retired = new Set(RETIRED_QUESTIONS.map((r) => r.id));
    for (const id of V2_IDS) expect(current.has(id) || id in RENAMED_QUESTION_IDS || retired.has(id), id).toBe(true);
  });

  it('shows earlier answers on the handout, and an earlier self-harm "yes" still brings crisis help', () => {
    const v3 = migrateAnswersV2ToV3({
      'fit-no-known-reason-to-avoid': { answer: 'no', on: '2026-02-01' },
      'safety-self-harm-thoughts': { answer: 'yes', on: '2026-02-01' },
    });
    const s = evaluateChecklist(answerValues(v3.answers), { earlier: v3.earlier });
    expect(s.earlier.map((e) => e.text)).toEqual([
      'Has a doctor checked your health and found no reason for you to avoid ketamine? No.',
      'Are you having thoughts of harming yourself right now? Yes.',
    ]);
    expect(s.crisis).toEqual(crisisHelpNow);
  });

  it('takes version-1 values too, and keeps ids it does not know as earlier answers with no question', () => {
    expect(migrateAnswersV2ToV3({ 'safety-psychosis': 'yes', 'from-the-future': 'no' })).toEqual({
      answers: { 'safety-psychosis': { answer: 'yes', on: null } },
      earlier: { 'from-the-future': { question: null, answer: 'no', on: null } },
      values: {},
      sure: {},
    });
  });

  it('does not let a renamed answer overwrite one given to the new id', () => {
    const v3 = migrateAnswersV2ToV3({
      'pain-depression': { answer: 'no', on: '2026-03-01' },
      'fit-depression': { answer: 'yes', on: '2026-01-01' },
    });
    expect(v3.answers['pain-depression']).toEqual({ answer: 'no', on: '2026-03-01' });
  });

  it('leaves unreadable entries for the read to report, and a record already migrated as it is', () => {
    const v3 = migrateAnswersV2ToV3({ 'safety-psychosis': { answer: 42 } });
    expect(normalizeChecklistRecord(v3).repaired).toEqual(['checklistAnswers (1 unreadable answer)']);
    const record: ChecklistRecord = {
      answers: { 'safety-psychosis': { answer: 'no', on: null } },
      earlier: {},
      values: {},
      sure: {},
    };
    expect(migrateAnswersV2ToV3(record)).toBe(record);
    expect(migrateAnswersV2ToV3(undefined)).toBeUndefined();
  });
});

describe('normalizeChecklistRecord and its updates', () => {
  it.each([
    ['undefined', undefined, []],
    ['null', null, []],
    ['a string', 'x', ['checklistAnswers']],
  ])('reads %s as an empty record', (_l, raw, repaired) => {
    expect(normalizeChecklistRecord(raw)).toEqual({
      value: { answers: {}, earlier: {}, values: {}, sure: {} },
      repaired,
    });
  });

  it('keeps well-formed entries and counts the rest', () => {
    const { value, repaired } = normalizeChecklistRecord({
      answers: { 'safety-psychosis': { answer: 'yes', on: '2026-01-01' }, 'Bad Id': 'yes' },
      earlier: { 'fit-depression': { question: 'Do you also live with depression?', answer: 'no', on: null } },
      values: {
        'low-cost': { weight: 'a-lot', on: null },
        'low-cost-2': { weight: 'a-lot', on: null },
        'quick-relief': { weight: 'huge' },
      },
      sure: { sure: { answer: 'yes', on: null }, understand: { answer: 'unsure', on: null } },
    });
    expect(value.answers).toEqual({ 'safety-psychosis': { answer: 'yes', on: '2026-01-01' } });
    expect(value.earlier['fit-depression']?.answer).toBe('no');
    expect(value.values).toEqual({ 'low-cost': { weight: 'a-lot', on: null } });
    expect(value.sure).toEqual({ sure: { answer: 'yes', on: null } });
    expect(repaired).toEqual(['checklistAnswers (4 unreadable answers)']);
  });

  it('migrates a flat version-2 value read before its migration ran', () => {
    expect(normalizeChecklistRecord({ 'safety-psychosis': { answer: 'no', on: null } }).value.answers).toEqual({
      'safety-psychosis': { answer: 'no', on: null },
    });
  });

  it('updates answers, values and SURE answers without touching the input, and dates the last change', () => {
    const empty: ChecklistRecord = { answers: {}, earlier: {}, values: {}, sure: {} };
    const a = withRecordAnswer(empty, 'safety-psychosis', 'yes', '2026-01-01');
    const b = withValue(a, 'low-cost', 'some', '2026-01-03');
    const c = withSureAnswer(b, 'sure', 'no', '2026-01-02');
    expect(empty.answers).toEqual({});
    expect(c).toEqual({
      answers: { 'safety-psychosis': { answer: 'yes', on: '2026-01-01' } },
      earlier: {},
      values: { 'low-cost': { weight: 'some', on: '2026-01-03' } },
      sure: { sure: { answer: 'no', on: '2026-01-02' } },
    });
    expect(recordLastChangedOn(c)).toBe('2026-01-03');
    expect(withValue(c, 'low-cost', null, '2026-01-04').values).toEqual({});
    expect(recordLastChangedOn(empty)).toBeNull();
  });
});

describe('recordContext', () => {
  it('gives evaluateChecklist the weights, the SURE answers and the earlier answers', () => {
    const record: ChecklistRecord = {
      answers: {},
      earlier: { 'fit-depression': { question: 'Do you also live with depression?', answer: 'yes', on: null } },
      values: { 'low-cost': { weight: 'a-lot', on: '2026-01-01' } },
      sure: { sure: { answer: 'no', on: null } },
    };
    const context = recordContext(record);
    expect(context).toEqual({
      values: { 'low-cost': 'a-lot' },
      sure: { sure: 'no' },
      earlier: record.earlier,
    });
    const s = evaluateChecklist({}, context);
    expect(s.values.map((v) => v.id)).toEqual(['low-cost']);
    expect(s.sure.items[0]?.answer).toBe('no');
    expect(s.earlier).toHaveLength(1);
  });
});

describe('mergeMovedRecord (answers moved from storage.local meet the database record)', () => {
  const moved: ChecklistRecord = {
    answers: { 'safety-psychosis': { answer: 'no', on: '2026-10-01' }, 'fit-depression': { answer: 'yes', on: null } },
    earlier: { 'fit-supervised-clinic': { question: null, answer: 'yes', on: null } },
    values: {},
    sure: {},
  };
  it('keeps every entry of both, the database winning where both hold the same id', () => {
    const current: ChecklistRecord = {
      answers: { 'safety-psychosis': { answer: 'yes', on: '2026-12-01' } },
      earlier: {},
      values: {},
      sure: {},
    };
    expect(mergeMovedRecord(current, moved)).toEqual({
      ...moved,
      answers: {
        'safety-psychosis': { answer: 'yes', on: '2026-12-01' },
        'fit-depression': { answer: 'yes', on: null },
      },
    });
  });
  it.each([undefined, null, 'garbage', {}])('takes the moved record whole over a database value of %j', (current) => {
    expect(mergeMovedRecord(current, moved)).toEqual(moved);
  });
});
