// One scan of a page from start to stop, with the two gates that keep a frame with nothing to explain
// cheap: a frame too small to read waits until it grows, and the page is walked with the first stage
// as its quick test (the build's table of words that may begin a form). The forms are read (from
// storage.local in the content script) only the first time a word may begin one: the walk waits at
// that run of text (content/scan/run-matcher.ts, ScanMatcher.waiting) and goes on from there with
// them, so no text is read twice. They come in groups by first word, and a group is unpacked and
// compiled only when the page holds its word (lib/term-matcher.ts, compileGroupedMatcher).
import { compileGroupedMatcher, compileMatcher, createFirstStage, keyTest, type TermMatcher } from '@/lib/term-matcher';
import { readFormGroups, unpackFormGroup, unpackFormGroups, type FormGroups } from '@/lib/term-data';
import type { KeyTable } from '@/lib/key-table';
import type { ContentData, ContentLifecycle, ScanState, ScanStats } from '../ports';
import type { IndexChange, IndexedTerm, TermIndex } from '../term-index';
import { PageScanner } from './page-scanner';
import type { ScanMatcher } from './run-matcher';

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
  /** The first stage's test on its keys: the compiled matcher asks it too, which words may begin a form. */
  #mayBegin: ((prev: number, h: number) => boolean) | null = null;
  /** From the first candidate until the forms are read (or could not be): the scan waits. */
  #waitingForForms = false;
  /** The forms could not be read: nothing is marked until the next start, which asks again. */
  #noForms = false;
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
    this.#noForms = false;
    const { data } = this.#o;
    const matcher =
      this.#matcher ??
      (data.firstStage !== undefined && data.loadForms
        ? this.#firstStageFirst(typeof data.firstStage === 'function' ? data.firstStage() : data.firstStage)
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
   * A matcher whose quick test is the first stage until a word may begin a form. Then the forms are
   * read (once per page): meanwhile it is `waiting`, so the walk waits at that run; once they are
   * compiled it is the compiled matcher.
   */
  #firstStageFirst(keys: KeyTable | null): ScanMatcher {
    // No keys (storage and the worker failed): every word may begin a form, so the forms are read.
    if (!this.#firstStage && keys) {
      const mayBegin = (this.#mayBegin = keyTest(keys));
      this.#firstStage = createFirstStage(keys, mayBegin);
    }
    const test = (this.#firstStage ??= () => true);
    const candidate = (hit: boolean): boolean => {
      if (hit && !this.#noForms) this.#candidateFound();
      return hit;
    };
    const waiting = () => this.#waitingForForms;
    return {
      formCount: 0,
      get waiting() {
        return waiting();
      },
      mayMatch: (pieces, count) =>
        this.#matcher
          ? this.#matcher.mayMatch!(pieces, count)
          : this.#waitingForForms || candidate(test(pieces, count)),
      // A run too long for the quick test is handed to findMatches whole, window by window.
      findMatches: (text) => {
        if (this.#matcher) return this.#matcher.findMatches(text);
        if (!this.#waitingForForms) candidate(test([text], 1));
        return [];
      },
    };
  }

  #candidateFound(): void {
    if (this.#waitingForForms) return;
    this.#waitingForForms = true;
    this.#o.data.loadForms!().then(
      (groups) => {
        this.#matcher = this.#compile(groups);
        this.#resume();
      },
      () => {
        // No forms to read (storage and the worker failed): the walk finishes, marking nothing.
        this.#noForms = true;
        this.#resume();
      },
    );
  }

  /** Groups are compiled as the page needs them; without the keys, every form at once. */
  #compile(groups: FormGroups): TermMatcher {
    const mayBegin = this.#mayBegin;
    return mayBegin
      ? compileGroupedMatcher(readFormGroups(groups), unpackFormGroup, mayBegin)
      : compileMatcher(unpackFormGroups(groups));
  }

  #resume(): void {
    this.#waitingForForms = false;
    if (this.#running) this.#scanner?.resume();
  }
}
