import { describe, it, expect } from 'vitest';
import {
  evaluateChecklist,
  summaryTexts,
  GENERAL_QUESTIONS,
  GUIDANCE,
  URGENT_QUESTION_ID,
  type Answer,
  type Answers,
  type ChecklistSummary,
} from '@/lib/checklist-evaluate';
import { checklistQuestions } from '@/data/checklist';
import { contentReviewedOn, emergencyHelp, notMedicalAdvice } from '@/data/review';
import { FORBIDDEN_WORDS, MAX_GRADE } from '@/scripts/content-gates/quality';
import { scoreReadability } from '@/scripts/content-gates/readability';
import type { ChecklistQuestion } from '@/data/types';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const ids = (group: ChecklistQuestion['group']) => checklistQuestions.filter((q) => q.group === group).map((q) => q.id);
const FIT = ids('fit');
const SAFETY = ids('safety').filter((id) => id !== URGENT_QUESTION_ID);
const PRACTICAL = ids('practical');

/** Words that would turn the summary into a verdict. */
const VERDICT =
  /\b(candidates?|qualif(y|ies|ied)|eligib(le|ility)|ineligible|safe for you|right for you|good fit|you should (get|have|try) ketamine|approved for you|cleared)\b/i;
const FORBIDDEN = new RegExp(`\\b(${FORBIDDEN_WORDS.join('|')})\\b`, 'i');

/** Every single-answer combination: one question answered, in each of the 3 ways. */
const singleAnswers: [string, Answer][] = checklistQuestions.flatMap((q) =>
  ANSWERS.map((a): [string, Answer] => [q.id, a]),
);

/** A spread of multi-answer combinations: all one answer, and deterministic mixes. */
function manyCombinations(): Answers[] {
  const out: Answers[] = [{}];
  for (const a of ANSWERS) out.push(Object.fromEntries(checklistQuestions.map((q) => [q.id, a])));
  for (let seed = 0; seed < 60; seed++) {
    out.push(
      Object.fromEntries(checklistQuestions.map((q, i) => [q.id, ANSWERS[(seed * 7 + i * ((seed % 5) + 1)) % 3]!])),
    );
  }
  return out;
}

function allTexts(s: ChecklistSummary): string[] {
  return [
    ...summaryTexts(s),
    ...s.reviewFirst.map((i) => i.text),
    ...s.mayFit.map((i) => i.text),
    ...s.notes.map((i) => i.text),
  ];
}

