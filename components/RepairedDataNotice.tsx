import type { JSX } from 'preact';
import { Notice } from './Notice';

export interface RepairedDataNoticeProps {
  /** What could not be read (lib/settings.ts and lib/answers.ts name it); nothing shows when empty. */
  repaired: readonly string[];
  /** The popup's shorter wording. */
  compact?: boolean;
}

/** Says, once, that stored data was damaged and reset, and that the rest was kept. */
export function RepairedDataNotice({ repaired, compact = false }: RepairedDataNoticeProps): JSX.Element | null {
  if (repaired.length === 0) return null;
  return (
    <Notice>
      Some saved data could not be read ({repaired.join(', ')}) and was reset to defaults. Everything else
      {compact ? '' : ', including your other checklist answers,'} was kept.
    </Notice>
  );
}
