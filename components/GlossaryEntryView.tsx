import type { JSX } from 'preact';
import type { GlossaryDetail, GlossaryEntry } from '@/data/types';
import { SourceRefs, type Cite } from './SourceRefs';
import './GlossaryEntryView.css';

export interface GlossaryEntryViewProps {
  entry: GlossaryEntry;
  detail: GlossaryDetail | undefined;
  related: readonly { id: string; name: string }[];
  hrefFor: (id: string) => string;
  cite: Cite;
}

/** One glossary entry in full (the tooltip's "More" lands here). */
export function GlossaryEntryView({ entry, detail, related, hrefFor, cite }: GlossaryEntryViewProps): JSX.Element {
  const alsoCalled = [...new Set(entry.forms.map((f) => f.text))].filter(
    (t) => t.toLowerCase() !== entry.name.toLowerCase(),
  );
  return (
    <article class="card" aria-labelledby={`entry-${entry.id}`}>
      <h2 id={`entry-${entry.id}`} tabIndex={-1} style={{ marginTop: 0 }}>
        {entry.name}
      </h2>
      <p>
        <strong>{entry.short}</strong> <SourceRefs refs={cite(entry.sources)} />
      </p>
      {detail && (
        <p>
          {detail.explanation} <SourceRefs refs={cite(detail.sources)} />
        </p>
      )}
      <dl class="entry">
        {detail?.ketamineNote && (
          <>
            <dt>What it means for ketamine therapy</dt>
            <dd>{detail.ketamineNote}</dd>
          </>
        )}
        {alsoCalled.length > 0 && (
          <>
            <dt>Also written as</dt>
            <dd>{alsoCalled.slice(0, 12).join(', ')}</dd>
          </>
        )}
        {related.length > 0 && (
          <>
            <dt>Related terms</dt>
            <dd>
              <ul class="plain row">
                {related.map((r) => (
                  <li key={r.id}>
                    <a href={hrefFor(r.id)}>{r.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
