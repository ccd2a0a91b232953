import type { JSX } from 'preact';
import './GlossaryIndex.css';

export interface GlossaryIndexEntry {
  id: string;
  name: string;
}

export interface GlossaryIndexProps {
  entries: readonly GlossaryIndexEntry[];
  hrefFor: (id: string) => string;
}

const byName = (a: GlossaryIndexEntry, b: GlossaryIndexEntry) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

const termCount = (n: number) => `${n} ${n === 1 ? 'term' : 'terms'}`;

/** One collapsed group of entry links: a disclosure (details/summary), so a closed one costs one Tab stop. */
function EntryGroup({
  id,
  title,
  entries,
  hrefFor,
}: {
  id?: string;
  title: JSX.Element | string;
  entries: readonly GlossaryIndexEntry[];
  hrefFor: (id: string) => string;
}): JSX.Element {
  return (
    <details id={id} class="glossary-group">
      <summary>
        {title} <span class="glossary-count">({termCount(entries.length)})</span>
      </summary>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={hrefFor(e.id)}>{e.name}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Every entry A to Z, with a letter bar. Each letter's entries are a collapsed group: with 500+ entries
 * a reader (and a keyboard) meets 26 letters, not 500 links; a letter in the bar opens its group.
 */
export function GlossaryIndex({ entries, hrefFor }: GlossaryIndexProps): JSX.Element {
  const sorted = [...entries].sort(byName);
  const byLetter = new Map<string, GlossaryIndexEntry[]>();
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
              // No hash change: the side panel routes on the hash. Open the letter and move focus there.
              e.preventDefault();
              const group = document.getElementById(`glossary-letter-${l}`) as HTMLDetailsElement | null;
              if (!group) return;
              group.open = true;
              group.scrollIntoView({ block: 'start' });
              group.querySelector('summary')?.focus({ preventScroll: true });
            }}
          >
            {l}
          </a>
        ))}
      </nav>
      {letters.map((l) => (
        <EntryGroup
          key={l}
          id={`glossary-letter-${l}`}
          title={<span class="glossary-letter">{l}</span>}
          entries={byLetter.get(l)!}
          hrefFor={hrefFor}
        />
      ))}
    </section>
  );
}

export interface GlossaryTopicsProps {
  entries: readonly (GlossaryIndexEntry & { category: string })[];
  /** Each category's name for a reader, in the order to show them. */
  categoryLabels: Readonly<Record<string, string>>;
  hrefFor: (id: string) => string;
}

/** The entries by topic (their category), each topic a collapsed group, names A to Z within it. */
export function GlossaryTopics({ entries, categoryLabels, hrefFor }: GlossaryTopicsProps): JSX.Element {
  const groups = Object.entries(categoryLabels)
    .map(([category, label]) => ({
      category,
      label,
      entries: entries.filter((e) => e.category === category).sort(byName),
    }))
    .filter((g) => g.entries.length > 0);
  return (
    <section aria-labelledby="glossary-topics-title">
      <h2 id="glossary-topics-title">Terms by topic</h2>
      {groups.map((g) => (
        <EntryGroup
          key={g.category}
          id={`glossary-topic-${g.category}`}
          title={g.label}
          entries={g.entries}
          hrefFor={hrefFor}
        />
      ))}
    </section>
  );
}
