import type { JSX } from 'preact';
import type { Answer, ChecklistGroup, ChecklistQuestion } from '@/data/types';
import { CrisisHelp } from './CrisisHelp';
import './ChecklistForm.css';

export interface ChecklistFormProps {
  questions: readonly ChecklistQuestion[];
  answers: Readonly<Record<string, Answer | undefined>>;
  onAnswer: (questionId: string, answer: Answer | null) => void;
  /** Popup: help text folded behind "Why this matters", to fit 400 px. Crisis help always shows. */
  compact?: boolean;
  idPrefix: string;
}

export const GROUP_TITLES: Record<ChecklistGroup, string> = {
  pain: 'Your pain and care so far',
  medicines: 'Medicines, alcohol and drugs',
  safety: 'Your health and safety',
  practical: 'Practical matters',
};

const GROUP_ORDER: readonly ChecklistGroup[] = ['pain', 'medicines', 'safety', 'practical'];

const CHOICES: { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/**
 * Yes / No / Not sure for each question, grouped; answers save as soon as they are chosen. A question
 * with crisis help (thoughts of self-harm) shows it under the answer as soon as it is 'yes' or
 * 'not sure', in the compact popup too.
 */
export function ChecklistForm({
  questions,
  answers,
  onAnswer,
  compact = false,
  idPrefix,
}: ChecklistFormProps): JSX.Element {
  const groups = GROUP_ORDER.filter((g) => questions.some((q) => q.group === g));
  return (
    <div class="checklist no-print">
      {groups.map((g) => (
        <section key={g} aria-labelledby={`${idPrefix}-group-${g}`}>
          <h3 id={`${idPrefix}-group-${g}`}>{GROUP_TITLES[g]}</h3>
          {questions
            .filter((q) => q.group === g)
            .map((q) => {
              const name = `${idPrefix}-${q.id}`;
              const current = answers[q.id];
              const crisis =
                q.crisis && (current === 'yes' || current === 'unsure')
                  ? {
                      help: current === 'yes' ? q.crisis.yes : q.crisis.unsure,
                      urgency: current === 'yes' ? 'now' : 'soon',
                    }
                  : null;
              return (
                <fieldset key={q.id} class="question" aria-describedby={compact ? undefined : `${name}-help`}>
                  <legend>{q.question}</legend>
                  {compact ? (
                    // The popup is 400 px wide: each caveat stays one click away instead of hidden (review m36).
                    <details class="question-help small">
                      <summary>
                        Why this matters<span class="visually-hidden">: {q.question}</span>
                      </summary>
                      <p class="muted">{q.help}</p>
                    </details>
                  ) : (
                    <p id={`${name}-help`} class="small muted">
                      {q.help}
                    </p>
                  )}
                  <div class="answers">
                    {CHOICES.map((c) => (
                      <label key={c.value}>
                        <input
                          type="radio"
                          name={name}
                          value={c.value}
                          checked={current === c.value}
                          onChange={() => onAnswer(q.id, c.value)}
                        />
                        {c.label}
                      </label>
                    ))}
                    {current && (
                      <button
                        type="button"
                        class="btn-link small"
                        onClick={(e) => {
                          // The button goes away once cleared; keep focus in this question.
                          e.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
                          onAnswer(q.id, null);
                        }}
                      >
                        Clear<span class="visually-hidden"> answer to: {q.question}</span>
                      </button>
                    )}
                  </div>
                  {crisis && <CrisisHelp help={crisis.help} urgency={crisis.urgency as 'now' | 'soon'} />}
                </fieldset>
              );
            })}
        </section>
      ))}
    </div>
  );
}
