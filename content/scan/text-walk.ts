// One pass over a subtree that reads each block's text in runs and finds the terms in it, pausing
// whenever the caller's time slice is used up. Never writes to the DOM.
//
// Why one pass: walking the blocks and then reading each block's inline text visits the inline
// elements twice; here every node is visited once, in document order, and a block's terms are ready
// when the walk leaves it. Blocks are reported in the order they end (a nested block before its parent).
import type { TermMatcher } from '@/lib/term-matcher';
import { RunMatcher } from './run-matcher';
import { BlockFrames, NONE, type BlockSink, type WalkStats } from './block-frames';
import { byAttributes, isHostLike, rootIsLive, WalkRoots, type TextWalkOptions } from './walk-roots';
import { TAG_FLAGS, TAG_HOST, TAG_INLINE, TAG_SKIP, type BlockKey, type SkipSet } from '../dom/dom-rules';

const TEXT = 3;
const ELEMENT = 1;

export type { FoundTerm } from '../ports';
export type { BlockSink, WalkStats } from './block-frames';
export type { TextWalkOptions } from './walk-roots';
export { CHUNK_CHARS } from './run-matcher';

/**
 * Work between two reads of the clock, in nodes visited (16 characters read count as one): well
 * under a millisecond. Reading the clock is not free (half a microsecond on a cross-origin isolated
 * page), so it is not read after every block; but it is after each block whose text was matched,
 * the costly part.
 */
const WORK_PER_CHECK = 512;

/**
 * Walks a root (an element or shadow root), and the open shadow roots found under it, reporting
 * every block's terms. `run()` works until the caller's clock says stop and resumes where it paused.
 * Between two runs the page may change: the scanner calls `revalidate()` after it has seen the
 * mutations, and `markStale()` for each block whose text changed.
 */
export class TextWalk {
  readonly #roots: WalkRoots;
  /** Elements from the current root down to the parent of `node`; path[0] is the root. */
  readonly #path: Node[] = [];
  /** Index in `path` of the current parent; -1 before the current root is started. */
  #depth = -1;
  /** The next node to visit, a child of path[depth]; null when its children are done. */
  #node: Node | null = null;
  /** The child of path[depth] visited just before `node` (saved when pausing). */
  #prev: Node | null = null;
  /** after[i]: the next sibling of path[i + 1], where level i goes on (saved when pausing). */
  #after: (Node | null)[] = [];
  /** The blocks the walk is inside (block-frames.ts). */
  readonly #frames = new BlockFrames();
  /** The run being read, and its matching (run-matcher.ts). */
  readonly #run: RunMatcher;
  #runCount = 0;
  #runLength = 0;
  readonly #ownOnly: boolean;
  #finished = false;
  /** Work left before the clock is read again (see WORK_PER_CHECK). */
  #work = WORK_PER_CHECK;
  /** The current root's tree scope's skipped elements, if it was searched (else: test each element). */
  #attrSkipped: WeakSet<Element> | null = null;

  readonly #skip: SkipSet;

  constructor(
    readonly root: BlockKey,
    matcher: TermMatcher,
    skip: SkipSet,
    options: TextWalkOptions = {},
  ) {
    this.#run = new RunMatcher(matcher);
    this.#skip = skip;
    this.#ownOnly = options.ownOnly === true;
    this.#roots = new WalkRoots(root, skip, options);
  }

  get done(): boolean {
    return this.#finished;
  }

