// Test doubles for what happy-dom lacks (StaticRange, Highlight, CSS.highlights, requestIdleCallback),
// and helpers to prove that scanning leaves the page DOM exactly as it was.
import type { ScanScheduler } from '@/content/scan/page-scanner';

interface StaticRangeInitLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** The part of StaticRange the content code uses. happy-dom 21 has no StaticRange at all. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInitLike) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

const restorers: (() => void)[] = [];

/**
 * Sets a global until restoreGlobals(). Not vi.stubGlobal: vi.unstubAllGlobals() would also undo the
 * globals that the shared setup file stubs for every test.
 */
export function setGlobal(name: string, value: unknown): void {
  // Some of happy-dom's globals (CSS) are getters: redefine them rather than assign.
  const previous = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
  restorers.push(() => {
    if (previous) Object.defineProperty(globalThis, name, previous);
    else delete (globalThis as unknown as Record<string, unknown>)[name];
  });
}

/** Undoes every setGlobal(), latest first. */
export function restoreGlobals(): void {
  while (restorers.length) restorers.pop()!();
}

export function installStaticRange(): void {
  if (typeof globalThis.StaticRange === 'undefined') setGlobal('StaticRange', FakeStaticRange);
}

/** A Highlight is a set of ranges with a priority, as in the CSS Custom Highlight API. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export class FakeHighlightRegistry extends Map<string, FakeHighlight> {}

/** Installs Highlight and CSS.highlights; returns the registry so tests can read what is painted. */
export function installHighlights(): FakeHighlightRegistry {
  const registry = new FakeHighlightRegistry();
  setGlobal('Highlight', FakeHighlight);
  setGlobal('CSS', { highlights: registry, escape: (s: string) => s, supports: () => false });
  return registry;
}

/** Idle callbacks that run only when the test says so, with the deadline the test chooses. */
/**
 * Timers on a clock of their own, for the lifecycle's setTimeout (the scanner's gathering of changes,
 * term reports, the hover delay): a test moves the clock on instead of sleeping.
 */
export class FakeTimers {
  #timers: { due: number; fn: () => void; id: number }[] = [];
  #now = 0;
  #nextTimer = 1;

  setTimeout(fn: () => void, ms: number): number {
    const id = this.#nextTimer++;
    this.#timers.push({ due: this.#now + ms, fn, id });
    return id;
  }

  clearTimeout(id: number): void {
    this.#timers = this.#timers.filter((t) => t.id !== id);
  }

  /** Moves the timers' clock on by `ms`, running every timer due by then (and any they set that are due). */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const next = this.#timers.filter((t) => t.due <= end).sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.#now = next.due;
      next.fn();
    }
    this.#now = end;
  }
}

export class FakeScheduler implements ScanScheduler {
  queue: ((deadline: IdleDeadline) => void)[] = [];
  requests: (IdleRequestOptions | undefined)[] = [];

  requestIdleCallback(cb: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number {
    this.queue.push(cb);
    this.requests.push(options);
    return this.requests.length;
  }

  /** Runs the callbacks queued so far (not ones they queue); returns how many ran. */
  runIdle(timeRemaining = 50, didTimeout = false): number {
    const batch = this.queue;
    this.queue = [];
    for (const cb of batch) cb({ didTimeout, timeRemaining: () => timeRemaining });
    return batch.length;
  }

  /** Runs slices until nothing is queued; throws if that takes more than `maxSlices`. */
  settle(maxSlices = 1000, timeRemaining = 50): number {
    let slices = 0;
    while (this.queue.length) {
      if (++slices > maxSlices) throw new Error(`scanner did not settle in ${maxSlices} slices`);
      this.runIdle(timeRemaining);
    }
    return slices;
  }
}

/** MutationObserver callbacks are queued as microtasks in happy-dom. */
export async function flushMutations(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

export interface ScanDetail {
  textNodes: number;
  chars: number;
  matches: number;
  terms: number;
}

export function readScanMeasures(): { duration: number; detail: ScanDetail }[] {
  return performance
    .getEntriesByName('painlens:scan', 'measure')
    .map((e) => ({ duration: e.duration, detail: (e as PerformanceMeasure).detail as ScanDetail }));
}

export function clearScanMeasures(): void {
  performance.clearMeasures('painlens:scan');
}

/**
 * Serializes a subtree, shadow roots included, with every text node's boundaries visible, so a split
 * or merged text node shows up (innerHTML alone would not show a splitText()).
 */
export function serializeTree(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `"${JSON.stringify((node as Text).data)}"`;
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  let out = '';
  if (node.nodeType === Node.ELEMENT_NODE) {
    const el = node as Element;
    const attrs = [...el.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
    out += `<${el.localName}${attrs}>`;
    if (el.shadowRoot) out += `#shadow(${el.shadowRoot.mode})[${serializeChildren(el.shadowRoot)}]`;
    out += serializeChildren(el);
    return `${out}</${el.localName}>`;
  }
  return serializeChildren(node);
}

function serializeChildren(node: Node): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += serializeTree(c);
  return out;
}

/** Every node under `root` (shadow trees included), in order: identity, not just content. */
export function listNodes(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    out.push(n);
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).shadowRoot) visit((n as Element).shadowRoot!);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

/** A snapshot to compare before and after: same markup, same text node boundaries, same node objects. */
export function snapshotDom(root: Node): { html: string; nodes: Node[] } {
  return { html: serializeTree(root), nodes: listNodes(root) };
}

/** Test-only: builds a fixture from markup. Product code never does this. */
export function mount(markup: string, parent: Element = document.body): Element {
  const box = document.createElement('div');
  box.id = 'fixture';
  // Fixture markup written in the test itself, never page text.
  box.innerHTML = markup;
  parent.append(box);
  return box;
}

/** The text a found term covers. */
export function termText(t: { startNode: Text; startOffset: number; endNode: Text; endOffset: number }): string {
  const range = document.createRange();
  range.setStart(t.startNode, t.startOffset);
  range.setEnd(t.endNode, t.endOffset);
  return range.toString();
}
