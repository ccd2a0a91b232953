// One scan of a page from start to stop, with the two gates that keep a frame with nothing to explain
// cheap: a frame too small to read waits until it grows, and the page is walked with the first stage
// as its quick test (the build's table of words that may begin a form). The forms are read (from
// storage.local in the content script) and compiled only the first time a word may begin one: the
// walk pauses there and starts again from the top with them, so the part read so far, which held no
// candidate, is the only text read twice.
import { compileMatcher, createFirstStage, type TermMatcher } from '@/lib/term-matcher';
import type { ContentData, ContentLifecycle, ScanState, ScanStats } from '../ports';
import type { IndexChange, IndexedTerm, TermIndex } from '../term-index';
import { PageScanner } from './page-scanner';

/** A frame smaller than this (px, either side) shows no readable text: it starts when it grows. */
export const MIN_FRAME_SIDE = 50;

/** A frame (not the top page) too small to read, or not displayed (0 × 0). */
export function frameTooSmall(win: Pick<Window, 'top' | 'innerWidth' | 'innerHeight'>): boolean {
  return win.top !== win && (win.innerWidth < MIN_FRAME_SIDE || win.innerHeight < MIN_FRAME_SIDE);
}

export interface ScanSessionOptions {
  win: Window;
  life: ContentLifecycle;
  index: TermIndex;
  data: ContentData;
  onChange: (change: IndexChange) => void;
  onStale: (terms: readonly IndexedTerm[]) => void;
  onSlice?: (start: number, end: number, stats: ScanStats) => void;
}

export class ScanSession {
  #scanner: PageScanner | null = null;
  /** Compiled once per page, on the first candidate word (or at once without a first stage). */
  #matcher: TermMatcher | null = null;
  #firstStage: ((texts: readonly string[], count: number) => boolean) | null = null;
  /** From the first candidate until the forms are read: one read at a time. */
  #reading = false;
  /** Between the first candidate and the forms' arrival: the scan is paused, and busy. */
  #waitingForForms = false;
  #running = false;
  #waitingForSize = false;
  readonly #o: ScanSessionOptions;

  constructor(options: ScanSessionOptions) {
    this.#o = options;
  }

  get scanner(): ScanState | null {
    return this.#waitingForForms && this.#running ? WAITING_FOR_FORMS : this.#scanner;
  }

  start(): void {
    this.#running = true;
    const { win, life } = this.#o;
    if (frameTooSmall(win)) {
      if (!this.#waitingForSize) {
        this.#waitingForSize = true;
        life.addEventListener(win, 'resize', () => {
          if (this.#running && !this.#scanner && !frameTooSmall(win)) this.start();
        });
      }
      return;
    }
    if (this.#waitingForForms) return;
    const { data } = this.#o;
    const matcher =
      this.#matcher ??
      (data.firstStage && data.loadForms
        ? this.#firstStageOnly(data.firstStage)
        : (this.#matcher = compileMatcher(data.forms ?? [])));
    const { index, onChange, onStale, onSlice } = this.#o;
    this.#scanner = new PageScanner(win.document, matcher, index, life, onChange, onStale, onSlice);
    this.#scanner.start();
  }

  stop(): void {
    this.#running = false;
    this.#scanner?.stop();
    this.#scanner = null;
  }

  /**
   * A matcher that finds nothing and asks the first stage about every text: at the first word that
   * may begin a form it pauses the scan and reads the forms; the scan then starts again with them.
   */
  #firstStageOnly(keys: Uint32Array): TermMatcher {
    const test = (this.#firstStage ??= createFirstStage(keys));
    const candidate = (hit: boolean): false => {
      if (hit) this.#candidateFound();
      return false;
    };
    return {
      formCount: 0,
      mayMatch: (pieces, count) => !this.#waitingForForms && candidate(test(pieces, count)),
      // A run too long for the quick test is handed to findMatches whole, window by window.
      findMatches: (text) => (!this.#waitingForForms && candidate(test([text], 1)), []),
    };
  }

  #candidateFound(): void {
    this.#waitingForForms = true;
    // Stopped in its slice (the slice ends at its next check of the clock): nothing it read held a term.
    this.#scanner?.stop();
    this.#scanner = null;
    if (this.#reading) return;
    this.#reading = true;
    this.#o.data.loadForms!().then(
      (forms) => {
        this.#matcher = compileMatcher(forms);
        this.#resume();
      },
      () => {
        // No forms to read (storage and the worker failed): nothing is marked; the next start asks again.
        this.#reading = this.#waitingForForms = false;
      },
    );
  }

  #resume(): void {
    this.#reading = this.#waitingForForms = false;
    if (this.#running && this.#matcher) this.start();
  }
}

/** The scan's state while the forms are read: running, and busy (a test or the bench waits for it). */
const WAITING_FOR_FORMS: ScanState = { isRunning: true, isBusy: true };
