import type { ComponentChildren, JSX } from 'preact';
import './ExplainTermList.css';

export interface ExplainTerm {
  id: string;
  name: string;
  short: string;
  /** Marked this many times in the text. */
  count: number;
}

export interface ExplainTermListProps {
  terms: readonly ExplainTerm[];
  /** The glossary entry's address in the panel ("#glossary/ketamine"). */
  hrefFor: (id: string) => string;
  /** Something more to do with a term, by its id, drawn at the end of its row ("Ask my doctor about this word"). */
  termActions?: Readonly<Record<string, ComponentChildren>>;
}

/** The glossary terms found in the reader's text, with their short definitions; each opens its entry. */
export function ExplainTermList({ terms, hrefFor, termActions }: ExplainTermListProps): JSX.Element {
  return (
    <ul class="plain explain-terms">
      {terms.map((t) => (
        <li key={t.id} class="explain-term">
          <p class="explain-term-head">
            <a href={hrefFor(t.id)}>{t.name}</a>{' '}
            <span class="small muted">
              {t.count} time{t.count === 1 ? '' : 's'}
            </span>
          </p>
          <p class="explain-term-short small">{t.short}</p>
          {termActions?.[t.id] && <div class="explain-term-action">{termActions[t.id]}</div>}
        </li>
      ))}
    </ul>
  );
}
