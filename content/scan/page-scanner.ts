// Scans a page for terms in idle slices and keeps the index current as the page changes.
// Cost follows what changed: a mutation re-reads only the blocks it touched.
import { TextWalk, type BlockSink, type FoundTerm } from './text-walk';
import type { ScanMatcher } from './run-matcher';
import {
  attributeSkips,
  findBlock,
  isInlineElement,
  isShadowRoot,
  HOST_TAG,
  SkipSet,
  SKIP_ATTRIBUTES,
  type BlockKey,
} from '../dom/dom-rules';
import type { ScanScheduler, ScanStats } from '../ports';
import { cutsBetweenText, ELEMENT, isOwnNode, isRunText, staleTerms, TEXT } from './mutation-intake';

import type { IndexChange, IndexedTerm, TermIndex } from '../term-index';

const NOTHING_MOVED: ReadonlySet<Node> = new Set();

export type { ScanScheduler, ScanStats } from '../ports';

/** Longest slice of work, in milliseconds: well under the 50 ms long-task limit. */
export const SLICE_MS = 8;

/**
 * How long changes gather before a slice reads them. A page that changes in bursts (a feed appending
 * every 30 ms, an app re-rendering) is then read in a few slices rather than one a burst: each slice
 * has a cost of its own. New text is marked this much later, which a reader does not notice.
 */
export const COALESCE_MS = 100;

