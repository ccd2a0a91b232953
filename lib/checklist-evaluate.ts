// Turns checklist answers into the handout to talk over with a doctor. Pure: no DOM, browser or Preact.
//
// The handout never gives a verdict: there is no "fit" list. It holds, in this order:
// crisis help (as soon as the self-harm answer is 'yes' or 'not sure'); (a) what a doctor needs to
// check before any ketamine (safety answers, first and plainly); (b) points to raise and questions for
// the doctor (from the answers); (c) what this checklist cannot tell you (always); (d) questions to ask
// a clinic (always); then what matters to the reader, the SURE answers and any earlier answers.
// Every text it can produce is read by scripts/content-gates/verdict.ts.
import { CRISIS_QUESTION_ID, RETIRED_QUESTIONS, checklistQuestions } from '../data/checklist';
import { contentReviewedOn, notMedicalAdvice } from '../data/review';
import {
  CANNOT_TELL,
  CHECKLIST_TEXTS,
  CLINIC_QUESTIONS,
  GENERAL_QUESTIONS,
  GUIDANCE,
  NOT_CHECKED,
} from '../data/checklist-guidance';
import { SURE_ITEMS, SURE_TEXTS, VALUE_ITEMS, VALUE_WEIGHTS } from '../data/values';
import type {
  Answer,
  ChecklistGroup,
  ChecklistOutcome as Outcome,
  ChecklistQuestion,
  CrisisHelp,
  ValueWeight,
} from '../data/types';
import type { EarlierAnswer } from './answers';

export type { Answer };
export { CLINIC_QUESTIONS, CRISIS_QUESTION_ID, GENERAL_QUESTIONS, GUIDANCE };

/** The reader's answers, keyed by question id. Missing or undefined means "not answered". */
export type Answers = Readonly<Record<string, Answer | undefined>>;

/** One line of the handout, tied to the question whose answer produced it. */
export interface SummaryItem {
  questionId: string;
  text: string;
}

export interface HandoutContext {
  /** The question list (default: data/checklist.ts). */
  questions?: readonly ChecklistQuestion[];
  /** What matters to the reader, by value id. */
  values?: Readonly<Record<string, ValueWeight | undefined>>;
  /** The SURE answers, by item id. */
  sure?: Readonly<Record<string, 'yes' | 'no' | undefined>>;
  /** Answers to questions that were split or reworded, by old id (lib/answers.ts). */
  earlier?: Readonly<Record<string, EarlierAnswer>>;
}

export interface ChecklistSummary {
  /** Questions of the list with an answer. Answers to unknown question ids are not counted. */
  answered: number;
  /** Questions in the list. */
  total: number;
  /** One or two plain sentences on what this handout is; says so when nothing is answered yet. */
  headline: string;
  /** Crisis help, as soon as the self-harm answer is 'yes' or 'not sure' (or was, to the earlier question). */
  crisis: CrisisHelp | null;
  /** (a) What a doctor needs to check before any ketamine. A doctor's "avoid it" and self-harm come first. */
  checkFirst: SummaryItem[];
  /** Shown in (a) when no answer raised a safety point: a doctor still needs to check. */
  checkFirstNone: string | null;
  /** (b) Points to raise with your doctor, in question order. */
  raise: SummaryItem[];
  /** (b) Questions for your doctor: from the answers first, then general ones. No repeats. */
  doctorQuestions: string[];
  /** (c) What this checklist cannot tell you: always the same lines. */
  cannotTell: readonly string[];
  /** (c) What no question checks: always the same list. */
  notChecked: readonly string[];
  /** (c) The topics the reader left unanswered, as one line, or null when all are answered. */
  unanswered: string | null;
  /** (d) Questions to ask a clinic: always the same list. */
  clinicQuestions: readonly string[];
  /** What matters to the reader, in the order of data/values.ts. */
  values: { id: string; label: string; weight: string }[];
  /** The SURE answers, in order, and what they suggest. */
  sure: { items: { id: string; question: string; answer: 'yes' | 'no' | null }[]; note: string };
  /** Answers to earlier questions, shown as the reader gave them. */
  earlier: { id: string; text: string }[];
  /** Always the "not medical advice" notice. */
  notAdvice: string;
  /** When the content was last reviewed (ISO date). */
  reviewedOn: string;
}

/** Fallback for a question without guidance (a list passed in by a caller), by group and answer. */
function fallback(q: ChecklistQuestion, answer: Answer): { outcome?: Outcome; ask?: string } {
  if (answer === 'unsure') return { ask: `${CHECKLIST_TEXTS.unsureAbout} ${q.question}` };
  const lists: Record<ChecklistGroup, Outcome['list']> = {
    pain: 'raise',
    medicines: 'checkFirst',
    safety: 'checkFirst',
    practical: 'raise',
  };
  if (answer === 'yes') return { outcome: { list: lists[q.group], text: `${CHECKLIST_TEXTS.saidYes} ${q.question}` } };
  if (q.group === 'practical') return { outcome: { list: 'raise', text: `${CHECKLIST_TEXTS.saidNo} ${q.question}` } };
  return {};
}

/** Ids whose check-first point leads the list: a doctor's "avoid it", then thoughts of self-harm. */
const LEADS = ['safety-doctor-said-avoid', CRISIS_QUESTION_ID];

const ANSWER_WORDS: Record<Answer, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

function readAnswer(answers: Readonly<Record<string, unknown>>, id: string): Answer | undefined {
  const a = Object.hasOwn(answers, id) ? answers[id] : undefined;
  return a === 'yes' || a === 'no' || a === 'unsure' ? a : undefined;
}

