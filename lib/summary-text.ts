// The handout as plain text, for Copy. Pure. Same sections and order as components/DoctorSummary.tsx.
import type { ChecklistSummary } from './checklist-evaluate';
import { formatReviewDate } from '../data/review';
import { CHECKLIST_TITLE } from '../data/checklist';
import { HANDOUT_HEADINGS as H } from '../data/checklist-guidance';

const WORDS = { yes: 'Yes', no: 'No' } as const;

/** `today` and `answeredOn` are ISO dates (YYYY-MM-DD); `answeredOn` is null when unknown. */
export function formatSummaryText(
  summary: ChecklistSummary,
  today: string,
  answeredOn: string | null,
  keptWords: readonly { name: string; short: string | null }[] = [],
): string {
  const lines: string[] = [
    `${CHECKLIST_TITLE} (from PainLens)`,
    `Date: ${formatReviewDate(today)}${answeredOn ? ` (answers last changed ${formatReviewDate(answeredOn)})` : ''}`,
    '',
  ];
  const section = (title: string, items: readonly string[], numbered = false) => {
    if (items.length === 0) return;
    lines.push(`${title}:`, ...items.map((t, i) => (numbered ? `${i + 1}. ${t}` : `- ${t}`)), '');
  };
  if (summary.crisis) lines.push(`${H.crisis.toUpperCase()}: ${summary.crisis.title}. ${summary.crisis.text}`, '');
  lines.push(summary.headline, '');
  section(H.checkFirst, [
    ...summary.checkFirst.map((i) => i.text),
    ...(summary.checkFirstNone ? [summary.checkFirstNone] : []),
  ]);
  section(
    H.raise,
    summary.raise.map((i) => i.text),
  );
  section(H.doctorQuestions, summary.doctorQuestions, true);
  section(
    H.keptWords,
    keptWords.map((w) => (w.short ? `${w.name}: ${w.short}` : w.name)),
  );
  section(H.cannotTell, [
    ...summary.cannotTell,
    ...summary.notChecked.map((t) => `Not checked: ${t}`),
    ...(summary.unanswered ? [summary.unanswered] : []),
  ]);
  section(H.clinicQuestions, summary.clinicQuestions, true);
  section(
    H.values,
    summary.values.map((v) => `${v.label}: ${v.weight}.`),
  );
  section(H.sure, [
    ...summary.sure.items.filter((s) => s.answer).map((s) => `${s.question} ${WORDS[s.answer!]}.`),
    summary.sure.note,
  ]);
  section(
    H.earlier,
    summary.earlier.map((e) => e.text),
  );
  lines.push(`${summary.notAdvice} Content reviewed ${formatReviewDate(summary.reviewedOn)}.`);
  return lines.join('\n');
}
