// One scan of a page from start to stop, with the two gates that keep a frame with nothing to explain
// cheap: a frame too small to read waits until it grows, and the page is walked with the first stage
// as its quick test (the build's table of words that may begin a form). The forms are unpacked and
// compiled only the first time a word may begin one, and the walk goes on with them.
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
  #running = false;
  #waitingForSize = false;
  readonly #o: ScanSessionOptions;

  constructor(options: ScanSessionOptions) {
    this.#o = options;
  }

  get scanner(): ScanState | null {
    return this.#scanner;
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
    const { data } = this.#o;
    const matcher = data.firstStage
      ? this.#lazy(data.firstStage)
      : (this.#matcher ??= compileMatcher(data.forms ?? []));
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
   * A matcher whose quick test is the first stage until a word may begin a form; then (once per page)
   * the forms are unpacked and compiled, in that slice, and it is the compiled matcher from then on.
   */
  #lazy(keys: Uint32Array): TermMatcher {
    const test = (this.#firstStage ??= createFirstStage(keys));
    const compiled = (): TermMatcher =>
      (this.#matcher ??= compileMatcher(this.#o.data.loadForms?.() ?? this.#o.data.forms ?? []));
    return {
      formCount: 0,
      mayMatch: (pieces, count) => {
        if (!this.#matcher && !test(pieces, count)) return false;
        return compiled().mayMatch!(pieces, count);
      },
      // A run too long for the quick test is handed to findMatches whole, window by window.
      findMatches: (text) => (this.#matcher || test([text], 1) ? compiled().findMatches(text) : []),
    };
  }
}
