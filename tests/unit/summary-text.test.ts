import { describe, expect, it } from 'vitest';
import { evaluateChecklist, summaryTexts, URGENT_QUESTION_ID, type Answers } from '@/lib/checklist-evaluate';
import { checklistQuestions } from '@/data/checklist';
import { contentReviewedOn, emergencyHelp, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { formatSummaryText } from '@/lib/summary-text';

const ANSWERS = ['yes', 'no', 'unsure'] as const;
const all = (a: (typeof ANSWERS)[number]): Answers => Object.fromEntries(checklistQuestions.map((q) => [q.id, a]));

const cases: [string, Answers][] = [
  ['no answers', {}],
  ['all yes', all('yes')],
  ['all no', all('no')],
  ['all unsure', all('unsure')],
  ['only the urgent question', { [URGENT_QUESTION_ID]: 'yes' }],
  ...[0, 1, 2, 3, 4].map((seed): [string, Answers] => [
    `mix ${seed}`,
    Object.fromEntries(checklistQuestions.map((q, i) => [q.id, ANSWERS[(i * (seed + 2) + seed) % 3]!])),
  ]),
];

describe('formatSummaryText', () => {
  it.each(cases)('%s: every text of the summary is in the copy, in display order', (_, answers) => {
    const summary = evaluateChecklist(answers);
    const text = formatSummaryText(summary, '2026-11-25', null);
    // The emergency text leads the copy (checked below); the rest keeps the screen's order.
    if (summary.urgent) expect(text).toContain(summary.urgent);
    let from = 0;
    for (const part of summaryTexts(summary).filter((t) => t !== summary.urgent)) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it.each(cases)('%s: headings only for lists with items, questions numbered', (_, answers) => {
    const summary = evaluateChecklist(answers);
    const lines = formatSummaryText(summary, '2026-11-25', null).split('\n');
    expect(lines.includes('To review with my doctor first:')).toBe(summary.reviewFirst.length > 0);
    expect(lines.includes('What may fit:')).toBe(summary.mayFit.length > 0);
    expect(lines.includes('Other notes:')).toBe(summary.notes.length > 0);
    summary.questionsToAsk.forEach((q, i) => expect(lines).toContain(`${i + 1}. ${q}`));
    for (const item of [...summary.reviewFirst, ...summary.mayFit, ...summary.notes]) {
      expect(lines).toContain(`- ${item.text}`);
    }
  });

  it('opens with the title and the date, and says when the answers last changed', () => {
    const summary = evaluateChecklist({ 'fit-long-lasting-pain': 'yes' });
    const lines = formatSummaryText(summary, '2026-11-25', '2026-11-20').split('\n');
    expect(lines[0]).toBe('Questions for my doctor about ketamine therapy (from PainLens)');
    expect(lines[1]).toBe('Date: 25 Nov 2026 (answers last changed 20 Nov 2026)');
    expect(lines[2]).toBe('');
  });

  it('leaves out the answer date when it is unknown (answers from version 1)', () => {
    const lines = formatSummaryText(evaluateChecklist({}), '2026-01-05', null).split('\n');
    expect(lines[1]).toBe('Date: 5 Jan 2026');
  });

  it('puts the emergency text first, marked important, only when the urgent answer is yes', () => {
    const urgent = formatSummaryText(evaluateChecklist({ [URGENT_QUESTION_ID]: 'yes' }), '2026-11-25', null);
    expect(urgent.split('\n')[3]).toBe(`IMPORTANT: ${emergencyHelp}`);
    for (const a of ['no', 'unsure'] as const) {
      expect(formatSummaryText(evaluateChecklist({ [URGENT_QUESTION_ID]: a }), '2026-11-25', null)).not.toContain(
        'IMPORTANT:',
      );
    }
  });

  it('ends with the notice and the review date', () => {
    const lines = formatSummaryText(evaluateChecklist(all('yes')), '2026-11-25', null).split('\n');
    expect(lines.at(-1)).toBe(`${notMedicalAdvice} Content reviewed ${formatReviewDate(contentReviewedOn)}.`);
  });

  it('is plain text: no markup characters from the content', () => {
    const text = formatSummaryText(evaluateChecklist(all('unsure')), '2026-11-25', '2026-11-24');
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/\n{3,}/);
  });
});
