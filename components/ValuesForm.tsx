import type { JSX } from 'preact';
import type { SureItem, ValueItem, ValueWeight } from '@/data/types';

export interface ValuesFormProps {
  items: readonly ValueItem[];
  weights: readonly { value: ValueWeight; label: string }[];
  values: Readonly<Record<string, ValueWeight | undefined>>;
  onValue: (id: string, weight: ValueWeight | null) => void;
  sureItems: readonly SureItem[];
  sure: Readonly<Record<string, 'yes' | 'no' | undefined>>;
  onSure: (id: string, answer: 'yes' | 'no' | null) => void;
  texts: { valuesTitle: string; valuesIntro: string; sureTitle: string; sureIntro: string };
  idPrefix: string;
  /** Popup: no help text. */
  compact?: boolean;
}

/** "What matters to you" (how much each value matters) and the four SURE questions (yes or no). */
export function ValuesForm(props: ValuesFormProps): JSX.Element {
  const { items, weights, values, onValue, sureItems, sure, onSure, texts, idPrefix, compact = false } = props;
  const clear = (label: string, onClear: () => void) => (
    <button
      type="button"
      class="btn-link small"
      onClick={(e) => {
        e.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
        onClear();
      }}
    >
      Clear<span class="visually-hidden"> answer to: {label}</span>
    </button>
  );
  return (
    <div class="values-form no-print">
      <section aria-labelledby={`${idPrefix}-values`}>
        <h3 id={`${idPrefix}-values`}>{texts.valuesTitle}</h3>
        <p>{texts.valuesIntro}</p>
        {items.map((v) => {
          const name = `${idPrefix}-value-${v.id}`;
          return (
            <fieldset key={v.id} class="question" aria-describedby={compact ? undefined : `${name}-help`}>
              <legend>{v.label}</legend>
              {!compact && (
                <p id={`${name}-help`} class="small muted">
                  {v.help}
                </p>
              )}
              <div class="answers">
                {weights.map((w) => (
                  <label key={w.value}>
                    <input
                      type="radio"
                      name={name}
                      value={w.value}
                      checked={values[v.id] === w.value}
                      onChange={() => onValue(v.id, w.value)}
                    />
                    {w.label}
                  </label>
                ))}
                {values[v.id] && clear(v.label, () => onValue(v.id, null))}
              </div>
            </fieldset>
          );
        })}
      </section>
      <section aria-labelledby={`${idPrefix}-sure`}>
        <h3 id={`${idPrefix}-sure`}>{texts.sureTitle}</h3>
        <p>{texts.sureIntro}</p>
        {sureItems.map((s) => {
          const name = `${idPrefix}-sure-${s.id}`;
          return (
            <fieldset key={s.id} class="question">
              <legend>{s.question}</legend>
              <div class="answers">
                {(['yes', 'no'] as const).map((a) => (
                  <label key={a}>
                    <input
                      type="radio"
                      name={name}
                      value={a}
                      checked={sure[s.id] === a}
                      onChange={() => onSure(s.id, a)}
                    />
                    {a === 'yes' ? 'Yes' : 'No'}
                  </label>
                ))}
                {sure[s.id] && clear(s.question, () => onSure(s.id, null))}
              </div>
            </fieldset>
          );
        })}
      </section>
    </div>
  );
}