export class PageScanner {
  /** Subtrees to read, in order: the page at start, then what mutations added. Only the first is under way. */
  #walks: TextWalk[] = [];
  /** Blocks whose own text changed: re-read before any walk goes on. */
  #dirty = new Set<BlockKey>();
  /** The re-read of one dirty block, paused between slices when it is enormous. */
  #job: TextWalk | null = null;
  #pending: MutationRecord[] = [];
  /** Records before this index in `pending` are done (a storm is taken in budgeted parts). */
  #pendingAt = 0;
  #observer: MutationObserver | null = null;
  #observed = new WeakSet<Node>();
  #skip = new SkipSet();
  #scheduled = false;
  #running = false;
  /** The target of the last record taken, and whether it is PainLens's own (see #takeMutation). */
  #lastTarget: Node | null = null;
  #lastTargetOwn = false;
  /** The change being collected by the current slice. */
  #change: IndexChange = { added: [], removed: [] };
  /** The terms in #change.added (see #dropTerms). */
  readonly #addedInSlice = new Set<IndexedTerm>();
  readonly #sink: BlockSink = (block, found) => this.#takeBlock(block, found);
  readonly #walkOptions = {
    onShadowRoot: (root: ShadowRoot) => this.#enterShadowRoot(root),
    isWatched: (scope: Node) => this.#isWatched(scope),
  };

  /**
   * Whether every change around a node is seen: it is in the document, or in shadow trees that are all
   * watched, up to the document. (The page can move a watched tree's host into a tree not watched yet.)
   */
  #isWatched(node: Node): boolean {
    let scope = node.getRootNode();
    while (isShadowRoot(scope)) {
      if (!this.#observed.has(scope)) return false;
      scope = scope.host.getRootNode();
    }
    return scope === this.#doc;
  }

  /**
   * @param onStale called from the mutation callback, before the page paints, with the terms whose
   *   text just changed under them: they should stop showing until their block is read again.
   */
  readonly #doc: Document;
  readonly #matcher: ScanMatcher;
  readonly #index: TermIndex;
  readonly #scheduler: ScanScheduler;
  readonly #onChange: (change: IndexChange) => void;
  readonly #onStale: ((terms: readonly IndexedTerm[]) => void) | undefined;
  /** Told of each slice that did something (User Timing in bench and test runs: scan/slice-timing.ts). */
  readonly #onSlice: ((start: number, end: number, stats: ScanStats) => void) | undefined;

  constructor(
    doc: Document,
    matcher: ScanMatcher,
    index: TermIndex,
    scheduler: ScanScheduler,
    onChange: (change: IndexChange) => void,
    onStale?: (terms: readonly IndexedTerm[]) => void,
    onSlice?: (start: number, end: number, stats: ScanStats) => void,
  ) {
    this.#doc = doc;
    this.#matcher = matcher;
    this.#index = index;
    this.#scheduler = scheduler;
    this.#onChange = onChange;
    this.#onStale = onStale;
    this.#onSlice = onSlice;
  }

  get isRunning(): boolean {
    return this.#running;
  }

  /** True while work is queued: a benchmark or test can wait for the page to settle. */
  get isBusy(): boolean {
    return this.#scheduled || this.#hasWork();
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    const root = this.#doc.body ?? this.#doc.documentElement;
    if (!root) return;
    this.#observer = new MutationObserver((records) => this.#onMutations(records));
    this.#observe(this.#doc);
    // A fresh set: skip rules learned in an earlier run may be out of date.
    this.#skip = new SkipSet();
    this.#walks.push(this.#treeWalk(root));
    this.#schedule();
  }

  stop(): void {
    this.#running = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = new WeakSet();
    this.#walks = [];
    this.#dirty.clear();
    this.#pending = [];
    this.#pendingAt = 0;
    this.#job = null;
  }

  #hasWork(): boolean {
    return this.#walks.length > 0 || this.#dirty.size > 0 || this.#pending.length > 0 || this.#job !== null;
  }

  #observe(target: Node): void {
    if (!this.#observer || this.#observed.has(target)) return;
    this.#observed.add(target);
    this.#observer.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: SKIP_ATTRIBUTES,
      attributeOldValue: true,
    });
  }

  #onMutations(records: MutationRecord[]): void {
    // Queue here, and work in an idle slice, so a mutation storm costs the page little. The one thing
    // done at once, at O(1) a record: unpaint marks whose text changed, so no mark ever shows on
    // stale text (a rescan may be 250 ms away on a busy page).
    let stale: IndexedTerm[] | null = null;
    for (const r of records) {
      this.#pending.push(r);
      if (!this.#onStale) continue;
      const terms = staleTerms(r, this.#index);
      if (terms.length) (stale ??= []).push(...terms);
    }
    if (stale) this.#onStale?.(stale);
    this.#scheduleAfterChange();
  }

  #scheduleAfterChange(): void {
    const scheduler = this.#scheduler;
    if (this.#scheduled || !this.#running || !scheduler.setTimeout) {
      this.#schedule();
      return;
    }
    // Marked as scheduled meanwhile: more changes join this one.
    this.#scheduled = true;
    scheduler.setTimeout(() => {
      this.#scheduled = false;
      this.#schedule();
    }, COALESCE_MS);
  }

  /** The matcher's forms have arrived: the walk goes on where it waited for them. */
  resume(): void {
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled || !this.#running || this.#matcher.waiting) return;
    this.#scheduled = true;
    this.#scheduler.requestIdleCallback((deadline) => this.#runSlice(deadline), { timeout: 250 });
  }

  #runSlice(deadline: IdleDeadline): void {
    this.#scheduled = false;
    if (!this.#running) return;
    const start = performance.now();
    const budget = deadline.didTimeout ? SLICE_MS / 2 : Math.min(SLICE_MS, Math.max(2, deadline.timeRemaining()));
    const over = () => performance.now() - start >= budget;
    const stats: ScanStats = { textNodes: 0, chars: 0, matches: 0, terms: 0 };
    const change: IndexChange = (this.#change = { added: [], removed: [] });
    this.#addedInSlice.clear();

    // The document's skip rules, once (part of the first slice's cost).
    this.#skip.addScope(this.#doc);
    // Mutations first, within the budget: in a storm the rest waits for the next slice.
    this.#takeMutations(change, over);
    while (!this.#pending.length && !over()) {
      const walk = this.#job ?? this.#nextDirty() ?? this.#walks[0];
      if (!walk) break;
      if (!walk.run(over, this.#sink, stats)) break;
      if (walk === this.#job) this.#job = null;
      else this.#walks.shift();
    }

    const end = performance.now();
    if (stats.textNodes || stats.chars || change.added.length || change.removed.length) {
      stats.matches = change.added.length;
      stats.terms = new Set(change.added.map((t) => t.termId)).size;
      this.#onSlice?.(start, end, stats);
    }
    if (change.added.length || change.removed.length) this.#onChange(change);
    if (this.#hasWork()) this.#schedule();
  }

  /** The re-read of the next dirty block that still holds reading text; forgets the others. */
  #nextDirty(): TextWalk | null {
    for (const block of this.#dirty) {
      this.#dirty.delete(block);
      if (!block.isConnected || this.#skip.isInside(block) || !this.#isWatched(block)) {
        this.#forgetBlock(block, this.#change);
        continue;
      }
      return (this.#job = new TextWalk(block, this.#matcher, this.#skip, { ownOnly: true, ...this.#walkOptions }));
    }
    return null;
  }

  /** Queues a subtree to read: on the last walk queued, if it has not finished (a walk per root costs). */
  #read(root: Element): void {
    const last = this.#walks[this.#walks.length - 1];
    if (last && !last.done) last.addRoot(root);
    else this.#walks.push(this.#treeWalk(root));
  }

  #treeWalk(root: BlockKey): TextWalk {
    return new TextWalk(root, this.#matcher, this.#skip, this.#walkOptions);
  }

  /** A walk reached an open shadow root: watch it, and learn its skip rules, before reading it. */
  #enterShadowRoot(root: ShadowRoot): void {
    this.#skip.addScope(root);
    this.#observe(root);
  }

  /** A walk finished reading a block. */
  #takeBlock(block: BlockKey, found: readonly FoundTerm[]): void {
    if (found.length === 0 && !this.#index.hasBlock(block)) return;
    const c = this.#index.replaceBlock(block, found);
    const change = this.#change;
    this.#dropTerms(change, c.removed);
    for (const t of c.added) {
      change.added.push(t);
      this.#addedInSlice.add(t);
    }
  }

  /** A block left (or is not reading text any more): drop its terms, and any re-read of it. */
  #forgetBlock(block: BlockKey, change: IndexChange): void {
    this.#dirty.delete(block);
    if (this.#job?.root === block) this.#job = null;
    if (!this.#index.hasBlock(block)) return;
    this.#dropTerms(change, this.#index.removeBlock(block).removed);
  }

  /**
   * Records terms that left the index in the slice's change. A block can be read twice in one slice (its
   * text changed again, or it was added while a walk was on its way to it): a term added earlier in the
   * same slice is then taken out of `added` rather than listed as removed too, so the change is a net one
   * that can be applied in any order (the painter applies removals first).
   */
  #dropTerms(change: IndexChange, removed: readonly IndexedTerm[]): void {
    for (const t of removed) {
      if (this.#addedInSlice.delete(t)) change.added.splice(change.added.lastIndexOf(t), 1);
      else change.removed.push(t);
    }
  }

  #takeMutations(change: IndexChange, over: () => boolean): void {
    const records = this.#pending;
    const start = this.#pendingAt;
    let moved: Set<Node> | null = null;
    this.#lastTarget = null;
    let i = start;
    for (; i < records.length; i++) {
      // Check the clock every 32 records: reading it costs more than most records do.
      if ((i & 31) === 31 && over()) break;
      const r = records[i]!;
      const removed = r.removedNodes;
      for (let k = 0; k < removed.length; k++) (moved ??= new Set()).add(removed[k]!);
      this.#takeMutation(r, change);
    }
    if (i >= records.length) {
      this.#pending = [];
      this.#pendingAt = 0;
    } else {
      this.#pendingAt = i;
    }
    // The page changed under the walks that are under way: check their place before they go on.
    if (i > start) {
      this.#job?.revalidate(moved ?? NOTHING_MOVED);
      this.#walks[0]?.revalidate(moved ?? NOTHING_MOVED);
    }
  }

  #takeMutation(r: MutationRecord, change: IndexChange): void {
    const target = r.target;
    // Records come in runs with one target (a feed appending): ask about it once per run.
    if (target !== this.#lastTarget) {
      this.#lastTarget = target;
      this.#lastTargetOwn = isOwnNode(target);
    }
    if (this.#lastTargetOwn) return;
    const type = r.type;
    if (type === 'characterData') {
      this.#markBlockOf(target);
      return;
    }
    if (type === 'attributes') {
      this.#attributeChanged(r, change);
      return;
    }
    const removed = r.removedNodes;
    let runs = false;
    for (let k = 0; k < removed.length; k++) {
      const node = removed[k]!;
      if (isRunText(node)) runs = true;
      if (node.nodeType === ELEMENT) this.#forgetSubtree(node as Element, change);
    }
    const added = r.addedNodes;
    for (let k = 0; k < added.length; k++) {
      const node = added[k]!;
      if (node.nodeType !== ELEMENT) {
        if (node.nodeType === TEXT) runs = true;
        continue;
      }
      const el = node as Element;
      if (isInlineElement(el)) runs = true;
      // Added and removed again before we got here (a busy page): nothing to read. (The target is
      // neither PainLens's own host nor inside it: only the node itself can be one.)
      if (!el.isConnected || el.localName === HOST_TAG) continue;
      // Learn its skip rules before anything reads it.
      this.#skip.addSubtree(el);
      if (!this.#skip.isSkipped(el)) this.#read(el);
    }
    // Text came or went, or a box came or went between text of one run (see cutsBetweenText).
    if (runs || ((added.length > 0 || removed.length > 0) && cutsBetweenText(r))) this.#markBlockOf(target);
  }

  /** An element became an editor or hidden content, or stopped being one: read it again. */
  #attributeChanged(r: MutationRecord, change: IndexChange): void {
    const el = r.target as Element;
    const name = r.attributeName ?? '';
    if (attributeSkips(name, r.oldValue) === attributeSkips(name, el.getAttribute(name))) return;
    this.#skip.update(el);
    this.#forgetSubtree(el, change);
    // An inline element's text belongs to the block around it.
    if (isInlineElement(el) && el.parentNode) this.#markBlockOf(el.parentNode);
    if (el.isConnected) this.#read(el);
  }

  #markBlockOf(node: Node): void {
    const block = findBlock(node);
    if (!block || this.#dirty.has(block) || this.#skip.isInside(node)) return;
    // A walk inside this block has read text that has changed: it must not report it.
    if (this.#job?.root === block) this.#job = null;
    this.#job?.markStale(block);
    this.#walks[0]?.markStale(block);
    this.#dirty.add(block);
  }

  #forgetSubtree(root: Element, change: IndexChange): void {
    const forget = (b: BlockKey) => this.#forgetBlock(b, change);
    // querySelectorAll does not enter shadow trees: walk each one, and the ones nested in it.
    const visit = (el: Element) => {
      forget(el);
      const shadow = el.shadowRoot;
      if (!shadow) return;
      forget(shadow);
      for (const inner of shadow.querySelectorAll('*')) visit(inner);
    };
    visit(root);
    for (const el of root.querySelectorAll('*')) visit(el);
  }
}