describe('evaluateChecklist: the question list', () => {
  it('has guidance for every checklist question, and none for ids that do not exist', () => {
    const known = new Set(checklistQuestions.map((q) => q.id));
    expect(checklistQuestions.filter((q) => !GUIDANCE[q.id]).map((q) => q.id)).toEqual([]);
    expect(Object.keys(GUIDANCE).filter((id) => !known.has(id))).toEqual([]);
  });

  it('keeps the groups in order: fit, then safety, then practical', () => {
    const order = { fit: 0, safety: 1, practical: 2 };
    const ranks = checklistQuestions.map((q) => order[q.group]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(FIT).toHaveLength(7);
    expect(PRACTICAL).toHaveLength(2);
    expect(ids('safety')).toContain(URGENT_QUESTION_ID);
  });
});

describe('evaluateChecklist: empty and unknown answers', () => {
  it('says nothing was answered yet when there are no answers', () => {
    const s = evaluateChecklist({});
    expect(s.answered).toBe(0);
    expect(s.total).toBe(checklistQuestions.length);
    expect(s.headline).toMatch(/not answered any questions yet/);
    expect(s.mayFit).toEqual([]);
    expect(s.reviewFirst).toEqual([]);
    expect(s.notes).toEqual([]);
    expect(s.urgent).toBeNull();
    expect(s.questionsToAsk).toEqual([...GENERAL_QUESTIONS]);
    expect(s.notAdvice).toBe(notMedicalAdvice);
    expect(s.reviewedOn).toBe(contentReviewedOn);
  });

  it.each<[string, Answers]>([
    ['an unknown id', { 'not-a-question': 'yes' }],
    ['several unknown ids', { foo: 'yes', bar: 'no', baz: 'unsure' }],
    ['an inherited property name', { toString: 'yes', constructor: 'unsure' } as unknown as Answers],
    ['undefined answers', { 'fit-depression': undefined, [URGENT_QUESTION_ID]: undefined }],
  ])('ignores %s', (_label, answers) => {
    expect(evaluateChecklist(answers)).toEqual(evaluateChecklist({}));
  });

  it('ignores unknown ids mixed with known ones', () => {
    const known: Answers = { 'fit-depression': 'yes', 'safety-liver-disease': 'unsure' };
    expect(evaluateChecklist({ ...known, 'made-up-id': 'yes' })).toEqual(evaluateChecklist(known));
    expect(evaluateChecklist({ ...known, 'made-up-id': 'yes' }).answered).toBe(2);
  });

  it('ignores answers that are not yes, no or unsure', () => {
    const odd = { 'fit-depression': 'maybe' } as unknown as Answers;
    expect(evaluateChecklist(odd)).toEqual(evaluateChecklist({}));
  });
});

describe('evaluateChecklist: fit answers', () => {
  it.each(FIT)('yes to %s adds a point to mayFit, with its caveat', (id) => {
    const s = evaluateChecklist({ [id]: 'yes' });
    expect(s.answered).toBe(1);
    expect(s.mayFit.map((i) => i.questionId)).toEqual([id]);
    expect(s.reviewFirst).toEqual([]);
    expect(s.urgent).toBeNull();
  });

  it('the long-lasting pain point says CRPS has the best, still short-term, evidence', () => {
    const [item] = evaluateChecklist({ 'fit-long-lasting-pain': 'yes' }).mayFit;
    expect(item?.text).toMatch(/CRPS/);
    expect(item?.text).toMatch(/12 weeks/);
    expect(item?.text).toMatch(/weak/);
  });

  it.each<[string, RegExp]>([
    ['fit-depression', /fades in about a week/],
    ['fit-depression', /not an approved depression treatment/],
    ['fit-opioid-worries', /its own risk of misuse/],
    ['fit-pain-from-illness-or-surgery', /no clear gain/],
    ['fit-supervised-clinic', /blood pressure/],
  ])('the %s point carries the caveat %s', (id, caveat) => {
    expect(evaluateChecklist({ [id]: 'yes' }).mayFit[0]?.text).toMatch(caveat);
  });

  it.each<[string, string]>([
    ['fit-long-lasting-pain', 'How long did relief last for your other patients with my kind of pain?'],
    ['fit-supervised-clinic', 'What checks will I have during and after each session, and who will do them?'],
    [
      'fit-opioid-worries',
      'Would I take ketamine along with my opioids, or in place of them? How would you watch for misuse?',
    ],
  ])('yes to %s adds a tailored question before the general ones', (id, ask) => {
    const s = evaluateChecklist({ [id]: 'yes' });
    expect(s.questionsToAsk[0]).toBe(ask);
    expect(s.questionsToAsk.slice(1)).toEqual([...GENERAL_QUESTIONS]);
  });

  it.each([
    'fit-long-lasting-pain',
    'fit-other-treatments-not-enough',
    'fit-supervised-clinic',
    'fit-no-known-reason-to-avoid',
  ])('no to %s adds a note, not a point that may fit', (id) => {
    const s = evaluateChecklist({ [id]: 'no' });
    expect(s.mayFit).toEqual([]);
    expect(s.notes.map((i) => i.questionId)).toEqual([id]);
  });

  it.each(['fit-depression', 'fit-opioid-worries', 'fit-pain-from-illness-or-surgery'])(
    'no to %s adds nothing',
    (id) => {
      const s = evaluateChecklist({ [id]: 'no' });
      expect(s.answered).toBe(1);
      expect([...s.mayFit, ...s.reviewFirst, ...s.notes]).toEqual([]);
      expect(s.questionsToAsk).toEqual([...GENERAL_QUESTIONS]);
    },
  );
});

describe('evaluateChecklist: safety answers', () => {
  it.each(SAFETY)('yes to %s goes to reviewFirst with a question for the doctor', (id) => {
    const s = evaluateChecklist({ [id]: 'yes' });
    expect(s.reviewFirst.map((i) => i.questionId)).toEqual([id]);
    expect(s.mayFit).toEqual([]);
    expect(s.urgent).toBeNull();
    const ask = GUIDANCE[id]?.yes?.ask;
    expect(ask).toBeTruthy();
    expect(s.questionsToAsk[0]).toBe(ask);
    expect(GENERAL_QUESTIONS).not.toContain(ask);
  });

  it.each(SAFETY)('no to %s adds nothing to review', (id) => {
    const s = evaluateChecklist({ [id]: 'no' });
    expect(s.reviewFirst).toEqual([]);
    expect(s.questionsToAsk).toEqual([...GENERAL_QUESTIONS]);
  });

  it('keeps the question order within reviewFirst', () => {
    const s = evaluateChecklist({ 'safety-psychosis': 'yes', 'safety-uncontrolled-blood-pressure': 'yes' });
    expect(s.reviewFirst.map((i) => i.questionId)).toEqual(['safety-uncontrolled-blood-pressure', 'safety-psychosis']);
  });
});

describe('evaluateChecklist: urgent', () => {
  it('yes to thoughts of self-harm sets urgent to the emergency text', () => {
    const s = evaluateChecklist({ [URGENT_QUESTION_ID]: 'yes' });
    expect(s.urgent).toBe(emergencyHelp);
    expect(s.reviewFirst[0]?.questionId).toBe(URGENT_QUESTION_ID);
  });

  it('puts the self-harm point first, before every other answer', () => {
    const all = Object.fromEntries(checklistQuestions.map((q) => [q.id, 'yes' as const]));
    const s = evaluateChecklist(all);
    expect(s.urgent).toBe(emergencyHelp);
    expect(s.reviewFirst[0]?.questionId).toBe(URGENT_QUESTION_ID);
    expect(s.reviewFirst).toHaveLength(SAFETY.length + 1);
    expect(summaryTexts(s)[1]).toBe(emergencyHelp);
  });

  it.each<Answer>(['no', 'unsure'])('%s to thoughts of self-harm does not set urgent', (answer) => {
    expect(evaluateChecklist({ [URGENT_QUESTION_ID]: answer }).urgent).toBeNull();
  });

  it('unsure about thoughts of self-harm still comes first in reviewFirst, with a gentle note', () => {
    const s = evaluateChecklist({ 'safety-liver-disease': 'yes', [URGENT_QUESTION_ID]: 'unsure' });
    expect(s.reviewFirst.map((i) => i.questionId)).toEqual([URGENT_QUESTION_ID, 'safety-liver-disease']);
    expect(s.reviewFirst[0]?.text).toMatch(/someone you trust/);
  });
});

describe('evaluateChecklist: practical answers', () => {
  it.each(PRACTICAL)('yes to %s adds a point that may fit', (id) => {
    expect(evaluateChecklist({ [id]: 'yes' }).mayFit.map((i) => i.questionId)).toEqual([id]);
  });

  it.each(PRACTICAL)('no to %s adds a note and a question', (id) => {
    const s = evaluateChecklist({ [id]: 'no' });
    expect(s.notes.map((i) => i.questionId)).toEqual([id]);
    expect(s.reviewFirst).toEqual([]);
    expect(s.questionsToAsk.length).toBe(GENERAL_QUESTIONS.length + 1);
  });

  it('asks about driving carefully: not for the rest of the day', () => {
    const s = evaluateChecklist({ 'practical-ride-home': 'no' });
    expect(s.notes[0]?.text).toMatch(/usually ask you not to drive for the rest of the day/);
  });
});

describe('evaluateChecklist: unsure answers', () => {
  it.each(checklistQuestions.map((q) => q.id))('unsure to %s adds a question to ask', (id) => {
    const s = evaluateChecklist({ [id]: 'unsure' });
    expect(s.answered).toBe(1);
    const ask = GUIDANCE[id]?.unsure.ask;
    expect(ask).toBeTruthy();
    expect(s.questionsToAsk).toContain(ask);
    expect(s.questionsToAsk[0]).toBe(ask);
    expect(s.mayFit).toEqual([]);
  });

  it('lists each question once, even when two answers ask the same thing', () => {
    const s = evaluateChecklist({ 'practical-ride-home': 'yes', 'fit-no-known-reason-to-avoid': 'unsure' });
    expect(new Set(s.questionsToAsk).size).toBe(s.questionsToAsk.length);
    const twice = evaluateChecklist({ 'fit-no-known-reason-to-avoid': 'no' });
    expect(new Set(twice.questionsToAsk).size).toBe(twice.questionsToAsk.length);
  });
});

describe('evaluateChecklist: a custom question list', () => {
  const custom: ChecklistQuestion[] = [
    {
      id: 'custom-fit',
      group: 'fit',
      question: 'Do you like tea?',
      help: 'Just a test.',
      basis: 'test',
      sources: ['medlineplus'],
    },
    {
      id: 'custom-safety',
      group: 'safety',
      question: 'Do you have a cold?',
      help: 'Just a test.',
      basis: 'test',
      sources: ['medlineplus'],
    },
    {
      id: 'custom-practical',
      group: 'practical',
      question: 'Do you have a car?',
      help: 'Just a test.',
      basis: 'test',
      sources: ['medlineplus'],
    },
  ];

  it.each<[Answer, string, keyof Pick<ChecklistSummary, 'mayFit' | 'reviewFirst' | 'notes'>]>([
    ['yes', 'custom-fit', 'mayFit'],
    ['yes', 'custom-safety', 'reviewFirst'],
    ['yes', 'custom-practical', 'notes'],
    ['no', 'custom-practical', 'notes'],
  ])('falls back by group: %s to %s goes to %s', (answer, id, list) => {
    const s = evaluateChecklist({ [id]: answer }, custom);
    expect(s.total).toBe(3);
    expect(s[list].map((i) => i.questionId)).toEqual([id]);
  });

  it('turns an unsure answer to a question without guidance into a question to ask', () => {
    const s = evaluateChecklist({ 'custom-fit': 'unsure' }, custom);
    expect(s.questionsToAsk[0]).toMatch(/Do you like tea\?/);
  });

  it('ignores answers to the default questions when they are not in the list given', () => {
    expect(evaluateChecklist({ [URGENT_QUESTION_ID]: 'yes' }, custom).urgent).toBeNull();
  });
});

describe('evaluateChecklist: wording of every output', () => {
  const cases: [string, Answers][] = [
    ...singleAnswers.map(([id, a]): [string, Answers] => [`${id}=${a}`, { [id]: a }]),
    ...manyCombinations().map((answers, i): [string, Answers] => [`combination ${i}`, answers]),
  ];

  it.each(cases)('%s: never gives a verdict', (_label, answers) => {
    for (const text of allTexts(evaluateChecklist(answers))) {
      expect(text, text).not.toMatch(VERDICT);
      expect(text, text).not.toMatch(FORBIDDEN);
    }
  });

  it.each(cases)('%s: every text is non-empty and trimmed', (_label, answers) => {
    const s = evaluateChecklist(answers);
    expect(s.notAdvice).toBe(notMedicalAdvice);
    expect(s.reviewedOn).toBe(contentReviewedOn);
    expect(s.questionsToAsk.length).toBeGreaterThanOrEqual(GENERAL_QUESTIONS.length);
    for (const text of allTexts(s)) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).toBe(text.trim());
    }
    for (const item of [...s.mayFit, ...s.reviewFirst, ...s.notes]) {
      expect(checklistQuestions.map((q) => q.id)).toContain(item.questionId);
    }
  });

  it.each(cases)(`%s: every text reads at grade ${MAX_GRADE} or below`, (_label, answers) => {
    for (const text of allTexts(evaluateChecklist(answers))) {
      expect(scoreReadability(text).fkGrade, text).toBeLessThanOrEqual(MAX_GRADE);
    }
  });

  it('counts the answered questions', () => {
    const all = Object.fromEntries(checklistQuestions.map((q) => [q.id, 'unsure' as const]));
    const s = evaluateChecklist(all);
    expect(s.answered).toBe(checklistQuestions.length);
    expect(s.headline).toContain(`${checklistQuestions.length} of ${checklistQuestions.length}`);
  });

  it('every guidance text and question ends like a sentence', () => {
    const texts = [
      ...GENERAL_QUESTIONS,
      ...Object.values(GUIDANCE).flatMap((g) =>
        [g.yes, g.no, g.unsure.note].flatMap((o) => (o ? [o.text, o.ask ?? ''] : [])),
      ),
      ...Object.values(GUIDANCE).map((g) => g.unsure.ask),
    ].filter((t) => t !== '');
    for (const t of texts) expect(t, t).toMatch(/[.?!]$/);
  });
});
