// The Explain view's state: the text being explained, where it came from, reading a file, and the
// paragraphs explained so far. Nothing here is stored or sent: the text lives in this panel's memory
// only, and is gone when the panel closes. The module keeps it while the view is away, so following
// a term to its glossary entry and coming back shows the text again (and a file being read goes on).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import type { TermMatcher } from '@/lib/term-matcher';
import {
  EXPLAIN_LIMITS,
  explainInSlices,
  limitText,
  listTerms,
  splitParagraphs,
  type ExplainedParagraph,
  type ListedTerm,
  type SliceClock,
} from '@/lib/explain-text';
import { claimedKind, decodeText, hasPdfHeader, type FileProblem } from '@/lib/file-kind';
import { readPdfText, type PdfEngine } from './read-pdf';

export interface ExplainSource {
  kind: 'pasted' | 'selection' | 'file';
  /** The file's name. */
  name?: string;
  /** A PDF's pages, and how many of them had no text (scanned pages). */
  pages?: number;
  emptyPages?: number;
}

export interface ExplainState {
  phase: 'empty' | 'reading' | 'marking' | 'done' | 'problem';
  source: ExplainSource | null;
  /** Pages read (phase "reading") or paragraphs marked (phase "marking"), of how many. */
  progress: { done: number; total: number } | null;
  paragraphs: readonly ExplainedParagraph[];
  problem: FileProblem | null;
  /** The text was longer than EXPLAIN_LIMITS.textChars and was cut. */
  cut: boolean;
}

export interface Handoff {
  text: string;
  at: number;
}

const EMPTY: ExplainState = { phase: 'empty', source: null, progress: null, paragraphs: [], problem: null, cut: false };

let matcher: TermMatcher | null = null;
const getMatcher = () => (matcher ??= compileGlossaryMatcher(glossary));

const browserClock: SliceClock = {
  now: () => performance.now(),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

/** This panel's memory of the view (never storage): what it shows, the box's text, the handoff used. */
const memory = { state: EMPTY, draft: '', handoffAt: 0 };
/** Each new text or file starts a new job; an older job's late results are dropped. */
let job = 0;
/** The view on screen, if any. */
let shown: ((state: ExplainState) => void) | null = null;

interface Job {
  id: number;
  clock: SliceClock;
  engine?: PdfEngine;
}

/** Updates the state if `j` is still the current job. */
function update(j: Job, next: (s: ExplainState) => ExplainState): void {
  if (j.id !== job) return;
  memory.state = next(memory.state);
  shown?.(memory.state);
}

function begin(first: ExplainState, clock: SliceClock, engine?: PdfEngine): Job {
  const j = { id: ++job, clock, engine };
  update(j, () => first);
  return j;
}

const current = (j: Job) => () => j.id !== job;

function fail(j: Job, problem: FileProblem): void {
  update(j, (s) => ({ ...s, phase: 'problem', problem, progress: null }));
}

async function explainText(j: Job, raw: string, source: ExplainSource, cutBefore = false): Promise<void> {
  const { text, cut } = limitText(raw);
  const paragraphs = splitParagraphs(text);
  update(j, (s) => ({ ...s, phase: 'marking', source, cut: cut || cutBefore, paragraphs: [] }));
  await explainInSlices(paragraphs, getMatcher(), {
    clock: j.clock,
    cancelled: current(j),
    onSlice: (slice, done, total) =>
      update(j, (s) => ({ ...s, paragraphs: [...s.paragraphs, ...slice], progress: { done, total } })),
  });
  update(j, (s) => ({ ...s, phase: 'done', progress: null }));
}

async function readFile(j: Job, file: File, source: ExplainSource): Promise<void> {
  if (file.size > EXPLAIN_LIMITS.fileBytes) return fail(j, { kind: 'too-large', bytes: file.size });
  if (file.size === 0) return fail(j, { kind: 'empty' });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail(j, { kind: 'failed' });
  }
  if (current(j)()) return;
  if (hasPdfHeader(bytes.subarray(0, 1024))) {
    const result = await readPdfText(bytes, {
      engine: j.engine,
      cancelled: current(j),
      onProgress: (done, total) => update(j, (s) => ({ ...s, progress: { done, total } })),
    });
    if (result.kind === 'cancelled') return;
    if (result.kind === 'problem') return fail(j, result.problem);
    const pdfSource = { ...source, pages: result.pages, emptyPages: result.emptyPages };
    return explainText(j, result.text, pdfSource, result.cut);
  }
  const claimed = claimedKind(file.name, file.type);
  if (claimed === 'pdf') return fail(j, { kind: 'damaged' });
  // UTF-8 needs at most 3 bytes per UTF-16 unit: this many bytes hold all the text that is shown.
  const shownBytes = bytes.subarray(0, EXPLAIN_LIMITS.textChars * 3 + 4);
  const text = decodeText(shownBytes);
  if (text === null) return fail(j, claimed === 'text' ? { kind: 'not-text' } : { kind: 'not-supported' });
  if (!/\S/.test(text)) return fail(j, { kind: 'empty' });
  return explainText(j, text, source, shownBytes.length < bytes.length);
}

export interface ExplainOptions {
  /** A long selection from the context menu (hooks/use-panel-route.ts). */
  handoff: Handoff | null;
  /** For tests: pdf.js without a worker, and a clock. */
  engine?: PdfEngine;
  clock?: SliceClock;
}

export interface Explain {
  state: ExplainState;
  terms: ListedTerm[];
  draft: string;
  setDraft: (text: string) => void;
  explainDraft: () => void;
  openFile: (file: File) => void;
  stop: () => void;
  clear: () => void;
}

export function useExplain({ handoff, engine, clock = browserClock }: ExplainOptions): Explain {
  const [state, setState] = useState(memory.state);
  const [draft, setDraftState] = useState(memory.draft);
  const terms = useMemo(() => listTerms(state.paragraphs), [state.paragraphs]);

  useEffect(() => {
    shown = setState;
    setState(memory.state);
    return () => {
      if (shown === setState) shown = null;
    };
  }, []);

  const setDraft = (text: string) => {
    memory.draft = text;
    setDraftState(text);
  };

  // A long selection from the context menu: shown in the box and explained, once per handoff.
  useEffect(() => {
    if (!handoff || handoff.at === memory.handoffAt) return;
    memory.handoffAt = handoff.at;
    memory.draft = handoff.text;
    setDraftState(handoff.text);
    const j = begin({ ...EMPTY, phase: 'marking', source: { kind: 'selection' } }, clock, engine);
    void explainText(j, handoff.text, { kind: 'selection' });
  }, [handoff, clock, engine]);

  // A file dropped beside the drop area would replace the panel with the file: not while here.
  useEffect(() => {
    const keep = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  return {
    state,
    terms,
    draft,
    setDraft,
    explainDraft: () => {
      const j = begin({ ...EMPTY, phase: 'marking', source: { kind: 'pasted' } }, clock, engine);
      void explainText(j, memory.draft, { kind: 'pasted' });
    },
    openFile: (file) => {
      const source: ExplainSource = { kind: 'file', name: file.name };
      void readFile(begin({ ...EMPTY, phase: 'reading', source }, clock, engine), file, source);
    },
    stop: () => {
      job++;
      const s = memory.state;
      memory.state = { ...s, phase: s.paragraphs.length ? 'done' : 'empty', progress: null };
      setState(memory.state);
    },
    clear: () => {
      job++;
      memory.state = EMPTY;
      setState(EMPTY);
      setDraft('');
    },
  };
}
