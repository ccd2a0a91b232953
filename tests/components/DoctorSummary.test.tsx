import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DoctorSummary } from '@/components/DoctorSummary';
import { evaluateChecklist, type Answers, type ChecklistSummary } from '@/lib/checklist-evaluate';
import { checklistQuestions, CHECKLIST_TITLE, CRISIS_QUESTION_ID } from '@/data/checklist';
import { CANNOT_TELL, CLINIC_QUESTIONS, HANDOUT_HEADINGS as H, NOT_CHECKED } from '@/data/checklist-guidance';
import { contentReviewedOn, crisisHelpNow, crisisHelpSoon, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const reviewed = formatReviewDate(contentReviewedOn);
const listAfter = (title: string) => {
  const heading = screen.getByRole('heading', { name: title, level: 3 });
  let list = heading.nextElementSibling;
  while (list && !/^(UL|OL)$/.test(list.tagName)) list = list.nextElementSibling;
  if (!list) throw new Error(`no list after ${title}`);
  return within(list as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};
const show = (answers: Answers, extra: Partial<Parameters<typeof DoctorSummary>[0]> = {}, context = {}) => {
  const summary = evaluateChecklist(answers, context);
  render(<DoctorSummary summary={summary} reviewedOn={reviewed} {...extra} />);
  return summary;
};

describe('DoctorSummary', () => {
  it('is a region titled after the checklist', () => {
    show({});
    screen.getByRole('region', { name: CHECKLIST_TITLE });
    screen.getByRole('heading', { level: 2, name: CHECKLIST_TITLE });
  });

  it('always shows what a doctor must check, what the list cannot tell, and questions for a clinic; never "may fit"', () => {
    const summary = show({});
    screen.getByText(summary.headline);
    expect(summary.headline).toMatch(/not answered any/);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([H.checkFirst, H.doctorQuestions, H.cannotTell, H.clinicQuestions, H.values, H.sure]);
    expect(listAfter(H.checkFirst)).toEqual([summary.checkFirstNone]);
    expect(listAfter(H.cannotTell)).toEqual([...CANNOT_TELL]);
    expect(listAfter(H.clinicQuestions)).toEqual([...CLINIC_QUESTIONS]);
    expect(document.body.textContent).toContain(NOT_CHECKED[0]);
    expect(document.body.textContent).not.toMatch(/may fit/i);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists every point of the real evaluation under its heading, in order', () => {
    const answers = Object.fromEntries(
      checklistQuestions.map((q, i) => [q.id, (['yes', 'no', 'unsure'] as const)[i % 3]]),
    );
    delete answers[CRISIS_QUESTION_ID];
    const summary = show(answers);
    expect(summary.checkFirst.length).toBeGreaterThan(2);
    expect(listAfter(H.checkFirst)).toEqual(summary.checkFirst.map((i) => i.text));
    expect(listAfter(H.raise)).toEqual(summary.raise.map((i) => i.text));
    expect(listAfter(H.doctorQuestions)).toEqual(summary.doctorQuestions);
  });

  it.each([
    ['yes', crisisHelpNow, 'alert'],
    ['unsure', crisisHelpSoon, 'status'],
  ] as const)('self-harm = %s: crisis help first, with 988 and the emergency number', (answer, help, role) => {
    show({ [CRISIS_QUESTION_ID]: answer });
    const box = screen.getAllByRole(role).find((el) => el.textContent?.includes('988'))!;
    expect(box.textContent).toBe(`${help.title}. ${help.text}`);
    expect(screen.getAllByRole('heading', { level: 3 })[0]?.textContent).toBe(H.crisis);
  });

  it('shows what matters, the SURE answers and earlier answers', () => {
    show(
      {},
      {},
      {
        values: { 'low-cost': 'a-lot' },
        sure: { sure: 'no' },
        earlier: { 'fit-depression': { question: 'Do you also live with depression?', answer: 'yes', on: null } },
      },
    );
    expect(listAfter(H.values)).toEqual(['Keeping the cost low: Matters a lot']);
    expect(listAfter(H.sure)).toEqual(['Do you feel SURE about the best choice for you? No']);
    expect(listAfter(H.earlier)).toEqual(['Do you also live with depression? Yes.']);
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

  it('lists the words kept to ask about, after the questions for the doctor, each with its definition and Remove', () => {
    const onRemoveWord = vi.fn();
    show(
      {},
      {
        keptWords: [
          { id: 'nmda-receptor', name: 'NMDA receptor', short: 'A receiving site on nerve cells.' },
          { id: 'an-old-term', name: 'An old term', short: null },
        ],
        onRemoveWord,
      },
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf(H.keptWords)).toBe(headings.indexOf(H.doctorQuestions) + 1);
    expect(listAfter(H.keptWords)).toEqual([
      'NMDA receptor: A receiving site on nerve cells. Remove “NMDA receptor”',
      'An old term Remove “An old term”',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “An old term”' }));
    expect(onRemoveWord).toHaveBeenCalledWith('an-old-term');
  });

  it('has no kept-words section without kept words', () => {
    show({}, { keptWords: [] });
    expect(screen.queryByRole('heading', { name: H.keptWords })).toBeNull();
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
      crisis: { title: MARKUP, text: MARKUP },
      raise: [{ questionId: 'q', text: MARKUP }],
      doctorQuestions: [MARKUP],
    };
    const { container } = render(
      <DoctorSummary summary={summary} reviewedOn={MARKUP} answeredOn={MARKUP} status={MARKUP} />,
    );
    expect(listAfter(H.raise)).toEqual([MARKUP]);
    expect(screen.getAllByRole('status').at(-1)?.textContent).toBe(MARKUP);
    expectNoInjectedElements(container);
  });
});
