import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COALESCE_MS, PageScanner, SLICE_MS } from '@/content/scan/page-scanner';
import { recordSliceMeasure } from '@/content/scan/slice-timing';
import { TermIndex, type IndexChange } from '@/content/term-index';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import type { TermMatcher } from '@/lib/term-matcher';
import {
  clearScanMeasures,
  FakeScheduler,
  flushMutations,
  installStaticRange,
  mount,
  readScanMeasures,
  snapshotDom,
  termText,
  restoreGlobals,
} from '../support/dom-fakes';

const realMatcher = compileGlossaryMatcher(glossary);

interface Harness {
  scanner: PageScanner;
  index: TermIndex;
  scheduler: FakeScheduler;
  changes: IndexChange[];
  /** Every text the matcher was asked to search, in order. */
  searched: string[];
}

let running: PageScanner[] = [];

function start(matcher: TermMatcher = realMatcher): Harness {
  const searched: string[] = [];
  const spy: TermMatcher = {
    formCount: matcher.formCount,
    findMatches: (text) => {
      searched.push(text);
      return matcher.findMatches(text);
    },
  };
  const index = new TermIndex();
  const scheduler = new FakeScheduler();
  const changes: IndexChange[] = [];
  const scanner = new PageScanner(
    document,
    spy,
    index,
    scheduler,
    (c) => changes.push(c),
    undefined,
    recordSliceMeasure,
  );
  running.push(scanner);
  scanner.start();
  return { scanner, index, scheduler, changes, searched };
}

function indexed(index: TermIndex): [string, string][] {
  return [...index.terms()].map((t) => [termText(t), t.termId] as [string, string]).sort();
}

function totals(): { textNodes: number; chars: number; matches: number; terms: number } {
  const sum = { textNodes: 0, chars: 0, matches: 0, terms: 0 };
  for (const { detail } of readScanMeasures()) {
    sum.textNodes += detail.textNodes;
    sum.chars += detail.chars;
    sum.matches += detail.matches;
    sum.terms += detail.terms;
  }
  return sum;
}

beforeEach(() => {
  installStaticRange();
  clearScanMeasures();
});

afterEach(() => {
  for (const s of running) s.stop();
  running = [];
  restoreGlobals();
  document.body.replaceChildren();
  for (const el of document.querySelectorAll('painlens-ui')) el.remove();
});

