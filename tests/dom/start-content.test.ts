import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COALESCE_MS } from '@/content/scan/page-scanner';
import {
  startContent,
  type ContentBridge,
  type ContentData,
  type ContentLifecycle,
  type ContentState,
} from '@/content/start-content';
import { startReader } from '@/content/start-reader';
import { TERM_HIGHLIGHT } from '@/content/paint/painter';
import { glossary } from '@/data/glossary';
import { listMatcherForms } from '@/lib/glossary-matcher';
import type { ContentMessage, TermCounts } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { decodeKeys, encodeKeys, packFormGroups, type TooltipTerm } from '@/lib/term-data';
import { firstStageKeys } from '@/lib/term-matcher';
import {
  FakeScheduler,
  FakeTimers,
  flushMutations,
  installHighlights,
  installStaticRange,
  mount,
  snapshotDom,
  type FakeHighlightRegistry,
  restoreGlobals,
} from './support/dom-fakes';
import { closedRootOf, forgetClosedRoots, rememberClosedRoots, trusted } from './support/closed-surface';

const forms = listMatcherForms(glossary);
const TEXTS = new Map<string, TooltipTerm>(
  glossary.map((e) => [e.id, { id: e.id, name: e.name, short: e.short, source: null }]),
);

interface Harness {
  scheduler: FakeScheduler;
  /** After the page changed: waits for the mutations and for the scanner's gathering of them, then settles. */
  changed(): Promise<void>;
  /** Runs the animation-frame callbacks queued so far; returns how many ran. */
  frame(): number;
  registry: FakeHighlightRegistry;
  reports: TermCounts[];
  send(message: ContentMessage): void;
  setState(state: ContentState): void;
  invalidate(): void;
  controller: ReturnType<typeof startContent>;
}

let cleanups: (() => void)[] = [];

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

async function start(data: Partial<ContentData> = { forms }): Promise<Harness> {
  const registry = installHighlights();
  const scheduler = new FakeScheduler();
  const timers = new FakeTimers();
  let frames: FrameRequestCallback[] = [];
  const frame = () => {
    const batch = frames;
    frames = [];
    for (const fn of batch) fn(performance.now());
    return batch.length;
  };
  const listeners: [Window, string, EventListener, AddEventListenerOptions | undefined][] = [];
  let invalidated = () => {};
  const life: ContentLifecycle = {
    requestIdleCallback: (cb, options) => scheduler.requestIdleCallback(cb, options),
    // The scanner's gathering of changes, the term reports and the hover delay run on the fake clock.
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    requestAnimationFrame: (fn) => frames.push(fn),
    addEventListener: (target, type, listener, options) => {
      target.addEventListener(type, listener as EventListener, options);
      listeners.push([target, type, listener as EventListener, options]);
    },
    onInvalidated: (fn) => {
      invalidated = fn;
    },
  };
  let onMessage: (m: ContentMessage) => void = () => {};
  let onState: (s: ContentState) => void = () => {};
  const reports: TermCounts[] = [];
  const bridge: ContentBridge = {
    site: 'example.org',
    loadState: async () => ({ settings: { ...DEFAULT_SETTINGS }, siteOff: false }),
    watchState: (fn) => {
      onState = fn;
    },
    reportTerms: (counts) => reports.push(counts),
    loadTermTexts: async () => TEXTS,
    openTerm: () => {},
    keepWord: async () => 'kept',
    turnOffSite: () => {},
    onMessage: (fn) => {
      onMessage = fn;
    },
  };
  const controller = startContent(window, life, bridge, {
    footnote: 'Not medical advice.',
    loadReader: () => startReader,
    ...data,
  });
  cleanups.push(() => {
    controller.stop();
    for (const [t, type, l, o] of listeners) t.removeEventListener(type, l, o);
  });
  await flush();
  scheduler.settle();
  frame();
  return {
    scheduler,
    frame,
    changed: async () => {
      await flushMutations();
      timers.advance(COALESCE_MS);
      await flush();
      scheduler.settle();
    },
    registry,
    reports,
    send: (m) => onMessage(m),
    setState: (s) => onState(s),
    invalidate: () => invalidated(),
    controller,
  };
}

