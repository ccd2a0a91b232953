import type { JSX } from 'preact';
import type { OptionComparison } from '@/data/types';
import { OPTION_ATTRIBUTES, OPTION_EVIDENCE_LABELS, OPTIONS_NEXT_STEPS } from '@/data/options';
import { SourceRefs, type Cite } from './SourceRefs';
import { ReadAloud } from './ReadAloud';
import './OptionsComparison.css';

export interface OptionsComparisonProps {
  comparison: OptionComparison;
  cite: Cite;
  headingLevel?: 2 | 3;
  /** Read aloud for each option (the side panel's speech, hooks/use-speech.ts); none when absent. */
  speech?: OptionSpeech;
}

export interface OptionSpeech {
  available: boolean;
  /** The id being read ("<comparison>/<option>"), or null. */
  speaking: string | null;
  speak: (id: string, text: string) => void;
  stop: () => void;
}

/**
 * Ketamine beside the other options and beside staying with current care. First a real table at a
 * glance (option, strength of evidence, likely benefit), then each option on the same six attributes,
 * in the same order, as a description list a screen reader reads in order. Prints as it shows.
 */
export function OptionsComparison({ comparison, cite, headingLevel = 2, speech }: OptionsComparisonProps): JSX.Element {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const headingId = `options-${comparison.id}`;
  return (
    <section class="options-comparison" aria-labelledby={headingId}>
      <H id={headingId} tabIndex={-1}>
        {comparison.title}
      </H>
      <p class="main-message">
        <strong>{comparison.mainMessage}</strong>
      </p>
      <div class="options-table-wrap" role="region" aria-label={`${comparison.title}: at a glance`} tabIndex={0}>
        <table class="options-table">
          <caption>{comparison.title}: at a glance</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">How strong the evidence is</th>
              <th scope="col">Likely benefit</th>
            </tr>
          </thead>
          <tbody>
            {comparison.options.map((o) => (
              <tr key={o.id} class={`option-${o.kind}`}>
                <th scope="row">{o.name}</th>
                <td>
                  <span class={`evidence-level evidence-${o.evidence}`}>{OPTION_EVIDENCE_LABELS[o.evidence]}</span>
                </td>
                <td>{o.benefit.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul class="options-list">
        {comparison.options.map((o) => {
          const readId = `${comparison.id}/${o.id}`;
          const card = (
            <>
              <Sub id={`${headingId}-${o.id}`}>{o.name}</Sub>
              <dl aria-labelledby={`${headingId}-${o.id}`}>
                {OPTION_ATTRIBUTES.map((a) => (
                  <div key={a.key} class="option-attribute">
                    <dt>{a.label}</dt>
                    <dd>
                      {a.key === 'evidenceText' && <strong>{OPTION_EVIDENCE_LABELS[o.evidence]}. </strong>}
                      {o[a.key].text} <SourceRefs refs={cite(o[a.key].sources)} />
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          );
          return (
            <li key={o.id} class={`option-card option-${o.kind}`}>
              {speech ? (
                <ReadAloud
                  id={readId}
                  title={`${o.name}, ${comparison.title}`}
                  available={speech.available}
                  speaking={speech.speaking === readId}
                  onSpeak={speech.speak}
                  onStop={speech.stop}
                >
                  {card}
                </ReadAloud>
              ) : (
                card
              )}
            </li>
          );
        })}
      </ul>
      <Sub>What you can do</Sub>
      <p>{OPTIONS_NEXT_STEPS.why}</p>
      <ol class="options-next-steps">
        {OPTIONS_NEXT_STEPS.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