describe('initial scan', () => {
  it('finds the terms in idle slices, records painlens:scan, and leaves the DOM untouched', () => {
    mount(
      '<h1>Ketamine for <em>fibromyalgia</em></h1><p>Living with complex <b>regional</b> pain syndrome.</p>' +
        '<p>Oral ketamine</p><textarea>ketamine</textarea>',
    );
    const before = snapshotDom(document.documentElement);
    // The slices' clock stands still: the whole page is read in one slice however busy the machine is,
    // so the per-slice counts below do not depend on where a slow machine's slices would fall.
    vi.spyOn(performance, 'now').mockImplementation(() => 1000);
    const h = start();
    // Nothing happens until the browser is idle.
    expect(h.index.size).toBe(0);
    expect(h.scheduler.queue).toHaveLength(1);
    expect(h.scheduler.requests[0]).toEqual({ timeout: 250 });
    h.scheduler.settle();
    expect(indexed(h.index)).toEqual(
      [
        ['Ketamine', 'ketamine'],
        ['fibromyalgia', 'fibromyalgia'],
        ['complex regional pain syndrome', 'complex-regional-pain-syndrome'],
        ['Oral', 'oral'],
        ['ketamine', 'ketamine'],
      ].sort(),
    );
    expect(h.scanner.isBusy).toBe(false);
    expect(h.changes.flatMap((c) => c.added)).toHaveLength(5);
    expect(h.changes.flatMap((c) => c.removed)).toHaveLength(0);
    const measures = readScanMeasures();
    expect(measures.length).toBeGreaterThan(0);
    // Text nodes: "Ketamine for ", "fibromyalgia", "Living with complex ", "regional", " pain syndrome.", "Oral ketamine".
    expect(readScanMeasures()).toHaveLength(1);
    expect(totals()).toEqual({
      textNodes: 6,
      chars: 'Ketamine for fibromyalgiaLiving with complex regional pain syndrome.Oral ketamine'.length,
      matches: 5,
      terms: 4,
    });
    const after = snapshotDom(document.documentElement);
    expect(after.html).toBe(before.html);
    expect(after.nodes).toEqual(before.nodes);
  });

  it('finds terms in open shadow roots and watches them for changes', async () => {
    const host = mount('<x-card id="card"></x-card>').querySelector('#card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Ketamine in a shadow root';
    shadow.append(p);
    const h = start();
    h.scheduler.settle();
    expect(indexed(h.index)).toEqual([['Ketamine', 'ketamine']]);
    (p.firstChild as Text).data = 'Fibromyalgia in a shadow root';
    await flushMutations();
    h.scheduler.settle();
    expect(indexed(h.index)).toEqual([['Fibromyalgia', 'fibromyalgia']]);
  });

  it('keeps each slice within its time budget', () => {
    let clock = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const COST = 3;
    const slow: TermMatcher = {
      formCount: realMatcher.formCount,
      findMatches: (text) => {
        clock += COST;
        return realMatcher.findMatches(text);
      },
    };
    mount(Array.from({ length: 30 }, (_, i) => `<p>ketamine paragraph ${i}</p>`).join(''));
    const h = start(slow);

    // A generous deadline: the slice still stops at SLICE_MS, overshooting by at most one block.
    h.scheduler.runIdle(50);
    let m = readScanMeasures();
    expect(m).toHaveLength(1);
    expect(m[0]!.duration).toBeGreaterThanOrEqual(SLICE_MS);
    expect(m[0]!.duration).toBeLessThan(SLICE_MS + COST);
    expect(m[0]!.detail.textNodes).toBe(Math.ceil(SLICE_MS / COST));
    // More work remains, so the next slice is already requested.
    expect(h.scheduler.queue).toHaveLength(1);

    // A short deadline shrinks the slice (to a floor of 2 ms).
    clearScanMeasures();
    h.scheduler.runIdle(1);
    m = readScanMeasures();
    expect(m[0]!.detail.textNodes).toBe(1);

    // A timed-out callback gets half a slice.
    clearScanMeasures();
    h.scheduler.runIdle(0, true);
    m = readScanMeasures();
    expect(m[0]!.detail.textNodes).toBe(Math.ceil(SLICE_MS / 2 / COST));

    h.scheduler.settle();
    expect(h.index.size).toBe(30);
    for (const { duration } of readScanMeasures()) expect(duration).toBeLessThan(SLICE_MS + COST);
  });
});

describe('live updates', () => {
  function page(): Element {
    return mount(
      '<section id="s1"><p id="a">Ketamine and <b>fibromyalgia</b>.</p><p id="b">Plain words here.</p></section>' +
        '<section id="s2"><p id="c">More <i>opioids</i> text.</p>' +
        Array.from({ length: 20 }, (_, i) => `<p>filler paragraph ${i} with <span>words</span></p>`).join('') +
        '</section>',
    );
  }

  async function settled(h: Harness): Promise<void> {
    await flushMutations();
    h.scheduler.settle();
  }

  it('reads an added block, and only that block', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    clearScanMeasures();
    h.searched.length = 0;
    h.changes.length = 0;
    const p = document.createElement('p');
    p.append('Added ', Object.assign(document.createElement('b'), { textContent: 'ketamine' }), ' text');
    box.querySelector('#s2')!.append(p);
    await settled(h);
    expect(h.searched).toEqual(['Added ketamine text']);
    expect(totals()).toEqual({ textNodes: 3, chars: 'Added ketamine text'.length, matches: 1, terms: 1 });
    expect(h.changes.flatMap((c) => c.added).map((t) => t.block)).toEqual([p]);
    expect(h.index.occurrences('ketamine').size).toBe(2);
  });

  it('re-reads a block when a text node or an inline element is added to it', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    clearScanMeasures();
    h.searched.length = 0;
    const b = box.querySelector('#b')!;
    b.append(' Now with ', Object.assign(document.createElement('em'), { textContent: 'opioids' }));
    await settled(h);
    expect(h.searched).toEqual(['Plain words here. Now with opioids']);
    expect(totals().textNodes).toBe(3);
    expect(indexed(h.index)).toContainEqual(['opioids', 'opioid']);
    expect(h.index.occurrences('opioid').size).toBe(2);
  });

  it('forgets the terms of removed blocks without reading the rest of the page', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    clearScanMeasures();
    h.searched.length = 0;
    h.changes.length = 0;
    const a = box.querySelector('#a')!;
    const removedTerms = [...h.index.terms()].filter((t) => t.block === a);
    expect(removedTerms).toHaveLength(2);
    a.remove();
    await settled(h);
    expect(h.index.occurrences('ketamine').size).toBe(0);
    expect(h.index.occurrences('fibromyalgia').size).toBe(0);
    expect(h.changes.flatMap((c) => c.removed)).toEqual(removedTerms);
    // Only #s1 itself is re-read: it has no text of its own.
    expect(h.searched).toEqual([]);
    expect(totals().textNodes).toBe(0);
  });

  it('re-reads the block whose text changed (characterData), and only it', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    clearScanMeasures();
    h.searched.length = 0;
    h.changes.length = 0;
    const bold = box.querySelector('#a b')!.firstChild as Text;
    const oldTerm = [...h.index.occurrences('fibromyalgia')][0]!;
    bold.data = 'esketamine';
    await settled(h);
    expect(h.searched).toEqual(['Ketamine and esketamine.']);
    expect(totals().textNodes).toBe(3);
    expect(h.index.occurrences('fibromyalgia').size).toBe(0);
    expect(h.index.occurrences('esketamine').size).toBe(1);
    expect(h.changes.flatMap((c) => c.removed)).toContain(oldTerm);
  });

  it('follows a moved block: its terms stay indexed, now under their new parent', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    const a = box.querySelector('#a')!;
    const before = indexed(h.index);
    box.querySelector('#s2')!.append(a);
    await settled(h);
    expect(indexed(h.index)).toEqual(before);
    for (const t of h.index.terms()) expect(t.startNode.isConnected).toBe(true);
    expect([...h.index.occurrences('ketamine')][0]!.block).toBe(a);
  });

  it('ignores changes inside its own <painlens-ui> host', async () => {
    page();
    const h = start();
    h.scheduler.settle();
    clearScanMeasures();
    h.searched.length = 0;
    const host = document.createElement('painlens-ui');
    document.documentElement.append(host);
    const inner = document.createElement('p');
    inner.textContent = 'ketamine';
    host.append(inner);
    (inner.firstChild as Text).data = 'fibromyalgia ketamine';
    // Also inside the page, as when the tooltip is raised into a fullscreen element.
    const inBody = document.createElement('painlens-ui');
    document.body.append(inBody);
    inBody.append(Object.assign(document.createElement('div'), { textContent: 'ketamine' }));
    await settled(h);
    expect(h.searched).toEqual([]);
    expect(readScanMeasures()).toEqual([]);
    expect(h.index.occurrences('ketamine').size).toBe(1);
  });

  it('ignores text added to skipped regions', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    const area = document.createElement('div');
    area.setAttribute('contenteditable', 'true');
    box.append(area);
    await settled(h);
    area.append('typing ketamine');
    area.append(Object.assign(document.createElement('p'), { textContent: 'ketamine in a paragraph' }));
    await settled(h);
    expect(h.index.occurrences('ketamine').size).toBe(1);
  });

  it('stop() disconnects: later changes are not read and queued slices do nothing', async () => {
    const box = page();
    const h = start();
    h.scheduler.settle();
    h.scanner.stop();
    expect(h.scanner.isRunning).toBe(false);
    box.append(Object.assign(document.createElement('p'), { textContent: 'ketamine' }));
    await flushMutations();
    expect(h.scheduler.queue).toHaveLength(0);
    expect(h.index.occurrences('ketamine').size).toBe(1);

    // Stopped with a slice queued: the slice is a no-op.
    clearScanMeasures();
    const h2 = start();
    expect(h2.scheduler.queue).toHaveLength(1);
    h2.scanner.stop();
    h2.scheduler.runIdle();
    expect(h2.index.size).toBe(0);
    expect(readScanMeasures()).toEqual([]);
    expect(h2.scanner.isBusy).toBe(false);
  });

  it('gathers changes for COALESCE_MS before reading them, when it can set timers', async () => {
    const box = page();
    const timers: (() => void)[] = [];
    const delays: number[] = [];
    const index = new TermIndex();
    const scheduler = Object.assign(new FakeScheduler(), {
      setTimeout: (fn: () => void, ms: number) => {
        delays.push(ms);
        return timers.push(fn);
      },
    });
    const scanner = new PageScanner(document, realMatcher, index, scheduler, () => {}, undefined, recordSliceMeasure);
    running.push(scanner);
    scanner.start();
    // The first scan does not wait.
    expect(scheduler.queue).toHaveLength(1);
    scheduler.settle();
    clearScanMeasures();
    // Three bursts before the timer fires: one timer, then one slice reads them all.
    for (const word of ['ketamine', 'opioids', 'allodynia']) {
      box.append(Object.assign(document.createElement('p'), { textContent: word }));
      await flushMutations();
    }
    expect(delays).toEqual([COALESCE_MS]);
    expect(scheduler.queue).toHaveLength(0);
    expect(scanner.isBusy).toBe(true);
    timers.shift()!();
    // One slice reads the three bursts; the slice's clock stands still, so a loaded machine does not split it.
    vi.spyOn(performance, 'now').mockImplementation(() => 1000);
    expect(scheduler.settle()).toBe(1);
    expect(readScanMeasures()).toHaveLength(1);
    expect(index.occurrences('ketamine').size).toBe(2);
    expect(index.occurrences('allodynia').size).toBe(1);
    expect(scanner.isBusy).toBe(false);
  });

  it('restarts a walk when the page removes the block under its cursor', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slow: TermMatcher = {
      formCount: realMatcher.formCount,
      findMatches: (text) => {
        clock += SLICE_MS;
        return realMatcher.findMatches(text);
      },
    };
    const box = mount(Array.from({ length: 6 }, (_, i) => `<p id="p${i}">ketamine ${i}</p>`).join(''));
    const h = start(slow);
    h.scheduler.runIdle(50); // reads #p0 only
    expect(h.index.size).toBe(1);
    box.querySelector('#p1')!.remove();
    await flushMutations();
    h.scheduler.settle();
    expect([...h.index.terms()].map((t) => (t.block as Element).id).sort()).toEqual(['p0', 'p2', 'p3', 'p4', 'p5']);
  });
});