function dialog(): Element | null {
  return closedRootOf(document.querySelector('painlens-ui'))?.querySelector('[role="dialog"]') ?? null;
}

beforeEach(() => {
  installStaticRange();
  rememberClosedRoots();
});
afterEach(() => {
  forgetClosedRoots();
  for (const c of cleanups) c();
  cleanups = [];
  restoreGlobals();
  document.body.replaceChildren();
  for (const el of document.querySelectorAll('painlens-ui')) el.remove();
});

describe('startContent', () => {
  it('keyboard navigation shows a tooltip that Escape closes; the page body is never changed', async () => {
    mount('<p>Ketamine for <b>fibromyalgia</b>.</p><p>Oral ketamine.</p>');
    const before = snapshotDom(document.body);
    const h = await start();
    expect(h.controller.index.size).toBe(4);
    expect(h.registry.get(TERM_HIGHLIGHT)!.size).toBe(4);
    expect(document.querySelector('painlens-ui')).toBeNull();

    h.send({ type: 'step-term', direction: 1 });
    await flush();
    expect(dialog()?.textContent).toContain(TEXTS.get('ketamine')!.short);
    const live = closedRootOf(document.querySelector('painlens-ui'))!.querySelector('[aria-live]')!;
    expect(live.textContent).toMatch(/^Term 1 of 4: Ketamine\./);

    // A page's own Escape is not the reader's: the tooltip stays.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(dialog()).not.toBeNull();
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(dialog()).toBeNull();
    expect(snapshotDom(document.body)).toEqual(before);
  });

  it('pausing removes every highlight at once; resuming rescans', async () => {
    mount('<p>Ketamine for fibromyalgia.</p>');
    const h = await start();
    expect(h.registry.get(TERM_HIGHLIGHT)!.size).toBe(2);
    h.setState({ settings: { ...DEFAULT_SETTINGS, paused: true }, siteOff: false });
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(h.controller.index.size).toBe(0);
    expect(h.controller.scanner).toBeNull();
    h.setState({ settings: { ...DEFAULT_SETTINGS }, siteOff: false });
    h.scheduler.settle();
    h.frame();
    expect(h.registry.get(TERM_HIGHLIGHT)!.size).toBe(2);
  });

  it('paints at the next frame: the marks of several slices at once, never one dropped or stale meanwhile', async () => {
    const box = mount('<p>Ketamine.</p>');
    const h = await start();
    const painted = () => h.registry.get(TERM_HIGHLIGHT)!.size;
    expect(painted()).toBe(1);
    const a = Object.assign(document.createElement('p'), { textContent: 'Fibromyalgia.' });
    const b = Object.assign(document.createElement('p'), { textContent: 'Opioids.' });
    box.append(a);
    await h.changed();
    box.append(b);
    await h.changed();
    // Found in two slices, not painted yet: the index has them, the highlight does not.
    expect(h.controller.index.size).toBe(3);
    expect(painted()).toBe(1);
    expect(h.frame()).toBe(1);
    expect(painted()).toBe(3);

    // Found, then removed before the frame: never painted.
    const c = Object.assign(document.createElement('p'), { textContent: 'Allodynia.' });
    box.append(c);
    await h.changed();
    c.remove();
    await h.changed();
    h.frame();
    expect(painted()).toBe(3);

    // Found, then its text changed before the frame: not painted on the changed text.
    const d = Object.assign(document.createElement('p'), { textContent: 'Hyperalgesia.' });
    box.append(d);
    await h.changed();
    const found = [...h.controller.index.termsOfBlock(d)];
    expect(found).toHaveLength(1);
    (d.firstChild as Text).data = 'Weather.';
    await flushMutations();
    h.frame();
    for (const range of h.registry.get(TERM_HIGHLIGHT)!) expect(range).not.toBe(found[0]!.range);
    await h.changed();
    h.frame();
    expect(h.controller.index.termsOfBlock(d)).toHaveLength(0);
    expect(painted()).toBe(3);
  });

  it('starts the reader half only on the first term: a frame without one adds no listener and no highlight', async () => {
    mount('<p>The boats came back at dusk.</p>');
    const load = vi.fn(() => startReader);
    const added = vi.spyOn(window, 'addEventListener');
    const h = await start({ forms, loadReader: load });
    expect(h.controller.scanner?.isRunning).toBe(true);
    expect(load).not.toHaveBeenCalled();
    expect(added).not.toHaveBeenCalled();
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(h.controller.surface().root).toBeNull();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Ketamine.' }));
    await h.changed();
    h.frame();
    expect(load).toHaveBeenCalledTimes(1);
    expect(h.registry.get(TERM_HIGHLIGHT)!.size).toBe(1);
    expect(added.mock.calls.map(([type]) => type)).toContain('pointermove');
  });

  it('keeps, in order, what happens while the reader half loads, and paints it once loaded', async () => {
    mount('<p>Ketamine.</p>');
    let release = () => {};
    const loaded = new Promise<typeof startReader>((resolve) => (release = () => resolve(startReader)));
    const h = await start({ forms, loadReader: () => loaded });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Fibromyalgia.' }));
    await h.changed();
    expect(h.controller.index.size).toBe(2);
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    h.send({ type: 'step-term', direction: 1 });
    release();
    await flush();
    h.frame();
    expect(h.registry.get(TERM_HIGHLIGHT)!.size).toBe(2);
    // The keyboard request made while it loaded was answered once it had.
    expect(h.controller.surface().root).not.toBeNull();
  });

  it('never starts the reader half when paused before it loads, nor after a stop', async () => {
    mount('<p>Ketamine.</p>');
    let release = () => {};
    const loaded = new Promise<typeof startReader>((resolve) => (release = () => resolve(startReader)));
    const h = await start({ forms, loadReader: () => loaded });
    h.setState({ settings: { ...DEFAULT_SETTINGS, paused: true }, siteOff: false });
    h.controller.stop();
    release();
    await flush();
    h.frame();
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(document.querySelector('painlens-ui')).toBeNull();
  });

  it('follows live insertions and stops cleanly when the extension context goes away', async () => {
    const box = mount('<p>Ketamine.</p>');
    const h = await start();
    box.append(Object.assign(document.createElement('p'), { textContent: 'Fibromyalgia too.' }));
    await h.changed();
    expect(h.controller.index.size).toBe(2);
    h.send({ type: 'step-term', direction: 1 });
    await flush();
    expect(document.querySelector('painlens-ui')).not.toBeNull();
    h.invalidate();
    expect(document.querySelector('painlens-ui')).toBeNull();
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    // A slice queued before the stop runs as a no-op; nothing new is queued after it.
    h.scheduler.settle();
    box.append(Object.assign(document.createElement('p'), { textContent: 'Opioids.' }));
    await flushMutations();
    expect(h.scheduler.queue).toHaveLength(0);
    expect(h.controller.index.size).toBe(0);
  });

  /** Data as the content script has it: the first stage's keys, and the forms read (async) on the first candidate. */
  function firstStageData(read: () => Promise<typeof forms> = async () => forms) {
    const data = {
      loads: 0,
      firstStage: decodeKeys(encodeKeys(firstStageKeys(forms))),
      loadForms: () => {
        data.loads++;
        return read().then(packFormGroups);
      },
    };
    return data;
  }

  /** Lets the forms' read finish, then the scan that starts again with them. */
  async function afterForms(h: Harness): Promise<void> {
    await flush();
    h.scheduler.settle();
    h.frame();
  }

  it('the first stage: a page with no term reads no form (nothing from storage) and registers no highlight; the first term that comes loads them', async () => {
    const box = mount('<h1>Harbour news</h1><p>The boats came back at dusk, and the market filled the square.</p>');
    const data = firstStageData();
    const h = await start(data);
    expect(data.loads).toBe(0);
    expect(h.scheduler.queue).toHaveLength(0);
    expect(h.controller.scanner?.isBusy).toBe(false);
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(h.controller.index.size).toBe(0);

    box.append(Object.assign(document.createElement('p'), { textContent: 'Ketamine for fibromyalgia.' }));
    await h.changed();
    expect(data.loads).toBe(1);
    await afterForms(h);
    expect(data.loads).toBe(1);
    expect(h.controller.index.size).toBe(2);
    expect(h.registry.get(TERM_HIGHLIGHT)!.size).toBe(2);

    // The last mark gone: the highlights leave CSS.highlights with it.
    box.lastElementChild!.remove();
    await h.changed();
    h.frame();
    expect(h.controller.index.size).toBe(0);
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
  });

  it('the first stage sees a term in a run too long for the quick test (one huge unwrapped line)', async () => {
    const filler = 'the boats came back at dusk and the market filled the square '.repeat(1200);
    mount(`<pre>${filler}then ketamine at the end</pre>`);
    const data = firstStageData();
    const h = await start(data);
    await afterForms(h);
    expect(data.loads).toBe(1);
    expect([...h.controller.index.terms()].map((t) => t.termId)).toEqual(['ketamine']);
  });

  it('the walk waits at the first candidate while the forms are read (busy meanwhile), then goes on from there: every term found, no text read twice', async () => {
    // Many blocks, each with terms, and a clock that stands still: one slice would read them all if the
    // first candidate did not end it (at the walk's next check of the clock, WORK_PER_CHECK).
    mount(Array.from({ length: 200 }, (_, i) => `<p>Block ${i}: ketamine and fibromyalgia.</p>`).join(''));
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
    cleanups.push(() => now.mockRestore());
    let release: (() => void) | null = null;
    const read: number[] = [];
    const data = Object.assign(
      firstStageData(() => new Promise((resolve) => (release = () => resolve(forms)))),
      { onSlice: (_start: number, _end: number, stats: { textNodes: number }) => void read.push(stats.textNodes) },
    );
    const h = await start(data);
    expect(data.loads).toBe(1);
    // The slice that met the first candidate read part of the page, not its 200 text nodes.
    expect(read.reduce((a, b) => a + b, 0)).toBeLessThan(100);
    expect(h.scheduler.queue).toHaveLength(0);
    expect(h.controller.scanner).toMatchObject({ isRunning: true, isBusy: true });
    expect(h.controller.index.size).toBe(0);
    release!();
    await afterForms(h);
    now.mockRestore();
    expect(h.controller.index.size).toBe(400);
    expect(read.reduce((a, b) => a + b, 0)).toBe(200);
    expect(h.controller.scanner?.isBusy).toBe(false);
    expect(data.loads).toBe(1);
  });

  it('forms that cannot be read mark nothing, and the next start asks once more', async () => {
    mount('<p>Ketamine for fibromyalgia.</p>');
    let fail = true;
    const data = firstStageData(async () => {
      if (fail) throw new Error('no match forms');
      return forms;
    });
    const h = await start(data);
    await afterForms(h);
    expect(data.loads).toBe(1);
    expect(h.controller.index.size).toBe(0);
    expect(h.controller.scanner?.isBusy ?? false).toBe(false);
    fail = false;
    h.setState({ settings: { ...DEFAULT_SETTINGS, paused: true }, siteOff: false });
    h.setState({ settings: { ...DEFAULT_SETTINGS }, siteOff: false });
    h.scheduler.settle();
    await afterForms(h);
    expect(data.loads).toBe(2);
    expect(h.controller.index.size).toBe(2);
  });
});
