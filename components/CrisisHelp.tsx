import type { JSX } from 'preact';
import type { CrisisHelp as CrisisHelpText } from '@/data/types';
import './CrisisHelp.css';

export interface CrisisHelpProps {
  help: CrisisHelpText;
  /** 'now' is an alert (announced at once); 'soon' is a polite status. */
  urgency: 'now' | 'soon';
}

/** Crisis help (988 and the local emergency number). Shown wherever the self-harm question is answered. */
export function CrisisHelp({ help, urgency }: CrisisHelpProps): JSX.Element {
  return (
    <div class={`crisis-help crisis-${urgency}`} role={urgency === 'now' ? 'alert' : 'status'}>
      <strong>{help.title}.</strong> {help.text}
    </div>
  );
}
