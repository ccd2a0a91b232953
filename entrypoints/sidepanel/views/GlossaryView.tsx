// "Glossary": search, the routed entry, and the entries by topic and A to Z.
import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { findGlossaryEntry, glossary } from '@/data/glossary';
import { glossaryCategoryLabels } from '@/data/glossary/categories';
import { findGlossaryDetail } from '@/data/glossary/details';
import { notMedicalAdvice } from '@/data/review';
import { createGlossarySearch } from '@/lib/glossary-search';
import { routeToHash } from '@/lib/panel-route';
import { GlossarySearch } from '@/components/GlossarySearch';
import { GlossaryIndex, GlossaryTopics } from '@/components/GlossaryIndex';
import { GlossaryEntryView } from '@/components/GlossaryEntryView';
import { Notice } from '@/components/Notice';
import { Disclaimer } from '@/components/Disclaimer';
import { ReadAloud } from '@/components/ReadAloud';
import { KeepWordButton } from '@/components/KeepWordButton';
import { isKeptListFull, isWordKept, type KeptWords } from '@/lib/kept-words';
import { useSpeech } from '@/hooks/use-speech';
import { cite, reviewed } from './panel-data';

export interface GlossaryViewProps {
  /** The entry in the route, if any. */
  entryId?: string;
  query: string;
  onQuery: (query: string) => void;
  /** The words kept to ask the doctor about, and the ways to change them (hooks/use-app-state.ts). */
  kept: KeptWords;
  onKeep: (id: string, name: string) => void;
  onRemove: (id: string) => void;
}

const glossaryHref = (id: string) => routeToHash({ view: 'glossary', id });

export function GlossaryView({ entryId, query, onQuery, kept, onKeep, onRemove }: GlossaryViewProps): JSX.Element {
  const search = useMemo(() => createGlossarySearch(glossary), []);
  const results = useMemo(() => search.find(query, 15), [query, search]);
  const entry = entryId ? findGlossaryEntry(entryId) : undefined;
  const detail = entry ? findGlossaryDetail(entry.id) : undefined;
  const speech = useSpeech();
  return (
    <>
      <h2>Glossary</h2>
      <GlossarySearch
        query={query}
        onQuery={onQuery}
        results={results}
        onOpen={(id) => (location.hash = glossaryHref(id))}
        idPrefix="panel"
      />
      {entryId && !entry && <Notice>No glossary entry called “{entryId}”.</Notice>}
      {entry && (
        <ReadAloud
          key={entry.id}
          id={entry.id}
          title={entry.name}
          available={speech.available}
          speaking={speech.speaking === entry.id}
          onSpeak={speech.speak}
          onStop={speech.stop}
        >
          <GlossaryEntryView
            entry={entry}
            detail={detail}
            related={(detail?.related ?? []).flatMap((id) => {
              const r = findGlossaryEntry(id);
              return r ? [{ id: r.id, name: r.name }] : [];
            })}
            hrefFor={glossaryHref}
            cite={cite}
          />
        </ReadAloud>
      )}
      {entry && (
        <KeepWordButton
          name={entry.name}
          kept={isWordKept(kept, entry.id)}
          full={isKeptListFull(kept)}
          onKeep={() => onKeep(entry.id, entry.name)}
          onRemove={() => onRemove(entry.id)}
        />
      )}
      <GlossaryTopics entries={glossary} categoryLabels={glossaryCategoryLabels} hrefFor={glossaryHref} />
      <GlossaryIndex entries={glossary} hrefFor={glossaryHref} />
      <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
    </>
  );
}
