import type { JSX } from 'preact';

export interface GlossaryResult {
  id: string;
  name: string;
  short: string;
}

export interface GlossarySearchProps {
  query: string;
  onQuery: (q: string) => void;
  results: readonly GlossaryResult[];
  onOpen: (id: string) => void;
  idPrefix: string;
}

/** Search box with results as they type; tolerant of typos (the search itself is lib/glossary-search). */
export function GlossarySearch({ query, onQuery, results, onOpen, idPrefix }: GlossarySearchProps): JSX.Element {
  const inputId = `${idPrefix}-glossary-q`;
  return (
    <div role="search" class="stack">
      <label for={inputId}>Search the glossary</label>
      <input
        id={inputId}
        type="search"
        value={query}
        autocomplete="off"
        spellcheck={false}
        placeholder="For example: CRPS, nerve pain, dissociation"
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="visually-hidden" role="status">
        {query.trim() ? `${results.length} result${results.length === 1 ? '' : 's'}` : ''}
      </p>
      {query.trim() !== '' && results.length === 0 && (
        <p class="muted">No term matches “{query}”. Try another spelling.</p>
      )}
      {results.length > 0 && (
        <ul class="plain term-list">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => onOpen(r.id)}>
                <span>
                  <strong>{r.name}</strong>
                  <br />
                  <span class="small muted">{r.short}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
