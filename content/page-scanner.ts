// Scans a page for terms in idle slices and keeps the index current as the page changes.
// Cost follows what changed: a mutation re-reads only the blocks it touched.
import type { TermMatcher } from '@/lib/term-matcher';
import { BlockWalker, scanBlock } from './block-scanner';
import {
  findBlock,
  isInlineElement,
  isInsideSkipped,
  isShadowRoot,
  isSkippedElement,
  HOST_TAG,
  type BlockKey,
} from './dom-rules';
import type { IndexChange, TermIndex } from './term-index';

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
  private observer: MutationObserver | null = null;
  private observed = new WeakSet<Node>();
  private scheduled = false;
  private running = false;
  private measures = 0;
  private generation = 0;
  private scannedIn = new WeakMap<BlockKey, number>();

  constructor(
    private readonly doc: Document,
    private readonly matcher: TermMatcher,
    private readonly index: TermIndex,
    private readonly scheduler: ScanScheduler,
    private readonly onChange: (change: IndexChange) => void,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** True while work is queued: a benchmark or test can wait for the page to settle. */
  get isBusy(): boolean {
    return this.scheduled || this.walkers.length > 0 || this.dirty.size > 0 || this.pending.length > 0;
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
  }

  private observe(target: Node): void {
    if (!this.observer || this.observed.has(target)) return;
    this.observed.add(target);
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    // Only queue here: the work happens in an idle slice, so a mutation storm costs the page little.
    for (const r of records) this.pending.push(r);
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
    const stats: ScanStats = { textNodes: 0, chars: 0, matches: 0, terms: 0 };
    const change: IndexChange = { added: [], removed: [] };

    this.takeMutations(change);
    while (performance.now() - start < budget) {
      const block = this.nextBlock();
      if (block === null) break;
      this.scanInto(block, stats, change);
    }

    const end = performance.now();
    if (stats.textNodes || change.added.length || change.removed.length) {
      stats.matches = change.added.length;
      stats.terms = new Set(change.added.map((t) => t.termId)).size;
      this.measure(start, end, stats);
    }
    if (change.added.length || change.removed.length) this.onChange(change);
    if (this.walkers.length || this.dirty.size || this.pending.length) this.schedule();
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

  private scanInto(block: BlockKey, stats: ScanStats, change: IndexChange): void {
    if (!block.isConnected || (!isShadowRoot(block) && isInsideSkipped(block))) {
      const gone = this.index.removeBlock(block);
      change.removed.push(...gone.removed);
      return;
    }
    if (isShadowRoot(block)) this.observe(block);
    const scan = scanBlock(block, this.matcher);
    this.scannedIn.set(block, this.generation);
    stats.textNodes += scan.textNodes;
    stats.chars += scan.chars;
    if (scan.found.length === 0 && !this.index.hasBlock(block)) return;
    const c = this.index.replaceBlock(block, scan.found);
    change.added.push(...c.added);
    change.removed.push(...c.removed);
  }

  private takeMutations(change: IndexChange): void {
    const records = this.pending;
    this.pending = [];
    for (const r of records) {
      const target = r.target;
      if (isOwnNode(target)) continue;
      if (r.type === 'characterData') {
        this.markBlockOf(target);
        continue;
      }
      for (const node of r.removedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) this.forgetSubtree(node as Element, change);
      }
      let touchesOwnText = r.removedNodes.length > 0;
      for (const node of r.addedNodes) {
        if (isOwnNode(node)) continue;
        if (node.nodeType === Node.TEXT_NODE) {
          touchesOwnText = true;
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const el = node as Element;
          if (isInlineElement(el)) touchesOwnText = true;
          if (!isSkippedElement(el)) {
            this.walkers.push(new BlockWalker(el));
          }
        }
      }
      if (touchesOwnText) this.markBlockOf(target);
    }
  }

  private markBlockOf(node: Node): void {
    const block = findBlock(node);
    if (!block || isInsideSkipped(node)) return;
    this.dirty.add(block);
  }

  private forgetSubtree(root: Element, change: IndexChange): void {
    const forget = (b: BlockKey) => {
      // A moved block must be read again where it lands.
      this.scannedIn.delete(b);
      if (this.index.hasBlock(b)) change.removed.push(...this.index.removeBlock(b).removed);
    };
    forget(root);
    if (root.shadowRoot) forget(root.shadowRoot);
    for (const el of root.querySelectorAll('*')) {
      forget(el);
      if (el.shadowRoot) forget(el.shadowRoot);
    }
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

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el !== null && (el.localName === HOST_TAG || el.closest(HOST_TAG) !== null);
}
