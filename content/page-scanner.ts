// Scans a page for terms in idle slices and keeps the index current as the page changes.
// Cost follows what changed: a mutation re-reads only the blocks it touched.
import type { TermMatcher } from '@/lib/term-matcher';
import { BlockWalker, scanBlockSteps, type BlockScan } from './block-scanner';
import {
  attributeSkips,
  findBlock,
  isInlineElement,
  isInsideSkipped,
  isShadowRoot,
  isSkippedElement,
  HOST_TAG,
  SKIP_ATTRIBUTES,
  type BlockKey,
} from './dom-rules';
import type { IndexChange, IndexedTerm, TermIndex } from './term-index';

/** Longest slice of work, in milliseconds: well under the 50 ms long-task limit. */
export const SLICE_MS = 8;
/** Measures are cleared after this many, so a long-lived page cannot grow the timeline forever. */
const MAX_MEASURES = 1000;

export interface ScanScheduler {
  requestIdleCallback(cb: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
}

export interface ScanStats {
  textNodes: number;
  chars: number;
  matches: number;
  terms: number;
}

export class PageScanner {
  private walkers: BlockWalker[] = [];
  private dirty = new Set<BlockKey>();
  private pending: MutationRecord[] = [];
  /** Records before this index in `pending` are done (a storm is taken in budgeted parts). */
  private pendingAt = 0;
  /** A block too big for one slice, paused between chunks. */
  private job: { block: BlockKey; steps: Generator<number, BlockScan, void>; read: number } | null = null;
  private observer: MutationObserver | null = null;
  private observed = new WeakSet<Node>();
  private scheduled = false;
  private running = false;
  private measures = 0;
  private generation = 0;
  private scannedIn = new WeakMap<BlockKey, number>();

  /**
   * @param onStale called from the mutation callback, before the page paints, with the terms whose
   *   text just changed under them: they should stop showing until their block is read again.
   */
  constructor(
    private readonly doc: Document,
    private readonly matcher: TermMatcher,
    private readonly index: TermIndex,
    private readonly scheduler: ScanScheduler,
    private readonly onChange: (change: IndexChange) => void,
    private readonly onStale?: (terms: readonly IndexedTerm[]) => void,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** True while work is queued: a benchmark or test can wait for the page to settle. */
  get isBusy(): boolean {
    return this.scheduled || this.hasWork();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.generation++;
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observe(this.doc);
    this.walkers.push(new BlockWalker(root));
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    this.observed = new WeakSet();
    this.walkers = [];
    this.dirty.clear();
    this.pending = [];
    this.pendingAt = 0;
    this.job = null;
  }

  private hasWork(): boolean {
    return this.walkers.length > 0 || this.dirty.size > 0 || this.pending.length > 0 || this.job !== null;
  }

  private observe(target: Node): void {
    if (!this.observer || this.observed.has(target)) return;
    this.observed.add(target);
    this.observer.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: SKIP_ATTRIBUTES,
      attributeOldValue: true,
    });
  }

  private onMutations(records: MutationRecord[]): void {
    // Queue here, and work in an idle slice, so a mutation storm costs the page little. The one thing
    // done at once, at O(1) a record: unpaint marks whose text changed, so no mark ever shows on
    // stale text (a rescan may be 250 ms away on a busy page).
    let stale: IndexedTerm[] | null = null;
    for (const r of records) {
      this.pending.push(r);
      if (!this.onStale) continue;
      let terms: readonly IndexedTerm[] = [];
      if (r.type === 'characterData') {
        terms = this.index.termsOfNode(r.target as Text);
      } else if (r.removedNodes.length && leavesText(r.removedNodes)) {
        // Text left a block: marks across it (complex <em>regional</em> pain) may now span other text.
        const block = findBlock(r.target);
        if (block) terms = this.index.termsOfBlock(block);
      }
      if (terms.length) (stale ??= []).push(...terms);
    }
    if (stale) this.onStale?.(stale);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    this.scheduler.requestIdleCallback((deadline) => this.runSlice(deadline), { timeout: 250 });
  }

  private runSlice(deadline: IdleDeadline): void {
    this.scheduled = false;
    if (!this.running) return;
    const start = performance.now();
    const budget = deadline.didTimeout ? SLICE_MS / 2 : Math.min(SLICE_MS, Math.max(2, deadline.timeRemaining()));
    const over = () => performance.now() - start >= budget;
    const stats: ScanStats = { textNodes: 0, chars: 0, matches: 0, terms: 0 };
    const change: IndexChange = { added: [], removed: [] };

    // Mutations first, within the budget: in a storm the rest waits for the next slice.
    this.takeMutations(change, over);
    while (!this.pending.length && !over()) {
      const block = this.job?.block ?? this.nextBlock();
      if (block === null) break;
      this.scanInto(block, stats, change, over);
    }

    const end = performance.now();
    if (stats.textNodes || stats.chars || change.added.length || change.removed.length) {
      stats.matches = change.added.length;
      stats.terms = new Set(change.added.map((t) => t.termId)).size;
      this.measure(start, end, stats);
    }
    if (change.added.length || change.removed.length) this.onChange(change);
    if (this.hasWork()) this.schedule();
  }