  /**
   * Walks until done (returns true) or until `over()` says the slice is used up (returns false).
   * The clock is read after each block whose text was matched, and after WORK_PER_CHECK of work.
   */
  run(over: () => boolean, sink: BlockSink, stats: WalkStats): boolean {
    if (this.#finished) return true;
    this.#roots.newRun();
    // The state read for every node is kept in locals while walking (this loop runs before the engine
    // has optimized it, on most pages), and written back around the calls that use it.
    const path = this.#path;
    const runNodes = this.#run.nodes;
    const runTexts = this.#run.texts;
    const runStarts = this.#run.starts;
    let node = this.#node;
    let depth = this.#depth;
    let count = this.#runCount;
    let length = this.#runLength;
    let work = this.#work;
    let frameAt = this.#frames.innermostAt();
    let attrSkipped = this.#attrSkipped;
    let textNodes = 0;
    let chars = 0;
    let done = false;
    for (;;) {
      if (this.#run.pending) {
        if (!this.#run.continueLong(over)) break;
        continue;
      }
      if (depth < 0) {
        if (!this.#startRoot()) {
          done = this.#finished = true;
          break;
        }
        node = this.#node;
        depth = this.#depth;
        frameAt = this.#frames.innermostAt();
        attrSkipped = this.#attrSkipped;
        continue;
      }
      if (--work <= 0) {
        work = WORK_PER_CHECK;
        if (over()) break;
      }
      if (node === null) {
        // The children of path[depth] are done.
        const parent = path[depth]!;
        if (frameAt === depth) {
          // The block ends: match its last run (a long one first, over slices), then report it.
          if (count) {
            work -= this.#endRun(count, length);
            count = length = 0;
            continue;
          }
          this.#frames.close(sink);
          frameAt = this.#frames.innermostAt();
          if (depth === 0) {
            this.#nextRoot();
            depth = -1;
          } else {
            node = parent.nextSibling;
            depth--;
          }
          // Read the clock after each block whose text was matched, the costly part.
          if (this.#run.matched) {
            this.#run.matched = false;
            if (over()) break;
          }
          continue;
        }
        if (depth === 0) {
          this.#nextRoot();
          depth = -1;
          continue;
        }
        node = parent.nextSibling;
        depth--;
        continue;
      }
      const type = node.nodeType;
      if (type === TEXT) {
        if (frameAt >= 0) {
          const data = (node as Text).data;
          const len = data.length;
          if (len) {
            runNodes[count] = node as Text;
            runTexts[count] = data;
            runStarts[count] = length;
            count++;
            length += len;
            textNodes++;
            chars += len;
          }
        }
        node = node.nextSibling;
        continue;
      }
      if (type !== ELEMENT) {
        node = node.nextSibling;
        continue;
      }
      const el = node as Element;
      const name = el.localName;
      const flags = TAG_FLAGS.get(name) ?? 0;
      if ((flags & TAG_INLINE) !== 0) {
        if (attrSkipped ? !attrSkipped.has(el) : !byAttributes(el)) {
          // Inline: its text continues the run.
          if (!this.#ownOnly && (flags & TAG_HOST) !== 0) this.#roots.queueShadow(el);
          const first = el.firstChild;
          if (first) {
            path[++depth] = el;
            node = first;
          } else {
            node = el.nextSibling;
          }
          continue;
        }
      } else if ((flags & TAG_SKIP) === 0 && (attrSkipped ? !attrSkipped.has(el) : !byAttributes(el))) {
        // A nested block: it ends the run of the block around it, and is read on its own.
        if (count) {
          this.#depth = depth;
          work -= this.#endRun(count, length);
          count = length = 0;
          if (this.#run.pending) continue; // matched first (over slices); then this element again
        }
        if (this.#ownOnly) {
          node = el.nextSibling;
          continue;
        }
        if (isHostLike(flags, name)) this.#roots.queueShadow(el);
        const first = el.firstChild;
        if (first) {
          path[++depth] = el;
          this.#frames.push(el, depth);
          frameAt = depth;
          node = first;
        } else {
          // An empty block: it may have had terms before.
          sink(el, NONE);
          node = el.nextSibling;
        }
        continue;
      }
      // Skipped: not reading text, and not part of the text around it. It ends the run.
      if (count) {
        this.#depth = depth;
        work -= this.#endRun(count, length);
        count = length = 0;
        if (this.#run.pending) continue;
      }
      node = el.nextSibling;
    }
    this.#runCount = count;
    this.#runLength = length;
    this.#work = work;
    stats.textNodes += textNodes;
    stats.chars += chars;
    if (done) return true;
    this.#depth = depth;
    return this.#pause(node);
  }

  /** Reads another subtree after those queued (the page added it). */
  addRoot(root: Element): void {
    this.#roots.add(root);
    this.#finished = false;
  }

  /**
   * The block's text changed while the walk is inside it: do not report it (the scanner reads it
   * again on its own).
   */
  markStale(block: BlockKey): void {
    this.#frames.markStale(block);
  }

  /**
   * After the page changed between two runs (and the skip rules were brought up to date): checks that
   * the walk's place still exists as it was, and otherwise resumes from the nearest place that does.
   * `moved` holds every node the page removed since (a moved node is removed, then added).
   *
   * What the walk has not reached yet must still be ahead of it: nodes the page added are read by
   * walks of their own (and added text makes its block be read again), but nodes that were there
   * must not be skipped because something the walk stands on moved away.
   */
  revalidate(moved: ReadonlySet<Node>): void {
    if (this.#finished || this.#depth < 0) return;
    const path = this.#path;
    const root = path[0]!;
    if (!rootIsLive(root) || this.#skip.isInside(root)) {
      this.#abandonRoot();
      return;
    }
    for (let i = 1; i <= this.#depth; i++) {
      const n = path[i]!;
      if (n.parentNode !== path[i - 1] || moved.has(n) || this.#isSkipped(n as Element)) {
        // Resume after where it was, if that node is still in place; else read its block again.
        const next = this.#after[i - 1] ?? null;
        if (next === null || (next.parentNode === path[i - 1] && !moved.has(next))) this.#resumeAt(i - 1, next);
        else this.#restartAbove(i);
        this.#savePosition();
        return;
      }
    }
    const parent = path[this.#depth]!;
    const node = this.#node;
    if (node !== null && (node.parentNode !== parent || moved.has(node))) {
      // The next node moved or went: continue after the last one visited, if that is still in place.
      const prev = this.#prev;
      if (prev === null) this.#node = parent.firstChild;
      else if (prev.parentNode === parent && !moved.has(prev)) this.#node = prev.nextSibling;
      else this.#restartAbove(this.#depth + 1);
    }
    this.#savePosition();
  }

  // ---- internals ------------------------------------------------------------------------------

  #isSkipped(el: Element): boolean {
    const set = this.#attrSkipped;
    return ((TAG_FLAGS.get(el.localName) ?? 0) & TAG_SKIP) !== 0 || (set ? set.has(el) : byAttributes(el));
  }

  #pause(node: Node | null): false {
    this.#node = node;
    this.#savePosition();
    return false;
  }

  /** Notes the neighbours of the walk's place, to check it by after the page changes. */
  #savePosition(): void {
    if (this.#depth < 0) return;
    const path = this.#path;
    const node = this.#node;
    this.#prev = node ? node.previousSibling : path[this.#depth]!.lastChild;
    for (let i = 0; i < this.#depth; i++) this.#after[i] = path[i + 1]!.nextSibling;
    this.#after.length = this.#depth;
  }

  /** Goes on at `level` of the path with `node`, leaving the part of the path below it. */
  #resumeAt(level: number, node: Node | null): void {
    const left = this.#frames.leaveBelow(level);
    // The run in progress belonged to a block that was left. (If it belongs to the block around, text
    // left that block, so it is stale and will be read again.)
    if (left) {
      this.#runCount = 0;
      this.#runLength = 0;
    }
    this.#run.drop();
    this.#depth = level;
    this.#path.length = level + 1;
    this.#node = node;
  }

  #startRoot(): boolean {
    const next = this.#roots.start();
    if (!next) return false;
    const { root, scope } = next;
    if (next.isBlock) this.#frames.push(root, 0);
    this.#attrSkipped = this.#skip.setFor(scope);
    this.#path[0] = root;
    this.#depth = 0;
    this.#node = root.firstChild;
    this.#prev = null;
    return true;
  }

  #nextRoot(): void {
    this.#depth = -1;
    this.#frames.clear();
    this.#node = null;
    this.#prev = null;
    this.#path.length = 0;
    this.#roots.next();
  }

  #abandonRoot(): void {
    this.#run.drop();
    this.#runCount = 0;
    this.#runLength = 0;
    this.#frames.leaveAll();
    this.#nextRoot();
    if (this.#roots.exhausted) this.#finished = true;
  }

  /** Part of the path is gone: read again from the innermost block above it that is still in place. */
  #restartAbove(bad: number): void {
    this.#run.drop();
    this.#runCount = 0;
    this.#runLength = 0;
    this.#frames.leaveBelow(bad - 1);
    let at = bad - 1;
    const f = this.#frames.innermost;
    if (f) {
      f.found = null;
      f.medical = false;
      at = f.at;
    }
    this.#depth = at;
    this.#path.length = at + 1;
    this.#node = this.#path[at]!.firstChild;
    this.#prev = null;
  }

  /**
   * The current run of `count` pieces (`length` characters) is over (a block, a <br>, a skipped
   * element, or the block's end): match it. Returns its cost in work (see WORK_PER_CHECK).
   */
  #endRun(count: number, length: number): number {
    this.#runCount = 0;
    this.#runLength = 0;
    this.#run.end(this.#frames.innermost!, count, length);
    return length >> 4;
  }
}
