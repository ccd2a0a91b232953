// The doctor summary as plain text, for Copy. Pure.
import type { ChecklistSummary } from './checklist-evaluate';
import { formatReviewDate } from '../data/review';

/** `today` and `answeredOn` are ISO dates (YYYY-MM-DD); `answeredOn` is null when unknown. */
export function formatSummaryText(summary: ChecklistSummary, today: string, answeredOn: string | null): string {
  const lines: string[] = [
    'Questions for my doctor about ketamine therapy (from PainLens)',
    `Date: ${formatReviewDate(today)}${answeredOn ? ` (answers last changed ${formatReviewDate(answeredOn)})` : ''}`,
    '',
  ];
  if (summary.urgent) lines.push(`IMPORTANT: ${summary.urgent}`, '');
  lines.push(summary.headline, '');
  const section = (title: string, items: readonly { text: string }[]) => {
    if (items.length === 0) return;
    lines.push(title, ...items.map((i) => `- ${i.text}`), '');
  };
  section('To review with my doctor first:', summary.reviewFirst);
  section('What may fit:', summary.mayFit);
  section('Other notes:', summary.notes);
  if (summary.questionsToAsk.length) {
    lines.push('Questions to ask:', ...summary.questionsToAsk.map((q, i) => `${i + 1}. ${q}`), '');
  }
  lines.push(`${summary.notAdvice} Content reviewed ${formatReviewDate(summary.reviewedOn)}.`);
  return lines.join('\n');
}