  private nextBlock(): BlockKey | null {
    const first = this.dirty.values().next();
    if (!first.done) {
      this.dirty.delete(first.value);
      return first.value;
    }
    while (this.walkers.length) {
      const walker = this.walkers[0]!;
      const next = walker.next();
      if (next === null) {
        this.walkers.shift();
        continue;
      }
      if (next === 'detached') {
        // The page moved nodes under the walker; start this root over, skipping blocks already read.
        if (walker.root.isConnected) this.walkers[0] = new BlockWalker(walker.root);
        else this.walkers.shift();
        continue;
      }
      if (this.scannedIn.get(next) === this.generation && !this.dirty.has(next)) continue;
      return next;
    }
    return null;
  }

  private scanInto(block: BlockKey, stats: ScanStats, change: IndexChange, over: () => boolean): void {
    const job = this.job?.block === block ? this.job : null;
    this.job = null;
    if (!block.isConnected || isInsideSkipped(block)) {
      const gone = this.index.removeBlock(block);
      change.removed.push(...gone.removed);
      return;
    }
    if (!job && isShadowRoot(block)) this.observe(block);
    const steps = job?.steps ?? scanBlockSteps(block, this.matcher);
    // Characters of this block already counted in earlier slices' measures.
    let read = job?.read ?? 0;
    let step = steps.next();
    while (!step.done) {
      stats.chars += step.value - read;
      read = step.value;
      if (over()) {
        // An enormous block: pause here, go on in the next slice (a mutation in it starts over).
        this.job = { block, steps, read };
        return;
      }
      step = steps.next();
    }
    const scan = step.value;
    this.scannedIn.set(block, this.generation);
    stats.textNodes += scan.textNodes;
    stats.chars += scan.chars - read;
    if (scan.found.length === 0 && !this.index.hasBlock(block)) return;
    const c = this.index.replaceBlock(block, scan.found);
    change.added.push(...c.added);
    change.removed.push(...c.removed);
  }

  private takeMutations(change: IndexChange, over: () => boolean): void {
    const records = this.pending;
    let i = this.pendingAt;
    for (; i < records.length; i++) {
      // Check the clock every 32 records: reading it costs more than most records do.
      if ((i & 31) === 31 && over()) break;
      this.takeMutation(records[i]!, change);
    }
    if (i >= records.length) {
      this.pending = [];
      this.pendingAt = 0;
    } else {
      this.pendingAt = i;
    }
  }

  private takeMutation(r: MutationRecord, change: IndexChange): void {
    const target = r.target;
    if (isOwnNode(target)) return;
    if (r.type === 'characterData') {
      this.markBlockOf(target);
      return;
    }
    if (r.type === 'attributes') {
      this.attributeChanged(r, change);
      return;
    }
    for (const node of r.removedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) this.forgetSubtree(node as Element, change);
    }
    let touchesOwnText = r.removedNodes.length > 0;
    for (const node of r.addedNodes) {
      // Added and removed again before we got here (a busy page): nothing to read.
      if (!node.isConnected || isOwnNode(node)) continue;
      if (node.nodeType === Node.TEXT_NODE) {
        touchesOwnText = true;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        // Any element changes the runs of the block it lands in: an inline one adds text; a block,
        // a <br> or a skipped element ends a run, and may split a match that was there.
        touchesOwnText = true;
        if (!isSkippedElement(el)) {
          this.walkers.push(new BlockWalker(el));
        }
      }
    }
    if (touchesOwnText) this.markBlockOf(target);
  }

  /** An element became an editor or hidden content, or stopped being one: read it again. */
  private attributeChanged(r: MutationRecord, change: IndexChange): void {
    const el = r.target as Element;
    const name = r.attributeName ?? '';
    if (attributeSkips(name, r.oldValue) === attributeSkips(name, el.getAttribute(name))) return;
    this.forgetSubtree(el, change);
    // An inline element's text belongs to the block around it.
    if (isInlineElement(el) && el.parentNode) this.markBlockOf(el.parentNode);
    if (el.isConnected) this.walkers.push(new BlockWalker(el));
  }

  private markBlockOf(node: Node): void {
    const block = findBlock(node);
    if (!block || this.dirty.has(block) || isInsideSkipped(node)) return;
    // A paused scan of this block read text that has changed: start it over.
    if (this.job?.block === block) this.job = null;
    this.dirty.add(block);
  }

  private forgetSubtree(root: Element, change: IndexChange): void {
    const forget = (b: BlockKey) => {
      // A moved block must be read again where it lands.
      this.scannedIn.delete(b);
      if (this.index.hasBlock(b)) change.removed.push(...this.index.removeBlock(b).removed);
    };
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

  private measure(start: number, end: number, detail: ScanStats): void {
    if (++this.measures > MAX_MEASURES) {
      performance.clearMeasures('painlens:scan');
      this.measures = 1;
    }
    try {
      performance.measure('painlens:scan', { start, end, detail });
    } catch {
      // A page may have replaced performance.measure in its own world; ours is untouched, but be safe.
    }
  }
}

/** Whether removed nodes were part of their parent's own text (text, or inline elements). */
function leavesText(nodes: NodeList): boolean {
  for (const n of nodes) {
    if (n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && isInlineElement(n as Element)))
      return true;
  }
  return false;
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el !== null && (el.localName === HOST_TAG || el.closest(HOST_TAG) !== null);
}
