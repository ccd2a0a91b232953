// "Options": for each condition with an evidence card, ketamine beside the other options and beside
// staying with current care. One comparison can be printed with the checklist's handout.
import type { JSX } from 'preact';
import { optionComparisons } from '@/data/options';
import { notMedicalAdvice } from '@/data/review';
import { routeToHash } from '@/lib/panel-route';
import { OptionsComparison } from '@/components/OptionsComparison';
import { Disclaimer } from '@/components/Disclaimer';
import { useSpeech } from '@/hooks/use-speech';
import type { AppState } from '@/hooks/use-app-state';
import { cite, reviewed } from './panel-data';

export interface OptionsViewProps {
  state: AppState;
  /** The comparison the route points to (hooks/use-panel-route.ts scrolls to it). */
  comparisonId?: string;
}

export function OptionsView({ state }: OptionsViewProps): JSX.Element {
  const printed = state.handout.value.options;
  const speech = useSpeech();
  return (
    <>
      <h2>How ketamine compares with other options</h2>
      <p>
        For each condition: ketamine beside the other treatments and beside staying with your current care, each on the
        same points. You can print one of these with your checklist list.
      </p>
      <nav aria-label="Conditions">
        <ul>
          {optionComparisons.map((c) => (
            <li key={c.id}>
              <a href={routeToHash({ view: 'options', id: c.id })}>{c.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {optionComparisons.map((c) => (
        <div key={c.id} class="card">
          <OptionsComparison comparison={c} cite={cite} headingLevel={3} speech={speech} />
          <p class="row">
            <button
              type="button"
              class="btn"
              aria-pressed={printed === c.id}
              onClick={() => void state.setHandoutOptions(printed === c.id ? null : c.id)}
            >
              Print with my checklist list<span class="visually-hidden">: {c.title}</span>
            </button>
            {printed === c.id && <a href={routeToHash({ view: 'checklist' })}>See the list</a>}
          </p>
        </div>
      ))}
      <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
    </>
  );
}
