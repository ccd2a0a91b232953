import type { JSX } from 'preact';
import './SourceRefs.css';

export interface SourceRef {
  id: string;
  /** Number in the sources list. */
  n: number;
  /** Short label, read by screen readers. */
  label: string;
}

/** Citation numbers after a statement, linking to the full citations. */
export function SourceRefs({ refs }: { refs: readonly SourceRef[] }): JSX.Element | null {
  if (refs.length === 0) return null;
  return (
    <sup class="refs">
      [
      {refs.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ', '}
          <a href={`#sources/${r.id}`} aria-label={`Source ${r.n}: ${r.label}`}>
            {r.n}
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}

export type Cite = (ids: readonly string[]) => SourceRef[];
