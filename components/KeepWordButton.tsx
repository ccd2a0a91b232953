import type { JSX } from 'preact';
import './KeepWordButton.css';

export interface KeepWordButtonProps {
  /** The term's name, for the accessible names ("Ask my doctor about “NMDA receptor”"). */
  name: string;
  kept: boolean;
  /** The list holds all it can; shown instead of the button until a word is removed. */
  full: boolean;
  onKeep: () => void;
  onRemove: () => void;
}

/**
 * "Ask my doctor about this word": keeps a term for the handout, or says it is kept, with Remove. Two
 * states with their own words rather than one toggle whose label changes, which screen readers read
 * poorly.
 */
export function KeepWordButton({ name, kept, full, onKeep, onRemove }: KeepWordButtonProps): JSX.Element {
  if (kept) {
    return (
      <p class="keep-word keep-word-kept">
        <span>
          <span aria-hidden="true">✓ </span>On your list of questions for your doctor.
        </span>{' '}
        <button
          type="button"
          class="btn keep-word-button"
          aria-label={`Remove “${name}” from the list`}
          onClick={onRemove}
        >
          Remove
        </button>
      </p>
    );
  }
  if (full) {
    return (
      <p class="keep-word small muted">
        Your list of words to ask about is full. Remove one on the Checklist page to add “{name}”.
      </p>
    );
  }
  return (
    <p class="keep-word">
      <button
        type="button"
        class="btn keep-word-button"
        aria-label={`Ask my doctor about this word: “${name}”`}
        onClick={onKeep}
      >
        Ask my doctor about this word
      </button>
    </p>
  );
}
