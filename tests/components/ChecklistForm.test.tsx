import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { ChecklistForm } from '@/components/ChecklistForm';
import { checklistQuestions, CRISIS_QUESTION_ID } from '@/data/checklist';
import { crisisHelpNow, crisisHelpSoon } from '@/data/review';
import type { Answer, ChecklistQuestion } from '@/data/types';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements, readDescription } from './support/a11y';

const GROUPS = [
  ['pain', 'Your pain and care so far'],
  ['medicines', 'Medicines, alcohol and drugs'],
  ['safety', 'Your health and safety'],
  ['practical', 'Practical matters'],
] as const;
const crisisQ = checklistQuestions.find((q) => q.id === CRISIS_QUESTION_ID)!;
const first = checklistQuestions[0]!;
const question = (q: ChecklistQuestion) => screen.getByRole('group', { name: q.question });

describe('ChecklistForm', () => {
  it('groups every question under its heading, in the checklist order', () => {
    render(<ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={() => {}} idPrefix="panel-q" />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(GROUPS.map((g) => g[1]));
    for (const [group, title] of GROUPS) {
      const region = screen.getByRole('region', { name: title });
      const inGroup = checklistQuestions.filter((q) => q.group === group);
      expect(inGroup.length).toBeGreaterThan(0);
      expect(
        within(region)
          .getAllByRole('group')
          .map((g) => g.querySelector('legend')?.textContent),
      ).toEqual(inGroup.map((q) => q.question));
    }
  });

  it('offers Yes, No and Not sure for each question, none chosen at first', () => {
    render(<ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={() => {}} idPrefix="panel-q" />);
    for (const q of checklistQuestions) {
      const radios = within(question(q)).getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Yes', 'No', 'Not sure']);
      expect(radios.some((r) => r.checked)).toBe(false);
      // One name per question: the browser's arrow keys move within the question, never across.
      expect(new Set(radios.map((r) => r.name))).toEqual(new Set([`panel-q-${q.id}`]));
    }
  });

  it('describes each question with its help text in the side panel', () => {
    render(<ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={() => {}} idPrefix="panel-q" />);
    for (const q of checklistQuestions) expect(readDescription(question(q))).toBe(q.help);
  });

  it('folds the help text behind "Why this matters" in the compact popup (review m36)', () => {
    render(
      <ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={() => {}} compact idPrefix="popup-q" />,
    );
    const group = question(first);
    expect(group.hasAttribute('aria-describedby')).toBe(false);
    const details = group.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(`Why this matters: ${first.question}`);
    expect(details.querySelector('p')?.textContent).toBe(first.help);
    expect(screen.getAllByText('Why this matters', { exact: false })).toHaveLength(checklistQuestions.length);
  });

  it.each([
    ['Yes', 'yes'],
    ['No', 'no'],
    ['Not sure', 'unsure'],
  ])('choosing %s reports %s for that question', (label, value) => {
    const onAnswer = vi.fn();
    render(<ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={onAnswer} idPrefix="panel-q" />);
    fireEvent.click(within(question(first)).getByRole('radio', { name: label }));
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith(first.id, value);
  });

  it('shows saved answers as checked', () => {
    const answers: Record<string, Answer> = { [first.id]: 'no', [checklistQuestions[1]!.id]: 'unsure' };
    render(<ChecklistForm questions={checklistQuestions} answers={answers} onAnswer={() => {}} idPrefix="q" />);
    const checked = (q: ChecklistQuestion) =>
      (within(question(q)).getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked).map((r) => r.value);
    expect(checked(first)).toEqual(['no']);
    expect(checked(checklistQuestions[1]!)).toEqual(['unsure']);
    expect(checked(checklistQuestions[2]!)).toEqual([]);
  });

  it('offers Clear only on answered questions, named after the question', () => {
    render(
      <ChecklistForm questions={checklistQuestions} answers={{ [first.id]: 'yes' }} onAnswer={() => {}} idPrefix="q" />,
    );
    const clears = screen.getAllByRole('button', { name: /^Clear/ });
    expect(clears).toHaveLength(1);
    expect(within(question(first)).getByRole('button', { name: `Clear answer to: ${first.question}` })).toBe(clears[0]);
  });

  it('Clear reports a null answer and keeps focus inside the question', () => {
    const onAnswer = vi.fn();
    render(
      <ChecklistForm questions={checklistQuestions} answers={{ [first.id]: 'yes' }} onAnswer={onAnswer} idPrefix="q" />,
    );
    const clear = within(question(first)).getByRole('button', { name: /^Clear/ });
    clear.focus();
    pressKey('Enter');
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith(first.id, null);
    expect(document.activeElement).toBe(within(question(first)).getByRole('radio', { name: 'Yes' }));
  });

  it('skips groups without questions', () => {
    const safety = checklistQuestions.filter((q) => q.group === 'safety');
    render(<ChecklistForm questions={safety} answers={{}} onAnswer={() => {}} idPrefix="q" />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Your health and safety']);
    expect(screen.getAllByRole('group')).toHaveLength(safety.length);
  });

  it('renders nothing to answer for an empty list', () => {
    render(<ChecklistForm questions={[]} answers={{}} onAnswer={() => {}} idPrefix="q" />);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('heading')).toHaveLength(0);
  });

  it('keeps ids apart when two forms share a document', () => {
    const { container } = render(
      <>
        <ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={() => {}} idPrefix="a" />
        <ChecklistForm questions={checklistQuestions} answers={{}} onAnswer={() => {}} idPrefix="b" />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renders question and help text containing markup as text', () => {
    const q: ChecklistQuestion = { ...first, id: 'x', question: MARKUP, help: MARKUP };
    const { container } = render(
      <ChecklistForm questions={[q]} answers={{ x: 'yes' }} onAnswer={() => {}} idPrefix="q" />,
    );
    screen.getByRole('group', { name: MARKUP });
    expect(readDescription(screen.getByRole('group'))).toBe(MARKUP);
    expectNoInjectedElements(container);
  });

  it.each([
    [false, 'yes', crisisHelpNow, 'alert'],
    [false, 'unsure', crisisHelpSoon, 'status'],
    [true, 'yes', crisisHelpNow, 'alert'],
    [true, 'unsure', crisisHelpSoon, 'status'],
  ] as const)(
    'compact=%s, self-harm = %s: crisis help with 988 shows under the question (review C2)',
    (compact, answer, help, role) => {
      render(
        <ChecklistForm
          questions={checklistQuestions}
          answers={{ [CRISIS_QUESTION_ID]: answer }}
          onAnswer={() => {}}
          compact={compact}
          idPrefix="q"
        />,
      );
      const box = within(question(crisisQ)).getByRole(role);
      expect(box.textContent).toBe(`${help.title}. ${help.text}`);
      expect(box.textContent).toMatch(/988/);
      expect(box.textContent).toMatch(/local emergency number/);
    },
  );

  it.each([undefined, 'no'] as const)('shows no crisis help when the self-harm answer is %s', (answer) => {
    render(
      <ChecklistForm
        questions={checklistQuestions}
        answers={{ [CRISIS_QUESTION_ID]: answer }}
        onAnswer={() => {}}
        compact
        idPrefix="q"
      />,
    );
    expect(screen.queryByText(/988/)).toBeNull();
  });
});
