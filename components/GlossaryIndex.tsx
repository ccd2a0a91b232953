import type { JSX } from 'preact';
import './GlossaryIndex.css';

export interface GlossaryIndexProps {
  entries: readonly { id: string; name: string }[];
  hrefFor: (id: string) => string;
}

/** Every entry A to Z, with a letter bar. */
export function GlossaryIndex({ entries, hrefFor }: GlossaryIndexProps): JSX.Element {
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const byLetter = new Map<string, { id: string; name: string }[]>();
  for (const e of sorted) {
    const letter = /[a-z]/i.test(e.name[0] ?? '') ? e.name[0]!.toUpperCase() : '#';
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), e]);
  }
  const letters = [...byLetter.keys()];
  return (
    <section aria-labelledby="glossary-az-title">
      <h2 id="glossary-az-title">All terms, A to Z</h2>
      <nav class="az" aria-label="Jump to letter">
        {letters.map((l) => (
          <a
            key={l}
            href={`#glossary-letter-${l}`}
            onClick={(e) => {
              // No hash change: the side panel routes on the hash. Move focus as a same-page link would.
              e.preventDefault();
              const heading = document.getElementById(`glossary-letter-${l}`);
              heading?.scrollIntoView({ block: 'start' });
              heading?.focus({ preventScroll: true });
            }}
          >
            {l}
          </a>
        ))}
      </nav>
      {letters.map((l) => (
        <div key={l}>
          <h3 id={`glossary-letter-${l}`} tabIndex={-1}>
            {l}
          </h3>
          <ul>
            {byLetter.get(l)!.map((e) => (
              <li key={e.id}>
                <a href={hrefFor(e.id)}>{e.name}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
