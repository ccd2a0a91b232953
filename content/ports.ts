// What the page code is given and what it gives back: the extension side (lifecycle, storage,
// messages) is injected through these, so the same stages run in the content script, on the welcome
// page and in tests. Types only.
import type { ContentMessage, KeepWordResult, TermCounts } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { MatcherForm } from '@/lib/term-matcher';
import type { FormGroups, TooltipTerm } from '@/lib/term-data';
import type { KeyTable } from '@/lib/key-table';
import type { IndexChange, IndexedTerm, TermIndex } from './term-index';

export interface ScanScheduler {
  requestIdleCallback(cb: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  /** With it, changes are gathered before they are read (content/scan/page-scanner.ts, COALESCE_MS). */
  setTimeout?(fn: () => void, ms: number): number;
}

export interface ContentLifecycle extends ScanScheduler {
  setTimeout(fn: () => void, ms: number): number;
  requestAnimationFrame(fn: FrameRequestCallback): number;
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (e: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  onInvalidated(fn: () => void): void;
}

export interface ContentState {
  settings: Settings;
  siteOff: boolean;
}

export interface ContentBridge {
  /** Site key of this page ('' on file:, data: and about: pages). */
  site: string;
  loadState(): Promise<ContentState>;
  watchState(onChange: (state: ContentState) => void): void;
  reportTerms(counts: TermCounts): void;
  /** Tooltip texts (names, definitions, source labels), fetched once on first need. */
  loadTermTexts(): Promise<ReadonlyMap<string, TooltipTerm>>;
  openTerm(termId: string): void;
  /** "Ask my doctor about this word": keeps the term on the reader's list for the handout. */
  keepWord(termId: string): Promise<KeepWordResult>;
  turnOffSite(): void;
  onMessage(handler: (message: ContentMessage) => void): void;
}

export interface ContentData {
  /** The match forms, or (the content script) a way to read them and the first stage's keys. */
  forms?: readonly MatcherForm[];
  /**
   * Reads the forms, in groups by first word (the content script: from storage.local): called once,
   * the first time the first stage lets a word through, never in a frame without one. A group is
   * unpacked and compiled only when the page holds its word.
   */
  loadForms?: () => Promise<FormGroups>;
  /** The first stage's key table, or (the content script) where to find it once the state is read. */
  firstStage?: KeyTable | (() => KeyTable | null);
  footnote: string;
  /**
   * The half of the page code a frame needs once it has a term (content/start-reader.ts). The content
   * script passes a dynamic import, so a frame with nothing to explain never evaluates it; tests and
   * the welcome page pass it at once.
   */
  loadReader: () => StartReader | Promise<StartReader>;
  /** Called after each scan slice with its times and counts (bench and development builds). */
  onSlice?: (start: number, end: number, stats: ScanStats) => void;
}

/** What content/start-reader.ts is given: the frame, the extension and the scan's index. */
export interface ReaderOptions {
  win: Window;
  life: ContentLifecycle;
  bridge: ContentBridge;
  index: TermIndex;
  footnote: string;
  guard: GuardLog;
  isActive: () => boolean;
}

/** The reader half of the page code: it paints the index's terms and explains them. */
export interface PageReader {
  change(change: IndexChange): void;
  stale(terms: readonly IndexedTerm[]): void;
  /** On, or its settings changed: configure and show the highlights. */
  activate(settings: Settings): void;
  /** Off (paused, or for this site): hide everything. */
  deactivate(): void;
  handle(message: ContentMessage): void;
  surface(): SurfaceState;
  destroy(): void;
}

export type StartReader = (options: ReaderOptions) => PageReader;

export interface ScanStats {
  textNodes: number;
  chars: number;
  matches: number;
  terms: number;
}

/** What the scanner is to the rest of the page code. */
export interface ScanState {
  readonly isRunning: boolean;
  readonly isBusy: boolean;
}

export interface ContentController {
  readonly index: TermIndex;
  /** What PainLens refused from the page so far. */
  readonly guard: GuardCounts;
  /** The closed surface, for the e2e probe only. */
  surface(): SurfaceState;
  readonly scanner: ScanState | null;
  apply(state: ContentState): void;
  handle(message: ContentMessage): void;
  stop(): void;
}

/** A term found in a block's text, located in the block's text nodes (the scan stage's output). */
export interface FoundTerm {
  termId: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the match touches, in order (one for most matches). */
  nodes: Text[];
}

/** Where the page code records what it refused from the page (utils/content-probe.ts reads it). */
export interface GuardLog {
  /** An event or press not accepted: `kind` says which (e.g. "pointer:untrusted", "press:not-armed"). */
  refused(kind: string): void;
  /** PainLens's surface was changed by someone else, and dropped. */
  tampered(why: string): void;
}

export interface GuardCounts {
  /** Refusals by kind ("pointer:untrusted", "key:untrusted", "press:untrusted", "press:not-armed"…). */
  readonly refused: Readonly<Record<string, number>>;
  /** Why each dropped surface was dropped, in order. */
  readonly tampered: readonly string[];
}

/**
 * PainLens's closed surface as the e2e probe sees it (utils/content-probe.ts), in the content
 * script's isolated world, which no page can reach: the root itself (the tests read the card from
 * it there), and what the root cannot tell.
 */
export interface SurfaceState {
  root: ShadowRoot | null;
  /** The term of the card shown, or null. */
  termId: string | null;
  /** The card takes presses (it has been visible long enough). */
  armed: boolean;
  /** A close request (Android's Back, Escape) closes the card: it holds a CloseWatcher (phones). */
  closeWatch: boolean;
  /** Cards shown so far, when the last one was (performance.now()), and the last names (at most 50). */
  shown: number;
  lastShownAt: number;
  history: string[];
}
