import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DoctorSummary } from '@/components/DoctorSummary';
import {
  GENERAL_QUESTIONS,
  URGENT_QUESTION_ID,
  evaluateChecklist,
  type Answers,
  type ChecklistSummary,
} from '@/lib/checklist-evaluate';
import { checklistQuestions } from '@/data/checklist';
import { contentReviewedOn, emergencyHelp, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const reviewed = formatReviewDate(contentReviewedOn);
const listAfter = (title: string) => {
  const heading = screen.getByRole('heading', { name: title, level: 3 });
  const list = heading.nextElementSibling;
  if (!list) throw new Error(`nothing after ${title}`);
  return within(list as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};
const show = (answers: Answers, extra: Partial<Parameters<typeof DoctorSummary>[0]> = {}) => {
  const summary = evaluateChecklist(answers);
  render(<DoctorSummary summary={summary} reviewedOn={reviewed} {...extra} />);
  return summary;
};

describe('DoctorSummary', () => {
  it('is a region titled "Questions for my doctor"', () => {
    show({});
    screen.getByRole('region', { name: 'Questions for my doctor' });
    screen.getByRole('heading', { level: 2, name: 'Questions for my doctor' });
  });

  it('with no answers: the headline says so, only the general questions, no empty lists', () => {
    const summary = show({});
    screen.getByText(summary.headline);
    expect(summary.headline).toMatch(/not answered any/);
    expect(listAfter('Questions to ask')).toEqual([...GENERAL_QUESTIONS]);
    for (const title of ['Talk about these first', 'What may fit', 'Other notes']) {
      expect(screen.queryByRole('heading', { name: title })).toBeNull();
    }
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists every point of the real evaluation under its heading, in order', () => {
    const answers = Object.fromEntries(
      checklistQuestions.map((q, i) => [q.id, (['yes', 'no', 'unsure'] as const)[i % 3]]),
    );
    delete answers[URGENT_QUESTION_ID];
    const summary = show(answers);
    expect(summary.mayFit.length + summary.reviewFirst.length + summary.notes.length).toBeGreaterThan(2);
    const expectList = (title: string, items: ChecklistSummary['mayFit']) =>
      items.length === 0
        ? expect(screen.queryByRole('heading', { name: title })).toBeNull()
        : expect(listAfter(title)).toEqual(items.map((i) => i.text));
    expectList('Talk about these first', summary.reviewFirst);
    expectList('What may fit', summary.mayFit);
    expectList('Other notes', summary.notes);
    expect(listAfter('Questions to ask')).toEqual(summary.questionsToAsk);
    expect(screen.getByRole('heading', { name: 'Questions to ask' }).nextElementSibling?.tagName).toBe('OL');
  });

  it('raises the emergency text as an alert when the reader is thinking of self-harm', () => {
    show({ [URGENT_QUESTION_ID]: 'yes', 'fit-long-lasting-pain': 'yes' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(`Please get help now. ${emergencyHelp}`);
    // The alert comes before everything else in the summary.
    const region = screen.getByRole('region', { name: 'Questions for my doctor' });
    const order = [...region.querySelectorAll('[role=alert], h3')];
    expect(order[0]).toBe(alert);
  });

  it('shows the not-advice line with the review date, and the answer date when given', () => {
    show({ 'fit-long-lasting-pain': 'yes' }, { answeredOn: '3 Dec 2026' });
    screen.getByText(`${notMedicalAdvice} Content reviewed ${reviewed}.`);
    screen.getByText('Answers last changed 3 Dec 2026.');
  });

  it('has no answer date line without one', () => {
    show({});
    expect(screen.queryByText(/Answers last changed/)).toBeNull();
  });

  it('shows only the buttons whose callbacks are given', () => {
    show({});
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('Copy and Print call their callbacks, by click and by keyboard', () => {
    const onCopy = vi.fn();
    const onPrint = vi.fn();
    show({}, { onCopy, onPrint });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    screen.getByRole('button', { name: 'Print' }).focus();
    pressKey('Enter');
    expect(onCopy).toHaveBeenCalledOnce();
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('Reset asks first and moves focus to the safe choice', async () => {
    const onReset = vi.fn();
    show({ 'fit-long-lasting-pain': 'yes' }, { onReset });
    const reset = screen.getByRole('button', { name: 'Reset answers' });
    reset.focus();
    pressKey('Enter');
    expect(onReset).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'Confirm reset' });
    expect(confirm.textContent).toContain('Clear all your answers?');
    expect(screen.queryByRole('button', { name: 'Reset answers' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep my answers' })),
    );
  });

  it('Reset, then "Keep my answers": nothing is cleared and focus returns to Reset', async () => {
    const onReset = vi.fn();
    show({ 'fit-long-lasting-pain': 'yes' }, { onReset });
    fireEvent.click(screen.getByRole('button', { name: 'Reset answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my answers'));
    pressKey(' ');
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.queryByRole('group', { name: 'Confirm reset' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset answers' })));
  });

  it('Reset, then "Yes, clear them": clears once and focus returns to Reset', async () => {
    const onReset = vi.fn();
    show({ 'fit-long-lasting-pain': 'yes' }, { onReset });
    fireEvent.click(screen.getByRole('button', { name: 'Reset answers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear them' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.queryByRole('group', { name: 'Confirm reset' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset answers' })));
  });

  it('does not steal focus when it first renders', async () => {
    render(
      <>
        <button type="button">elsewhere</button>
        <DoctorSummary summary={evaluateChecklist({})} reviewedOn={reviewed} onReset={() => {}} />
      </>,
    );
    const elsewhere = screen.getByRole('button', { name: 'elsewhere' });
    elsewhere.focus();
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).toBe(elsewhere);
  });

  it('announces the status politely, and keeps the live region when empty', () => {
    const summary = evaluateChecklist({});
    const { rerender } = render(<DoctorSummary summary={summary} reviewedOn={reviewed} />);
    expect(screen.getByRole('status').textContent).toBe('');
    rerender(<DoctorSummary summary={summary} reviewedOn={reviewed} status="Copied." />);
    expect(screen.getByRole('status').textContent).toBe('Copied.');
  });

  it('renders summary texts containing markup as text', () => {
    const summary: ChecklistSummary = {
      ...evaluateChecklist({}),
      headline: MARKUP,
      urgent: MARKUP,
      mayFit: [{ questionId: 'q', text: MARKUP }],
      questionsToAsk: [MARKUP],
    };
    const { container } = render(
      <DoctorSummary summary={summary} reviewedOn={MARKUP} answeredOn={MARKUP} status={MARKUP} />,
    );
    expect(listAfter('What may fit')).toEqual([MARKUP]);
    expect(screen.getByRole('status').textContent).toBe(MARKUP);
    expectNoInjectedElements(container);
  });
});
