import type { JSX } from 'preact';
import type { Source } from '@/data/types';
import './SourcesList.css';

/** Full citations, numbered as the citation marks in the guide and glossary. */
export function SourcesList({ sources }: { sources: readonly Source[] }): JSX.Element {
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p class="small muted">
        Titles in [square brackets] describe a paper whose exact title has not been checked yet.
      </p>
      <ol class="sources">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
            {s.authors.replace(/\.$/, '')}. {s.title}. <em>{s.publisher}</em>.
            {/* Many publisher lines already carry the year ("Pain, 2009;145…"): do not repeat it. */}
            {s.publisher.includes(String(s.year)) ? '' : ` ${s.year}.`}{' '}
            {s.doi ? (
              <a href={`https://doi.org/${s.doi}`} target="_blank" rel="noreferrer noopener">
                doi:{s.doi}
              </a>
            ) : s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
