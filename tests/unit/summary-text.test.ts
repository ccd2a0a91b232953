import { describe, expect, it } from 'vitest';
import { evaluateChecklist, summaryTexts, type Answers } from '@/lib/checklist-evaluate';
import { checklistQuestions, CHECKLIST_TITLE, CRISIS_QUESTION_ID } from '@/data/checklist';
import { HANDOUT_HEADINGS } from '@/data/checklist-guidance';
import { formatSummaryText } from '@/lib/summary-text';

const ANSWERS = ['yes', 'no', 'unsure'] as const;
const all = (a: (typeof ANSWERS)[number]): Answers => Object.fromEntries(checklistQuestions.map((q) => [q.id, a]));
const context = {
  values: { 'quick-relief': 'a-lot', 'low-cost': 'some' } as const,
  sure: { sure: 'no', understand: 'yes' } as const,
  earlier: {
    'fit-long-lasting-pain': {
      question: 'Have you had pain for more than 3 months?',
      answer: 'yes' as const,
      on: null,
    },
  },
};

const cases: [string, Answers][] = [
  ['no answers', {}],
  ['all yes', all('yes')],
  ['all no', all('no')],
  ['all unsure', all('unsure')],
  ['only the crisis question', { [CRISIS_QUESTION_ID]: 'yes' }],
  ...[0, 1, 2, 3].map((seed): [string, Answers] => [
    `mix ${seed}`,
    Object.fromEntries(checklistQuestions.map((q, i) => [q.id, ANSWERS[(i * (seed + 2) + seed) % 3]!])),
  ]),
];

describe('formatSummaryText', () => {
  it.each(cases)('%s: every text of the handout is in the copy, in display order', (_, answers) => {
    const summary = evaluateChecklist(answers, context);
    const text = formatSummaryText(summary, '2026-11-25', null);
    let from = 0;
    for (const part of summaryTexts(summary)) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it.each(cases)(
    '%s: the four sections are always there, in order; values, SURE and earlier answers too',
    (_, answers) => {
      const lines = formatSummaryText(evaluateChecklist(answers, context), '2026-11-25', null).split('\n');
      const at = (h: string) => lines.indexOf(`${h}:`);
      const order = [
        HANDOUT_HEADINGS.checkFirst,
        HANDOUT_HEADINGS.doctorQuestions,
        HANDOUT_HEADINGS.cannotTell,
        HANDOUT_HEADINGS.clinicQuestions,
        HANDOUT_HEADINGS.values,
        HANDOUT_HEADINGS.sure,
        HANDOUT_HEADINGS.earlier,
      ].map(at);
      for (const i of order) expect(i).toBeGreaterThan(0);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(lines).toContain('- Getting some relief quickly, even if it may not last: Matters a lot.');
      expect(lines).toContain('- Do you feel SURE about the best choice for you? No.');
      expect(lines).toContain('- Have you had pain for more than 3 months? Yes.');
      expect(lines.some((l) => /may fit/i.test(l))).toBe(false);
    },
  );

  it('puts crisis help first, with 988 and the emergency number', () => {
    const text = formatSummaryText(evaluateChecklist({ [CRISIS_QUESTION_ID]: 'unsure' }), '2026-11-25', null);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${CHECKLIST_TITLE} (from PainLens)`);
    expect(lines[3]).toMatch(/^GET HELP FIRST: /);
    expect(lines[3]).toMatch(/988/);
    expect(lines[3]).toMatch(/local emergency number/);
  });

  it('dates the copy, and the last change when known', () => {
    const s = evaluateChecklist({});
    expect(formatSummaryText(s, '2026-11-25', null).split('\n')[1]).toBe('Date: 25 Nov 2026');
    expect(formatSummaryText(s, '2026-11-25', '2026-11-20').split('\n')[1]).toBe(
      'Date: 25 Nov 2026 (answers last changed 20 Nov 2026)',
    );
  });

  it('lists the words kept to ask about after the questions for the doctor, only when there are some', () => {
    const s = evaluateChecklist({});
    const without = formatSummaryText(s, '2026-11-25', null).split('\n');
    expect(without).not.toContain(`${HANDOUT_HEADINGS.keptWords}:`);
    const lines = formatSummaryText(s, '2026-11-25', null, [
      { name: 'NMDA receptor', short: 'A switch on nerve cells.' },
      { name: 'An old term', short: null },
    ]).split('\n');
    const at = lines.indexOf(`${HANDOUT_HEADINGS.keptWords}:`);
    expect(at).toBeGreaterThan(lines.indexOf(`${HANDOUT_HEADINGS.doctorQuestions}:`));
    expect(at).toBeLessThan(lines.indexOf(`${HANDOUT_HEADINGS.cannotTell}:`));
    expect(lines.slice(at + 1, at + 3)).toEqual(['- NMDA receptor: A switch on nerve cells.', '- An old term']);
  });
});
