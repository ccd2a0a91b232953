// The checklist as a decision guide: every answer path is a row of a table, the all-favourable one
// included; no text of any path reads as a verdict; crisis help appears for 'yes' and 'not sure'.
import { describe, it, expect } from 'vitest';
import {
  evaluateChecklist,
  summaryTexts,
  CLINIC_QUESTIONS,
  GENERAL_QUESTIONS,
  GUIDANCE,
  type Answer,
  type Answers,
  type ChecklistSummary,
} from '@/lib/checklist-evaluate';
import { checklistQuestions, CRISIS_QUESTION_ID, RETIRED_QUESTIONS } from '@/data/checklist';
import { CANNOT_TELL, CHECKLIST_TEXTS, NOT_CHECKED } from '@/data/checklist-guidance';
import { contentReviewedOn, crisisHelpNow, crisisHelpSoon, notMedicalAdvice } from '@/data/review';
import { SURE_TEXTS } from '@/data/values';
import { FORBIDDEN_WORDS, MAX_GRADE } from '@/scripts/content-gates/quality';
import { findVerdictPhrase } from '@/scripts/content-gates/verdict';
import { countWords, scoreReadability } from '@/scripts/content-gates/readability';
import type { ChecklistQuestion } from '@/data/types';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const NEGATIVE = /^\w+ (you|a doctor) (not|never)\b|\bnot (helped|checked)\b|\bno reason\b|n['’]t\b/i;
const FORBIDDEN = new RegExp(`\\b(${FORBIDDEN_WORDS.join('|')})\\b`, 'i');

/**
 * Where each answer to each question goes: 'check' = what a doctor needs to check first, 'raise' =
 * points to raise, '-' = nothing but (for 'unsure') a question to ask. Written out, not derived from
 * the guidance, so that a change in the guidance must change this table too.
 */
type Where = 'check' | 'raise' | '-';
const TABLE: Record<string, { yes: Where; no: Where; unsure: Where }> = {
  'pain-more-than-3-months': { yes: 'raise', no: 'raise', unsure: '-' },
  'pain-kind-named': { yes: 'raise', no: 'raise', unsure: '-' },
  'pain-tried-other-treatments': { yes: 'raise', no: 'raise', unsure: '-' },
  'pain-from-cancer': { yes: 'raise', no: '-', unsure: '-' },
  'pain-after-surgery': { yes: 'raise', no: '-', unsure: '-' },
  'pain-depression': { yes: 'raise', no: '-', unsure: '-' },
  'pain-opioid-worry': { yes: 'raise', no: '-', unsure: '-' },
  'med-opioids': { yes: 'check', no: '-', unsure: '-' },
  'med-calming': { yes: 'check', no: '-', unsure: '-' },
  'med-alcohol': { yes: 'check', no: '-', unsure: '-' },
  'med-stimulants': { yes: 'check', no: '-', unsure: '-' },
  'med-hard-to-control-use': { yes: 'check', no: '-', unsure: '-' },
  'safety-uncontrolled-blood-pressure': { yes: 'check', no: '-', unsure: '-' },
  'safety-blood-vessel-problem': { yes: 'check', no: '-', unsure: '-' },
  'safety-recent-heart-attack-or-stroke': { yes: 'check', no: '-', unsure: '-' },
  'safety-heart-disease': { yes: 'check', no: '-', unsure: '-' },
  'safety-breathing-problem': { yes: 'check', no: '-', unsure: '-' },
  'safety-pregnant': { yes: 'check', no: '-', unsure: '-' },
  'safety-breastfeeding': { yes: 'check', no: '-', unsure: '-' },
  'safety-liver-disease': { yes: 'check', no: '-', unsure: '-' },
  'safety-bladder-problem': { yes: 'check', no: '-', unsure: '-' },
  'safety-psychosis': { yes: 'check', no: '-', unsure: '-' },
  'safety-bipolar-or-mania': { yes: 'check', no: '-', unsure: '-' },
  'safety-self-harm-past-month': { yes: 'check', no: '-', unsure: 'check' },
  'safety-eye-pressure': { yes: 'check', no: '-', unsure: '-' },
  'safety-head-pressure': { yes: 'check', no: '-', unsure: '-' },
  'safety-ketamine-reaction': { yes: 'check', no: '-', unsure: '-' },
  'safety-age-65-or-older': { yes: 'raise', no: '-', unsure: '-' },
  'safety-under-18': { yes: 'check', no: '-', unsure: '-' },
  'safety-doctor-checked': { yes: 'raise', no: 'check', unsure: '-' },
  'safety-doctor-said-avoid': { yes: 'check', no: '-', unsure: '-' },
  'practical-clinic-with-staff': { yes: 'raise', no: 'raise', unsure: '-' },
  'practical-hours-per-session': { yes: '-', no: 'raise', unsure: '-' },
  'practical-days-in-a-row': { yes: '-', no: 'raise', unsure: '-' },
  'practical-ride-home': { yes: 'raise', no: 'raise', unsure: '-' },
};

/** The answers a clinic's "good candidate" quiz would want: everything about pain yes, every risk no. */
const ALL_FAVOURABLE: Answers = Object.fromEntries(
  checklistQuestions.map((q) => {
    const favourable: Answer =
      q.group === 'pain' || q.group === 'practical' || q.id === 'safety-doctor-checked' ? 'yes' : 'no';
    return [q.id, favourable];
  }),
);

const EARLIER_QUESTIONS = new Set(RETIRED_QUESTIONS.map((q) => q.question));

/**
 * No verdict anywhere, and readable: the whole handout at grade 8 or below, and each sentence-length
 * text too (the formula means little for a short fragment; earlier questions are kept as the reader saw them).
 */
function expectNoVerdict(s: ChecklistSummary): void {
  const texts = summaryTexts(s);
  for (const text of texts) {
    expect(findVerdictPhrase(text), text).toBeNull();
    expect(text, text).not.toMatch(FORBIDDEN);
    expect(text.trim()).toBe(text);
    expect(text.length).toBeGreaterThan(0);
    const own = ![...EARLIER_QUESTIONS].some((q) => text.startsWith(q)) && text !== s.unanswered;
    if (own && countWords(text) >= 8) expect(scoreReadability(text).fkGrade, text).toBeLessThanOrEqual(MAX_GRADE);
  }
  expect(scoreReadability(texts.join('\n')).fkGrade).toBeLessThanOrEqual(MAX_GRADE);
}

/** The sections that are always there, whatever the answers: (c) and (d). */
function expectFixedSections(s: ChecklistSummary): void {
  expect(s.cannotTell).toEqual(CANNOT_TELL);
  expect(s.cannotTell.join(' ')).toMatch(/not examined you/);
  expect(s.cannotTell.join(' ')).toMatch(/Only a doctor who knows you/);
  expect(s.notChecked).toEqual(NOT_CHECKED);
  expect(s.clinicQuestions).toEqual(CLINIC_QUESTIONS);
  expect(s.notAdvice).toBe(notMedicalAdvice);
  expect(s.reviewedOn).toBe(contentReviewedOn);
  for (const q of GENERAL_QUESTIONS) expect(s.doctorQuestions).toContain(q);
}

describe('the question set', () => {
  it('is exactly the table: every question has guidance, and the table lists every question', () => {
    expect(Object.keys(TABLE)).toEqual(checklistQuestions.map((q) => q.id));
    expect(Object.keys(GUIDANCE).sort()).toEqual(checklistQuestions.map((q) => q.id).sort());
  });

  it('keeps the groups in order: pain, medicines, safety, practical', () => {
    const order = { pain: 0, medicines: 1, safety: 2, practical: 3 };
    const ranks = checklistQuestions.map((q) => order[q.group]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('asks one thing per question, in positive words (review m35, M10, M11)', () => {
    for (const q of checklistQuestions) {
      expect(q.question, q.id).toMatch(/\?$/);
      expect(q.question.match(/\?/g), q.id).toHaveLength(1);
      // "not helped", "no reason": a negative main clause makes "No" ambiguous. Each old question fails this.
      expect(q.question, q.id).not.toMatch(NEGATIVE);
      // "X, or did Y" joins two questions; "... , or ..." lists of examples are allowed.
      expect(q.question, q.id).not.toMatch(/, (or|and) (did|are|is|do|have|could)\b/i);
    }
  });

  it('the negative-wording rule catches the old questions it replaced', () => {
    for (const id of ['fit-other-treatments-not-enough', 'fit-no-known-reason-to-avoid']) {
      expect(RETIRED_QUESTIONS.find((r) => r.id === id)?.question).toMatch(NEGATIVE);
    }
  });

  it.each([
    ['aneurysm, AVM or brain bleed (review C3)', 'safety-blood-vessel-problem', /aneurysm.*AVM.*bleeding in the brain/],
    ['recent heart attack or stroke (C3)', 'safety-recent-heart-attack-or-stroke', /heart attack or a stroke/],
    ['opioids (M2)', 'med-opioids', /opioid/],
    ['benzodiazepines and sleep medicines (M2)', 'med-calming', /Xanax|Valium/],
    ['alcohol (M2)', 'med-alcohol', /alcohol/],
    ['stimulants (M2)', 'med-stimulants', /stimulant/],
    ['bladder (M4, m34)', 'safety-bladder-problem', /bladder/],
    ['liver disease', 'safety-liver-disease', /liver/],
    ['breastfeeding (m20)', 'safety-breastfeeding', /breastfeeding/],
    ['bipolar disorder or mania (M13, m34)', 'safety-bipolar-or-mania', /bipolar/],
    ['age 65+', 'safety-age-65-or-older', /65/],
    ['age under 18', 'safety-under-18', /18/],
    ['a past reaction or allergy (m34)', 'safety-ketamine-reaction', /allergy/],
    ['breathing problems (m34)', 'safety-breathing-problem', /sleep apnea/],
    ['a doctor said avoid it (M11)', 'safety-doctor-said-avoid', /told you not to/],
    ['self-harm in the past month (m33)', 'safety-self-harm-past-month', /past month/],
  ])('asks about %s', (_label, id, pattern) => {
    expect(checklistQuestions.find((q) => q.id === id)?.question).toMatch(pattern);
  });
});

describe('every answer path, one question at a time (a row each)', () => {
  const rows = checklistQuestions.flatMap((q) => ANSWERS.map((a) => [q.id, a, TABLE[q.id]![a]] as const));

  it.each(rows)('%s = %s goes to %s', (id, answer, where) => {
    const s = evaluateChecklist({ [id]: answer });
    expect(s.answered).toBe(1);
    expect(s.checkFirst.map((i) => i.questionId)).toEqual(where === 'check' ? [id] : []);
    expect(s.raise.map((i) => i.questionId)).toEqual(where === 'raise' ? [id] : []);
    expect(s.checkFirstNone).toBe(where === 'check' ? null : CHECKLIST_TEXTS.checkFirstNone);
    if (answer === 'unsure') expect(s.doctorQuestions[0]).toBe(GUIDANCE[id]!.unsure.ask);
    const expectCrisis = id === CRISIS_QUESTION_ID && answer !== 'no';
    expect(s.crisis).toEqual(expectCrisis ? (answer === 'yes' ? crisisHelpNow : crisisHelpSoon) : null);
    expect(s.unanswered).toContain(CHECKLIST_TEXTS.unansweredIntro);
    expectFixedSections(s);
    expectNoVerdict(s);
  });
});

describe('whole answer sets', () => {
  const sets: [string, Answers][] = [
    ['no answers', {}],
    ['all favourable (the clinic quiz passed)', ALL_FAVOURABLE],
    ['all yes', Object.fromEntries(checklistQuestions.map((q) => [q.id, 'yes' as const]))],
    ['all no', Object.fromEntries(checklistQuestions.map((q) => [q.id, 'no' as const]))],
    ['all not sure', Object.fromEntries(checklistQuestions.map((q) => [q.id, 'unsure' as const]))],
    ...Array.from({ length: 40 }, (_, seed): [string, Answers] => [
      `mix ${seed}`,
      Object.fromEntries(checklistQuestions.map((q, i) => [q.id, ANSWERS[(seed * 7 + i * ((seed % 5) + 1)) % 3]!])),
    ]),
  ];

  it.each(sets)('%s: no verdict, and the fixed sections are all there', (_label, answers) => {
    const s = evaluateChecklist(answers);
    expectFixedSections(s);
    expectNoVerdict(s);
    // Every answer lands where the table says.
    for (const q of checklistQuestions) {
      const a = answers[q.id];
      if (!a) continue;
      const where = TABLE[q.id]![a];
      expect(
        s.checkFirst.some((i) => i.questionId === q.id),
        `${q.id}=${a}`,
      ).toBe(where === 'check');
      expect(
        s.raise.some((i) => i.questionId === q.id),
        `${q.id}=${a}`,
      ).toBe(where === 'raise');
    }
    expect(new Set(s.doctorQuestions).size).toBe(s.doctorQuestions.length);
  });

  it('all favourable: nothing to check first but the standing line, and no list that reads as a pass (C1)', () => {
    const s = evaluateChecklist(ALL_FAVOURABLE);
    expect(s.checkFirst).toEqual([]);
    expect(s.checkFirstNone).toBe(CHECKLIST_TEXTS.checkFirstNone);
    expect(s.checkFirstNone).toMatch(/still needs to check/);
    expect(s).not.toHaveProperty('mayFit');
    expect(s.unanswered).toBeNull();
    expect(s.crisis).toBeNull();
    // The practical answers are points to raise, not reasons: none of them says "you can".
    for (const i of s.raise) expect(i.text).not.toMatch(/^You can (be|spend)/);
  });

  it('a doctor who said "avoid it" comes first, then thoughts of self-harm (M11)', () => {
    const s = evaluateChecklist({
      'safety-liver-disease': 'yes',
      [CRISIS_QUESTION_ID]: 'yes',
      'safety-doctor-said-avoid': 'yes',
      'med-opioids': 'yes',
    });
    expect(s.checkFirst.map((i) => i.questionId)).toEqual([
      'safety-doctor-said-avoid',
      CRISIS_QUESTION_ID,
      'med-opioids',
      'safety-liver-disease',
    ]);
  });

  it('"no" to the safety check is itself a point to check first, never a reason to shop around (M11)', () => {
    const s = evaluateChecklist({ 'safety-doctor-checked': 'no' });
    expect(s.checkFirst[0]?.text).toMatch(/needs to come before any ketamine/);
  });

  it('lists the topics left unanswered', () => {
    const s = evaluateChecklist({ 'pain-more-than-3-months': 'yes' });
    expect(s.unanswered).toMatch(/^You did not answer questions about: what kind of pain you have; /);
    expect(s.unanswered).toMatch(/blood pressure/);
  });
});

describe('safety wording (review C3, M2, M3, M5, M10, M12, M13)', () => {
  it.each<[string, Answer, RegExp]>([
    ['safety-blood-vessel-problem', 'yes', /very dangerous/],
    ['safety-heart-disease', 'yes', /says not to use it when heart disease is not well controlled/],
    ['med-opioids', 'yes', /slow your breathing/],
    ['med-calming', 'yes', /slow your breathing/],
    ['med-stimulants', 'yes', /blood pressure/],
    ['practical-ride-home', 'no', /until the next day, after a night of sleep/],
    ['practical-ride-home', 'yes', /until the next day, after a night of sleep/],
    ['pain-tried-other-treatments', 'yes', /full dose and for long enough/],
    ['pain-opioid-worry', 'yes', /its own risk of misuse/],
    ['pain-depression', 'yes', /psychosis, bipolar disorder or thoughts of self-harm/],
    ['pain-from-cancer', 'yes', /no clear gain/],
  ])('%s = %s says %s', (id, answer, pattern) => {
    const s = evaluateChecklist({ [id]: answer });
    expect([...s.checkFirst, ...s.raise].map((i) => i.text).join(' ')).toMatch(pattern);
  });

  it('never says what clinics "usually ask" about driving (M3)', () => {
    const all = Object.values(GUIDANCE)
      .flatMap((g) => [g.yes?.text, g.no?.text])
      .join(' ');
    expect(all).not.toMatch(/usually ask/);
    expect(all).not.toMatch(/advises care/);
    expect(all).not.toMatch(/This is when experts tend to think about ketamine/);
  });

  it('asks the doctor about medicines that interact (M2)', () => {
    expect(evaluateChecklist({}).doctorQuestions).toContain('Which of my pills could react with ketamine?');
  });
});

describe('crisis help (review C2)', () => {
  it.each<[Answer, typeof crisisHelpNow | null]>([
    ['yes', crisisHelpNow],
    ['unsure', crisisHelpSoon],
    ['no', null],
  ])('self-harm = %s', (answer, expected) => {
    const s = evaluateChecklist({ [CRISIS_QUESTION_ID]: answer });
    expect(s.crisis).toEqual(expected);
    if (expected) {
      expect(expected.text).toMatch(/988/);
      expect(expected.text).toMatch(/local emergency number/);
      expect(summaryTexts(s)[0]).toBe(expected.title);
    }
  });

  it('an earlier "right now" yes still brings crisis help until the new question is answered', () => {
    const earlier = {
      'safety-self-harm-thoughts': {
        question: 'Are you having thoughts of harming yourself right now?',
        answer: 'yes' as const,
        on: null,
      },
    };
    expect(evaluateChecklist({}, { earlier }).crisis).toEqual(crisisHelpNow);
    expect(evaluateChecklist({ [CRISIS_QUESTION_ID]: 'no' }, { earlier }).crisis).toBeNull();
    const unsure = {
      'safety-self-harm-thoughts': { ...earlier['safety-self-harm-thoughts'], answer: 'unsure' as const },
    };
    expect(evaluateChecklist({}, { earlier: unsure }).crisis).toEqual(crisisHelpSoon);
  });
});

describe('values, SURE and earlier answers on the handout', () => {
  it('lists what matters, in the values order, with the weight in words', () => {
    const s = evaluateChecklist({}, { values: { 'low-cost': 'a-lot', 'quick-relief': 'not-much', bogus: 'a-lot' } });
    expect(s.values).toEqual([
      {
        id: 'quick-relief',
        label: 'Getting some relief quickly, even if it may not last',
        weight: 'Does not matter much',
      },
      { id: 'low-cost', label: 'Keeping the cost low', weight: 'Matters a lot' },
    ]);
    expect(summaryTexts(s)).toContain('Keeping the cost low: Matters a lot.');
  });

  it.each<[string, Record<string, 'yes' | 'no'>, string]>([
    ['nothing answered', {}, SURE_TEXTS.notAnswered],
    ['all yes', { sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'yes' }, SURE_TEXTS.allYes],
    ['one no', { sure: 'yes', understand: 'no' }, SURE_TEXTS.someNo],
    ['some yes, none no', { sure: 'yes' }, SURE_TEXTS.notAnswered],
  ])('SURE: %s', (_label, sure, note) => {
    const s = evaluateChecklist({}, { sure });
    expect(s.sure.note).toBe(note);
    expect(s.sure.items.map((i) => i.id)).toEqual(['sure', 'understand', 'risk-benefit', 'encouragement']);
  });

  it('shows earlier answers with their old question', () => {
    const s = evaluateChecklist(
      {},
      {
        earlier: {
          'fit-long-lasting-pain': {
            question: 'Have you had pain for more than 3 months?',
            answer: 'yes',
            on: '2026-01-02',
          },
          'made-up': { question: null, answer: 'no', on: null },
        },
      },
    );
    expect(s.earlier).toEqual([
      { id: 'fit-long-lasting-pain', text: 'Have you had pain for more than 3 months? Yes.' },
      { id: 'made-up', text: 'A question from another version of PainLens No.' },
    ]);
  });
});

describe('robustness', () => {
  it.each<[string, Answers]>([
    ['an unknown id', { 'not-a-question': 'yes' }],
    ['an inherited property name', { toString: 'yes', constructor: 'unsure' } as unknown as Answers],
    ['undefined answers', { 'pain-depression': undefined }],
    ['an answer that is not yes, no or unsure', { 'pain-depression': 'maybe' } as unknown as Answers],
  ])('ignores %s', (_label, answers) => {
    expect(evaluateChecklist(answers)).toEqual(evaluateChecklist({}));
  });

  it('falls back by group for a custom question list', () => {
    const custom: ChecklistQuestion[] = [
      { id: 'x-pain', group: 'pain', question: 'Do you like tea?', help: 't', basis: 't', sources: ['medlineplus'] },
      {
        id: 'x-safety',
        group: 'safety',
        question: 'Do you have a cold?',
        help: 't',
        basis: 't',
        sources: ['medlineplus'],
      },
    ];
    const s = evaluateChecklist({ 'x-pain': 'yes', 'x-safety': 'yes' }, { questions: custom });
    expect(s.total).toBe(2);
    expect(s.raise.map((i) => i.questionId)).toEqual(['x-pain']);
    expect(s.checkFirst.map((i) => i.questionId)).toEqual(['x-safety']);
    expect(evaluateChecklist({ 'x-pain': 'unsure' }, { questions: custom }).doctorQuestions[0]).toMatch(
      /Do you like tea\?/,
    );
  });
});
