import type { JSX } from 'preact';
import type { Answer, ChecklistGroup, ChecklistQuestion } from '@/data/types';
import './ChecklistForm.css';

export interface ChecklistFormProps {
  questions: readonly ChecklistQuestion[];
  answers: Readonly<Record<string, Answer | undefined>>;
  onAnswer: (questionId: string, answer: Answer | null) => void;
  /** Popup: no help text, to fit 400 px. */
  compact?: boolean;
  idPrefix: string;
}

const GROUP_TITLES: Record<ChecklistGroup, string> = {
  fit: 'Your pain and treatment so far',
  safety: 'Your health and safety',
  practical: 'Practical matters',
};

const CHOICES: { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/** Yes / No / Not sure for each question, grouped; answers save as soon as they are chosen. */
export function ChecklistForm({
  questions,
  answers,
  onAnswer,
  compact = false,
  idPrefix,
}: ChecklistFormProps): JSX.Element {
  const groups = (['fit', 'safety', 'practical'] as const).filter((g) => questions.some((q) => q.group === g));
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
              return (
                <fieldset key={q.id} class="question" aria-describedby={compact ? undefined : `${name}-help`}>
                  <legend>{q.question}</legend>
                  {!compact && (
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
                </fieldset>
              );
            })}
        </section>
      ))}
    </div>
  );
}
