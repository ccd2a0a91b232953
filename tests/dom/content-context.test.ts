// PainLensContext, the content script's own lifecycle (utils/content-bridge.ts): nothing a page can
// see or send, a newer copy stops an older one, and an orphan stops itself once the extension is gone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PainLensContext } from '@/utils/content-bridge';

const live: PainLensContext[] = [];
const make = () => {
  const ctx = new PainLensContext('content');
  live.push(ctx);
  return ctx;
};

afterEach(() => {
  for (const ctx of live.splice(0)) ctx.invalidate();
  fakeBrowser.runtime.id = 'test-extension-id';
  vi.restoreAllMocks();
});

describe('PainLensContext', () => {
  it('posts no message and dispatches no event on the page’s window or document', () => {
    const post = vi.spyOn(window, 'postMessage');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const seen: string[] = [];
    const record = (e: Event) => seen.push(e.type);
    window.addEventListener('message', record);
    make();
    make();
    window.removeEventListener('message', record);
    expect(post).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
    expect(onDocument).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });

  it('a newer copy stops the older one in the same world; the newer one runs on', () => {
    const older = make();
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = make();
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
  });

  it('an orphan (its extension gone) stops at its next timer, and runs nothing more', () => {
    vi.useFakeTimers();
    try {
      const ctx = make();
      const stopped = vi.fn();
      const ran = vi.fn();
      ctx.onInvalidated(stopped);
      ctx.setTimeout(ran, 10);
      vi.advanceTimersByTime(10);
      expect(ran).toHaveBeenCalledTimes(1);
      ctx.setTimeout(ran, 10);
      fakeBrowser.runtime.id = undefined as unknown as string;
      vi.advanceTimersByTime(10);
      expect(stopped).toHaveBeenCalledTimes(1);
      expect(ran).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes events to listeners while valid, and removes them when invalidated', () => {
    const ctx = make();
    const heard = vi.fn();
    ctx.addEventListener(window, 'resize', heard);
    window.dispatchEvent(new Event('resize'));
    ctx.invalidate();
    window.dispatchEvent(new Event('resize'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
