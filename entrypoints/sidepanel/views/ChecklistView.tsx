// "Checklist": the questions, what matters to the reader and the SURE questions, and the handout to
// take to the doctor (copy, print, reset), with the options comparison the reader chose to print.
import type { JSX } from 'preact';
import { CHECKLIST_TITLE, checklistQuestions } from '@/data/checklist';
import { formatReviewDate } from '@/data/review';
import {
  SURE_INTRO,
  SURE_ITEMS,
  SURE_TITLE,
  VALUE_ITEMS,
  VALUE_WEIGHTS,
  VALUES_INTRO,
  VALUES_TITLE,
} from '@/data/values';
import { optionComparisons } from '@/data/options';
import { findGlossaryEntry } from '@/data/glossary';
import { evaluateChecklist } from '@/lib/checklist-evaluate';
import { answerValues, recordContext, recordLastChangedOn, todayIso } from '@/lib/answers';
import { handoutOptionsId } from '@/lib/handout-choice';
import { formatSummaryText } from '@/lib/summary-text';
import { ChecklistForm } from '@/components/ChecklistForm';
import { ValuesForm } from '@/components/ValuesForm';
import { DoctorSummary } from '@/components/DoctorSummary';
import { OptionsComparison } from '@/components/OptionsComparison';
import type { AppState } from '@/hooks/use-app-state';
import { cite, reviewed } from './panel-data';

export interface ChecklistViewProps {
  state: AppState;
  /** The last copy or reset result; kept by the panel, so it is still there after a visit elsewhere. */
  status: string;
  onStatus: (status: string) => void;
}

const VALUES_TEXTS = {
  valuesTitle: VALUES_TITLE,
  valuesIntro: VALUES_INTRO,
  sureTitle: SURE_TITLE,
  sureIntro: SURE_INTRO,
};

export function ChecklistView({ state, status, onStatus }: ChecklistViewProps): JSX.Element {
  const record = state.record.value;
  const context = recordContext(record);
  const summary = evaluateChecklist(answerValues(record.answers), context);
  const changedOn = recordLastChangedOn(record);
  const printed = optionComparisons.find((c) => c.id === state.handout.value.options) ?? null;
  // Each kept word with today's short definition; a word the glossary no longer has keeps its name.
  const keptWords = state.kept.value.words.map((w) => {
    const entry = findGlossaryEntry(w.id);
    return { id: w.id, name: entry?.name ?? w.name, short: entry?.short ?? null };
  });

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(formatSummaryText(summary, todayIso(), changedOn, keptWords));
      onStatus('Copied. You can paste it into an email or a note.');
    } catch {
      onStatus('Copy did not work here. Use Print instead, or select the text and copy it.');
    }
  };

  return (
    <>
      <h2 class="no-print">Get ready to talk with your doctor</h2>
      <p class="no-print">
        This checklist does not decide anything. It turns your answers into a list called “{CHECKLIST_TITLE}”. Your
        answers are kept in PainLens on this device only; web pages cannot read them.
      </p>
      <ChecklistForm
        questions={checklistQuestions}
        answers={answerValues(record.answers)}
        onAnswer={(id, a) => void state.setAnswer(id, a)}
        idPrefix="panel-q"
      />
      <ValuesForm
        items={VALUE_ITEMS}
        weights={VALUE_WEIGHTS}
        values={context.values}
        onValue={(id, w) => void state.setValue(id, w)}
        sureItems={SURE_ITEMS}
        sure={context.sure}
        onSure={(id, a) => void state.setSure(id, a)}
        texts={VALUES_TEXTS}
        idPrefix="panel"
      />
      <DoctorSummary
        summary={summary}
        reviewedOn={reviewed}
        answeredOn={changedOn ? formatReviewDate(changedOn) : undefined}
        status={status}
        keptWords={keptWords}
        onRemoveWord={(id) => void state.removeWord(id)}
        onCopy={() => void copySummary()}
        onPrint={() => window.print()}
        onReset={() => {
          void state.resetAnswers();
          onStatus('Your answers were cleared.');
        }}
      />
      <div class="no-print">
        <label for="handout-options">Print with the list: the options compared for</label>
        <select
          id="handout-options"
          value={printed?.id ?? ''}
          onChange={(e) => void state.setHandoutOptions(handoutOptionsId(e.currentTarget.value))}
        >
          <option value="">No condition (print the list only)</option>
          {optionComparisons.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      {printed && <OptionsComparison comparison={printed} cite={cite} />}
    </>
  );
}
