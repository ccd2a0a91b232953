// "Explain text": text the content script cannot reach (a visit summary, a PDF from the computer, a
// long selection from the context menu), shown with its glossary terms marked and listed.
import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { findGlossaryEntry } from '@/data/glossary';
import { notMedicalAdvice } from '@/data/review';
import { EXPLAIN_LIMITS } from '@/lib/explain-text';
import { isKeptListFull, isWordKept, type KeptWords } from '@/lib/kept-words';
import { ACCEPTED_FILES, problemMessage } from '@/lib/file-kind';
import { routeToHash } from '@/lib/panel-route';
import { TextSourceForm } from '@/components/TextSourceForm';
import { ExplainedText } from '@/components/ExplainedText';
import { ExplainTermList, type ExplainTerm } from '@/components/ExplainTermList';
import { Notice } from '@/components/Notice';
import { KeepWordButton } from '@/components/KeepWordButton';
import { Disclaimer } from '@/components/Disclaimer';
import { useExplain, type ExplainOptions, type ExplainSource } from '../explain/use-explain';
import { reviewed } from './panel-data';

export interface ExplainViewProps extends ExplainOptions {
  /** The words kept to ask the doctor about, and the ways to change them (hooks/use-app-state.ts). */
  kept: KeptWords;
  onKeep: (id: string, name: string) => void;
  onRemove: (id: string) => void;
}

const glossaryHref = (id: string) => routeToHash({ view: 'glossary', id });
const nameOf = (id: string) => findGlossaryEntry(id)?.name ?? id;
const LIMITS_TEXT = `PDF or plain text, up to ${EXPLAIN_LIMITS.fileBytes / (1024 * 1024)} MB and ${EXPLAIN_LIMITS.pdfPages} pages.`;

function describeSource(source: ExplainSource): string {
  if (source.kind === 'selection') return 'The text you selected on the page.';
  if (source.kind === 'pasted') return 'The text you pasted.';
  const pages = source.pages ? `, ${source.pages} page${source.pages === 1 ? '' : 's'}` : '';
  return `From “${source.name}”${pages}.`;
}

export function ExplainView({ kept, onKeep, onRemove, ...options }: ExplainViewProps): JSX.Element {
  const { state, terms, draft, setDraft, explainDraft, openFile, stop, clear } = useExplain(options);
  const listed = useMemo<ExplainTerm[]>(
    () =>
      terms.flatMap((t) => {
        const entry = findGlossaryEntry(t.id);
        return entry ? [{ id: t.id, name: entry.name, short: entry.short, count: t.count }] : [];
      }),
    [terms],
  );
  const keepButtons = Object.fromEntries(
    listed.map((t) => [
      t.id,
      <KeepWordButton
        key={t.id}
        name={t.name}
        kept={isWordKept(kept, t.id)}
        full={isKeptListFull(kept)}
        onKeep={() => onKeep(t.id, t.name)}
        onRemove={() => onRemove(t.id)}
      />,
    ]),
  );
  const busy = state.phase === 'reading' || state.phase === 'marking';
  const problem = state.problem ? problemMessage(state.problem) : null;
  const progress = state.progress;
  const source = state.source;

  return (
    <>
      <h2>Explain text</h2>
      <p>
        Some of what you read never reaches a web page: visit summaries, lab letters, papers saved as PDF. Paste the
        text or open the file, and PainLens marks the words it can explain.
      </p>
      <TextSourceForm
        draft={draft}
        onDraft={setDraft}
        onExplain={explainDraft}
        onFile={openFile}
        accept={ACCEPTED_FILES}
        limitsText={LIMITS_TEXT}
      />
      <div role="status">
        {busy && (
          <div class="stack">
            <p>
              {state.phase === 'reading'
                ? progress
                  ? `Reading page ${progress.done} of ${progress.total}…`
                  : `Opening “${source?.name ?? 'the file'}”…`
                : 'Marking the words PainLens can explain…'}
            </p>
            {progress && (
              <progress
                max={progress.total}
                value={progress.done}
                aria-label={state.phase === 'reading' ? 'Pages read' : 'Text marked'}
              />
            )}
          </div>
        )}
        {state.phase === 'done' && (
          <p>
            {listed.length === 0
              ? 'PainLens found no words from its glossary in this text.'
              : `PainLens found ${listed.length} word${listed.length === 1 ? '' : 's'} it can explain.`}
          </p>
        )}
      </div>
      {busy && (
        <p>
          <button type="button" class="btn" onClick={stop}>
            Stop
          </button>
        </p>
      )}
      {problem && (
        <Notice>
          <p>
            <strong>{problem.title}</strong>
          </p>
          <p>{problem.detail}</p>
        </Notice>
      )}
      {state.paragraphs.length > 0 && source && (
        <section aria-labelledby="explain-result-heading" class="stack">
          <h3 id="explain-result-heading">Words PainLens can explain</h3>
          <p class="small muted">{describeSource(source)}</p>
          {source.emptyPages ? (
            <Notice>
              {source.emptyPages} page{source.emptyPages === 1 ? ' has' : 's have'} no text PainLens can read. They may
              be scans or pictures.
            </Notice>
          ) : null}
          {state.cut && (
            <Notice>
              This text is very long. PainLens shows the first {EXPLAIN_LIMITS.textChars.toLocaleString('en-US')}{' '}
              characters.
            </Notice>
          )}
          {listed.length > 0 && <ExplainTermList terms={listed} hrefFor={glossaryHref} termActions={keepButtons} />}
          <h3>Your text</h3>
          <ExplainedText paragraphs={state.paragraphs} nameOf={nameOf} />
          <p>
            <button type="button" class="btn" onClick={clear}>
              Clear the text
            </button>
          </p>
        </section>
      )}
      <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
    </>
  );
}
