import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COALESCE_MS } from '@/content/scan/page-scanner';
import {
  startContent,
  type ContentBridge,
  type ContentData,
  type ContentLifecycle,
  type ContentState,
} from '@/content/start-content';
import { TERM_HIGHLIGHT } from '@/content/paint/painter';
import { glossary } from '@/data/glossary';
import { listMatcherForms } from '@/lib/glossary-matcher';
import type { ContentMessage, TermCounts } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { decodeKeys, encodeKeys, type TooltipTerm } from '@/lib/term-data';
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
    turnOffSite: () => {},
    onMessage: (fn) => {
      onMessage = fn;
    },
  };
  const controller = startContent(window, life, bridge, { footnote: 'Not medical advice.', ...data });
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

  it('the first stage: a page with no term reads no form and registers no highlight; the first term that comes loads them', async () => {
    const box = mount('<h1>Harbour news</h1><p>The boats came back at dusk, and the market filled the square.</p>');
    let loads = 0;
    const h = await start({
      firstStage: decodeKeys(encodeKeys(firstStageKeys(forms))),
      loadForms: () => {
        loads++;
        return forms;
      },
    });
    expect(loads).toBe(0);
    expect(h.scheduler.queue).toHaveLength(0);
    expect(h.registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(h.controller.index.size).toBe(0);

    box.append(Object.assign(document.createElement('p'), { textContent: 'Ketamine for fibromyalgia.' }));
    await h.changed();
    await flush();
    h.scheduler.settle();
    h.frame();
    expect(loads).toBe(1);
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
    let loads = 0;
    const h = await start({
      firstStage: decodeKeys(encodeKeys(firstStageKeys(forms))),
      loadForms: () => {
        loads++;
        return forms;
      },
    });
    await flush();
    h.scheduler.settle();
    h.frame();
    expect(loads).toBe(1);
    expect([...h.controller.index.terms()].map((t) => t.termId)).toEqual(['ketamine']);
  });
});
