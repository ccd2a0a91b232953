// Turns checklist answers into a summary to talk over with a doctor. Pure: no DOM, browser or Preact imports.
//
// The summary never gives a verdict. It sorts the reader's answers into points that may fit (each with
// its evidence caveat), points to review with a doctor first, other notes, and questions to ask.
// Every text here is written for a grade 8 reader or below (tests/unit/checklist-evaluate.test.ts).
import { checklistQuestions } from '../data/checklist';
import { contentReviewedOn, emergencyHelp, notMedicalAdvice } from '../data/review';
import { CHECKLIST_TEXTS, GENERAL_QUESTIONS, GUIDANCE, URGENT_QUESTION_ID } from '../data/checklist-guidance';
import type { Answer, ChecklistGroup, ChecklistOutcome as Outcome, ChecklistQuestion } from '../data/types';

export type { Answer };
export { GENERAL_QUESTIONS, GUIDANCE, URGENT_QUESTION_ID };

/** The reader's answers, keyed by question id. Missing or undefined means "not answered". */
export type Answers = Readonly<Record<string, Answer | undefined>>;

/** One line of the summary, tied to the question whose answer produced it. */
export interface SummaryItem {
  questionId: string;
  text: string;
}

export interface ChecklistSummary {
  /** Questions of the list with an answer. Answers to unknown question ids are not counted. */
  answered: number;
  /** Questions in the list. */
  total: number;
  /** One or two plain sentences on what this summary is; says so when nothing is answered yet. */
  headline: string;
  /** Answers that line up with the reasons people are offered ketamine, each with what the evidence says. */
  mayFit: SummaryItem[];
  /** Answers a doctor must look at before ketamine is even discussed. The self-harm answer comes first. */
  reviewFirst: SummaryItem[];
  /** Other points worth raising (for example, practical limits), in question order. */
  notes: SummaryItem[];
  /** Questions to bring to the appointment: ones from the answers first, then general ones. No repeats. */
  questionsToAsk: string[];
  /** The emergency text when the reader says they are thinking of harming themselves right now; else null. */
  urgent: string | null;
  /** Always the "not medical advice" notice. */
  notAdvice: string;
  /** When the content was last reviewed (ISO date). */
  reviewedOn: string;
}

/** Fallback for a question without guidance (a list passed in by a caller), by group and answer. */
function fallback(q: ChecklistQuestion, answer: Answer): { outcome?: Outcome; ask?: string } {
  const lists: Record<ChecklistGroup, Outcome['list']> = { fit: 'mayFit', safety: 'reviewFirst', practical: 'notes' };
  if (answer === 'unsure') return { ask: `${CHECKLIST_TEXTS.unsureAbout} ${q.question}` };
  if (answer === 'yes') return { outcome: { list: lists[q.group], text: `${CHECKLIST_TEXTS.saidYes} ${q.question}` } };
  if (q.group === 'practical') return { outcome: { list: 'notes', text: `${CHECKLIST_TEXTS.saidNo} ${q.question}` } };
  return {};
}

/**
 * Turns answers into a summary for a talk with a doctor. Never a verdict.
 * - 'yes' to a fit question: a point in `mayFit`, with what the evidence says.
 * - 'yes' to a safety question: a point in `reviewFirst`, with a question for the doctor.
 * - 'unsure': a question to ask.
 * - 'yes' to thoughts of self-harm: `urgent` holds the emergency text and its point comes first.
 * Answers to ids not in `questions` are ignored.
 */
export function evaluateChecklist(
  answers: Answers,
  questions: readonly ChecklistQuestion[] = checklistQuestions,
): ChecklistSummary {
  const mayFit: SummaryItem[] = [];
  const reviewFirst: SummaryItem[] = [];
  const notes: SummaryItem[] = [];
  const asks: string[] = [];
  const lists = { mayFit, reviewFirst, notes };
  let answered = 0;
  let urgent: string | null = null;

  for (const q of questions) {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (answer !== 'yes' && answer !== 'no' && answer !== 'unsure') continue;
    answered += 1;

    const guide = Object.hasOwn(GUIDANCE, q.id) ? GUIDANCE[q.id] : undefined;
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

    if (outcome) {
      const item = { questionId: q.id, text: outcome.text };
      if (q.id === URGENT_QUESTION_ID) lists[outcome.list].unshift(item);
      else lists[outcome.list].push(item);
    }
    if (ask) asks.push(ask);
    if (q.id === URGENT_QUESTION_ID && answer === 'yes') urgent = emergencyHelp;
  }

  const headline =
    answered === 0
      ? CHECKLIST_TEXTS.noAnswers
      : CHECKLIST_TEXTS.answered.replace('{answered}', String(answered)).replace('{total}', String(questions.length));

  return {
    answered,
    total: questions.length,
    headline,
    mayFit,
    reviewFirst,
    notes,
    questionsToAsk: [...new Set([...asks, ...GENERAL_QUESTIONS])],
    urgent,
    notAdvice: notMedicalAdvice,
    reviewedOn: contentReviewedOn,
  };
}

/** Every text the summary can show, in display order (for tests and for a plain-text export). */
export function summaryTexts(summary: ChecklistSummary): string[] {
  return [
    summary.headline,
    ...(summary.urgent ? [summary.urgent] : []),
    ...summary.reviewFirst.map((i) => i.text),
    ...summary.mayFit.map((i) => i.text),
    ...summary.notes.map((i) => i.text),
    ...summary.questionsToAsk,
    summary.notAdvice,
  ];
}
