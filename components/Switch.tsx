import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import './Switch.css';

export interface SwitchProps {
  id?: string;
  label: string;
  /** Extra words read by screen readers and shown small, e.g. "Highlights are off everywhere". */
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a button with role="switch", so it works with Space, Enter and screen readers. */
export function Switch(props: SwitchProps): JSX.Element {
  const autoId = useId();
  // Without an id the description must still be linked, or screen readers never read it.
  const descId = props.description ? `${props.id ?? autoId}-desc` : undefined;
  return (
    <span class="row">
      <button
        type="button"
        id={props.id}
        class="switch"
        role="switch"
        aria-checked={props.checked}
        aria-describedby={descId}
        disabled={props.disabled}
        onClick={() => props.onChange(!props.checked)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span>{props.label}</span>
      </button>
      {props.description && (
        <span id={descId} class="muted small">
          {props.description}
        </span>
      )}
    </span>
  );
}
