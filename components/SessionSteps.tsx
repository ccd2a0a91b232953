import type { JSX } from 'preact';
import type { GuideStep, StepIcon } from '@/data/types';
import { SourceRefs, type Cite } from './SourceRefs';
import './SessionSteps.css';

export interface SessionStepsProps {
  steps: readonly GuideStep[];
  cite: Cite;
  /** For the list's accessible name, e.g. "Steps of a drip session". */
  label: string;
}

// Simple line pictures, 24 × 24. Decorative: each step's title and text carry the meaning.
const PATHS: Record<StepIcon, string> = {
  clipboard: 'M8 3h8v3H8zM6 5H4v16h16V5h-2M8 11h8M8 15h6',
  'pill-list': 'M4 5h9M4 10h9M4 15h6M17 13a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM15 16h4',
  drip: 'M9 2h6v5H9zM12 7v4M12 11c-2 3-3 4.5-3 6a3 3 0 0 0 6 0c0-1.5-1-3-3-6zM12 20v2',
  monitor: 'M3 4h18v12H3zM6 11h3l2-4 2 7 2-3h3M9 20h6M12 16v4',
  rest: 'M3 18h18M5 18v-5h9a4 4 0 0 1 4 4v1M7 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  ride: 'M3 15l2-6h14l2 6v3H3zM6 18v2M18 18v2M6 13h2M16 13h2',
  bed: 'M3 20V8M3 14h18v6M7 14v-3h6v3',
  calendar: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M8 13h2M12 13h2M8 16h2',
};

/** Numbered steps with a small picture each: an ordered list, read in order by screen readers. */
export function SessionSteps({ steps, cite, label }: SessionStepsProps): JSX.Element {
  return (
    <ol class="session-steps" aria-label={label}>
      {steps.map((s, i) => (
        <li key={i} class="session-step">
          <svg class="step-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <path d={PATHS[s.icon]} />
          </svg>
          <div>
            <strong>
              <span class="step-number">Step {i + 1}:</span> {s.title}
            </strong>
            <p>
              {s.text} <SourceRefs refs={cite(s.sources)} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
