import type { JSX } from 'preact';
import './PageTermList.css';

export interface PageTerm {
  id: string;
  name: string;
  count: number;
}

export interface PageTermListProps {
  terms: readonly PageTerm[];
  onChoose: (id: string) => void;
  /** What to say when there is nothing: paused, no terms, or a page PainLens cannot read. */
  emptyText: string;
}

/** The explained terms found on the page, with counts. Choosing one shows it on the page. */
export function PageTermList({ terms, onChoose, emptyText }: PageTermListProps): JSX.Element {
  if (terms.length === 0) return <p class="muted">{emptyText}</p>;
  return (
    <ul class="plain term-list" aria-label="Explained terms on this page">
      {terms.map((t) => (
        <li key={t.id}>
          {/* The name is the visible text plus hidden words ("Ketamine 4 times on this page"): an
              aria-label would hide the visible text from speech users (WCAG 2.5.3). */}
          <button type="button" onClick={() => onChoose(t.id)}>
            <span>{t.name}</span>{' '}
            <span class="count">
              {t.count}
              <span class="visually-hidden"> time{t.count === 1 ? '' : 's'} on this page</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