/** Crisis help from the current question, or from the earlier self-harm question when it is unanswered. */
function crisisFor(
  questions: readonly ChecklistQuestion[],
  answers: Answers,
  earlier: Readonly<Record<string, EarlierAnswer>>,
): CrisisHelp | null {
  for (const q of questions) {
    if (!q.crisis) continue;
    const a = readAnswer(answers, q.id);
    if (a === 'yes') return q.crisis.yes;
    if (a === 'unsure') return q.crisis.unsure;
    if (a === 'no') return null;
    for (const r of RETIRED_QUESTIONS) {
      const e = r.crisis && Object.hasOwn(earlier, r.id) ? earlier[r.id] : undefined;
      if (e?.answer === 'yes') return q.crisis.yes;
      if (e?.answer === 'unsure') return q.crisis.unsure;
    }
  }
  return null;
}

/** Turns answers into the handout. Never a verdict. Answers to ids not in the question list are ignored. */
export function evaluateChecklist(answers: Answers, context: HandoutContext = {}): ChecklistSummary {
  const questions = context.questions ?? checklistQuestions;
  const earlier = context.earlier ?? {};
  const lists: Record<Outcome['list'], SummaryItem[]> = { checkFirst: [], raise: [] };
  const asks: string[] = [];
  const unansweredTopics: string[] = [];
  let answered = 0;

  for (const q of questions) {
    const answer = readAnswer(answers, q.id);
    const guide = Object.hasOwn(GUIDANCE, q.id) ? GUIDANCE[q.id] : undefined;
    if (!answer) {
      unansweredTopics.push(guide?.topic ?? q.question);
      continue;
    }
    answered += 1;
    let outcome: Outcome | undefined;
    let ask: string | undefined;
    if (!guide) {
      ({ outcome, ask } = fallback(q, answer));
    } else if (answer === 'unsure') {
      outcome = guide.unsure.note;
      ask = guide.unsure.ask;
    } else {
      outcome = guide[answer];
      ask = outcome?.ask;
    }
    if (outcome) lists[outcome.list].push({ questionId: q.id, text: outcome.text });
    if (ask) asks.push(ask);
  }

  const rank = (id: string) => (LEADS.includes(id) ? LEADS.indexOf(id) : LEADS.length);
  const checkFirst = lists.checkFirst
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item.questionId) - rank(b.item.questionId) || a.i - b.i)
    .map(({ item }) => item);

  const headline =
    answered === 0
      ? CHECKLIST_TEXTS.noAnswers
      : CHECKLIST_TEXTS.answered.replace('{answered}', String(answered)).replace('{total}', String(questions.length));

  const values = VALUE_ITEMS.flatMap((v) => {
    const w = context.values && Object.hasOwn(context.values, v.id) ? context.values[v.id] : undefined;
    const label = VALUE_WEIGHTS.find((x) => x.value === w)?.label;
    return label ? [{ id: v.id, label: v.label, weight: label }] : [];
  });
  const sureItems = SURE_ITEMS.map((s) => {
    const a = context.sure && Object.hasOwn(context.sure, s.id) ? context.sure[s.id] : undefined;
    return { id: s.id, question: s.question, answer: a === 'yes' || a === 'no' ? a : null };
  });
  const sureNote = sureItems.some((s) => s.answer === 'no')
    ? SURE_TEXTS.someNo
    : sureItems.every((s) => s.answer === 'yes')
      ? SURE_TEXTS.allYes
      : SURE_TEXTS.notAnswered;

  const earlierItems = Object.entries(earlier)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, e]) => ({
      id,
      text: `${e.question ?? 'A question from another version of PainLens'} ${ANSWER_WORDS[e.answer]}.`,
    }));

  return {
    answered,
    total: questions.length,
    headline,
    crisis: crisisFor(questions, answers, earlier),
    checkFirst,
    checkFirstNone: checkFirst.length === 0 ? CHECKLIST_TEXTS.checkFirstNone : null,
    raise: lists.raise,
    doctorQuestions: [...new Set([...asks, ...GENERAL_QUESTIONS])],
    cannotTell: CANNOT_TELL,
    notChecked: NOT_CHECKED,
    unanswered: unansweredTopics.length ? `${CHECKLIST_TEXTS.unansweredIntro} ${unansweredTopics.join('; ')}.` : null,
    clinicQuestions: CLINIC_QUESTIONS,
    values,
    sure: { items: sureItems, note: sureNote },
    earlier: earlierItems,
    notAdvice: notMedicalAdvice,
    reviewedOn: contentReviewedOn,
  };
}

/** Every text the handout shows, in display order (for tests, the verdict gate and the plain-text export). */
export function summaryTexts(summary: ChecklistSummary): string[] {
  return [
    ...(summary.crisis ? [summary.crisis.title, summary.crisis.text] : []),
    summary.headline,
    ...summary.checkFirst.map((i) => i.text),
    ...(summary.checkFirstNone ? [summary.checkFirstNone] : []),
    ...summary.raise.map((i) => i.text),
    ...summary.doctorQuestions,
    ...summary.cannotTell,
    ...summary.notChecked,
    ...(summary.unanswered ? [summary.unanswered] : []),
    ...summary.clinicQuestions,
    ...summary.values.map((v) => `${v.label}: ${v.weight}.`),
    ...summary.sure.items.filter((s) => s.answer).map((s) => `${s.question} ${ANSWER_WORDS[s.answer!]}.`),
    summary.sure.note,
    ...summary.earlier.map((e) => e.text),
    summary.notAdvice,
  ];
}
