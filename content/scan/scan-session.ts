// One scan of a page from start to stop, with the two gates that keep a frame with nothing to explain
// cheap: a frame too small to read waits until it grows, and the page is first walked with the first
// stage alone (the build's table of words that may begin a form). The forms are read and compiled, and
// the page walked again for real, only the first time a word may begin one.
import { compileMatcher, createFirstStage, type MatcherForm, type TermMatcher } from '@/lib/term-matcher';
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
  #upgrading = false;
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
    if (this.#matcher || !data.firstStage) this.#matcher ??= compileMatcher(data.forms ?? []);
    this.#scanWith(this.#matcher ?? this.#probe(data.firstStage!));
  }

  stop(): void {
    this.#running = false;
    this.#upgrading = false;
    this.#scanner?.stop();
    this.#scanner = null;
  }

  #scanWith(matcher: TermMatcher): void {
    const { win, life, index, onChange, onStale, onSlice } = this.#o;
    this.#scanner = new PageScanner(win.document, matcher, index, life, onChange, onStale, onSlice);
    this.#scanner.start();
  }

  /** A matcher that finds nothing and asks only the first stage; the first yes starts the upgrade. */
  #probe(keys: Uint32Array): TermMatcher {
    const test = (this.#firstStage ??= createFirstStage(keys));
    const ask = (pieces: readonly string[], count: number) => {
      if (!this.#upgrading && test(pieces, count)) {
        this.#upgrading = true;
        this.#scanner?.interrupt();
        queueMicrotask(() => void this.#upgrade());
      }
    };
    return {
      formCount: 0,
      // A run too long for the quick test is handed to findMatches whole, window by window.
      findMatches: (text) => {
        ask([text], 1);
        return [];
      },
      mayMatch: (pieces, count) => {
        ask(pieces, count);
        return false;
      },
    };
  }

  async #upgrade(): Promise<void> {
    const probe = this.#scanner;
    probe?.stop();
    const { data } = this.#o;
    let forms: readonly MatcherForm[] = data.forms ?? [];
    try {
      if (data.loadForms) forms = await data.loadForms();
    } catch {
      forms = data.forms ?? [];
    }
    if (!this.#running || this.#scanner !== probe) return;
    this.#matcher = compileMatcher(forms);
    this.#upgrading = false;
    this.#scanWith(this.#matcher);
  }
}
