// "Checklist": the questions, and the summary to take to the doctor (copy, print, reset).
import type { JSX } from 'preact';
import { checklistQuestions } from '@/data/checklist';
import { formatReviewDate } from '@/data/review';
import { evaluateChecklist } from '@/lib/checklist-evaluate';
import { answerValues, lastAnsweredOn, todayIso } from '@/lib/answers';
import { formatSummaryText } from '@/lib/summary-text';
import { ChecklistForm } from '@/components/ChecklistForm';
import { DoctorSummary } from '@/components/DoctorSummary';
import type { AppState } from '@/hooks/use-app-state';
import { reviewed } from './panel-data';

export interface ChecklistViewProps {
  state: AppState;
  /** The last copy or reset result; kept by the panel, so it is still there after a visit elsewhere. */
  status: string;
  onStatus: (status: string) => void;
}

export function ChecklistView({ state, status, onStatus }: ChecklistViewProps): JSX.Element {
  const answers = answerValues(state.answers.value);
  const summary = evaluateChecklist(answers);
  const answeredOn = lastAnsweredOn(state.answers.value);

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(formatSummaryText(summary, todayIso(), answeredOn));
      onStatus('Copied. You can paste it into an email or a note.');
    } catch {
      onStatus('Copy did not work here. Use Print instead, or select the text and copy it.');
    }
  };

  return (
    <>
      <h2 class="no-print">Is ketamine worth asking about?</h2>
      <p class="no-print">
        This checklist does not decide anything. It turns your answers into points and questions to take to your doctor.
        Answers are saved on this device only.
      </p>
      <ChecklistForm
        questions={checklistQuestions}
        answers={answers}
        onAnswer={(id, a) => void state.setAnswer(id, a)}
        idPrefix="panel-q"
      />
      <DoctorSummary
        summary={summary}
        reviewedOn={reviewed}
        answeredOn={answeredOn ? formatReviewDate(answeredOn) : undefined}
        status={status}
        onCopy={() => void copySummary()}
        onPrint={() => window.print()}
        onReset={() => {
          void state.resetAnswers();
          onStatus('Your answers were cleared.');
        }}
      />
    </>
  );
}
