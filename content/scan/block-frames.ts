// The stack of blocks a text walk is inside (content/scan/text-walk.ts): for each, where it sits in
// the walk's path and what its runs found. A block is reported to the sink when the walk leaves it.
import type { BlockKey } from '../dom/dom-rules';
import type { FoundTerm } from '../ports';
import type { RunFrame } from './run-matcher';

export interface WalkStats {
  textNodes: number;
  chars: number;
}

/** Receives each block's terms when the walk leaves the block (an empty list when it has none). */
export type BlockSink = (block: BlockKey, found: readonly FoundTerm[]) => void;

export const NONE: readonly FoundTerm[] = [];

/** A block the walk is in: where its path index is, and (RunFrame) what its runs found. */
export interface Frame extends RunFrame {
  block: BlockKey | null;
  /** Index of the block in the walk's path. */
  at: number;
}

export class BlockFrames {
  /** Frames are reused from walk to walk: a page has many blocks, and few nested at once. */
  readonly #frames: Frame[] = [];
  #top = -1;

  /** The innermost open block, if any (none under an inline root). */
  get innermost(): Frame | undefined {
    return this.#top >= 0 ? this.#frames[this.#top] : undefined;
  }

  /** Where in the path the innermost open block is (-1: none, as under an inline root). */
  innermostAt(): number {
    return this.#top >= 0 ? this.#frames[this.#top]!.at : -1;
  }

  push(block: BlockKey, at: number): void {
    const i = ++this.#top;
    const f = this.#frames[i];
    if (f) {
      f.block = block;
      f.at = at;
      f.found = null;
      f.medical = false;
      f.stale = false;
    } else {
      this.#frames[i] = { block, at, found: null, medical: false, stale: false };
    }
  }

  /** Reports the innermost block (unless its text changed meanwhile), and leaves it. */
  close(sink: BlockSink): void {
    const f = this.#frames[this.#top--]!;
    const block = f.block!;
    const found = f.found;
    f.block = null;
    f.found = null;
    if (!f.stale) sink(block, found !== null && f.medical ? found : NONE);
  }

  /** The block's text changed while the walk is inside it: it will not be reported. */
  markStale(block: BlockKey): void {
    for (let i = 0; i <= this.#top; i++) if (this.#frames[i]!.block === block) this.#frames[i]!.stale = true;
  }

  /** Leaves, unreported, every block deeper in the path than `level`; says whether there was one. */
  leaveBelow(level: number): boolean {
    let left = false;
    while (this.#top >= 0 && this.#frames[this.#top]!.at > level) {
      this.#frames[this.#top--]!.found = null;
      left = true;
    }
    return left;
  }

  /** Leaves every block, unreported (the walk's root is gone). */
  leaveAll(): void {
    for (let i = 0; i <= this.#top; i++) this.#frames[i]!.found = null;
    this.#top = -1;
  }

  /** The walk ended a root: no block is open (what they found is reported or dropped already). */
  clear(): void {
    this.#top = -1;
  }
}
