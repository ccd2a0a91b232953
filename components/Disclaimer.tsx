import type { JSX } from 'preact';
import './Disclaimer.css';

export interface DisclaimerProps {
  text: string;
  /** e.g. "25 Nov 2026". */
  reviewedOn: string;
}

/** The not-medical-advice line and review date that every guidance screen carries. */
export function Disclaimer({ text, reviewedOn }: DisclaimerProps): JSX.Element {
  return (
    <p class="disclaimer">
      {text} Content reviewed {reviewedOn}.
    </p>
  );
}
