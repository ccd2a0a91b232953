// entrypoints/content.ts as the browser runs it (with fakeBrowser for storage and messages): a frame
// whose text gives the first stage no candidate reads nothing but its settings (and, in the same call,
// the first stage's keys) from storage; the first
// candidate reads the match forms from storage.local, and the terms are then marked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '@/entrypoints/content';
import { handleMessage } from '@/entrypoints/background/messages';
import { TERM_HIGHLIGHT } from '@/content/paint/painter';
import { SCAN_MEASURE } from '@/content/scan/slice-timing';
import { PainLensContext } from '@/utils/content-bridge';
import { LOCAL_KEYS } from '@/utils/storage/keys';
import { firstStageKeys, firstStageVersion } from 'virtual:painlens-term-forms';
import { installHighlights, installStaticRange, mount, restoreGlobals } from './support/dom-fakes';

const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 5000, interval: 5 });

/** Every key the content script asked storage.local for, in order. */
function watchStorageReads(): string[] {
  const keys: string[] = [];
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((query: string | string[]) => {
    keys.push(...(Array.isArray(query) ? query : [query]));
    return get(query as never);
  }) as never);
  return keys;
}

const scanMeasures = () => performance.getEntriesByName(SCAN_MEASURE, 'measure').length;

let ctx: PainLensContext;

beforeEach(async () => {
  installStaticRange();
  performance.clearMeasures(SCAN_MEASURE);
  // Scan measures are the positive signal that the frame has been read (as in the e2e quiet-start spec).
  await fakeBrowser.storage.local.set({ [LOCAL_KEYS.devTimings]: true });
  // Messages reach the background, as in the browser.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    async (m: unknown) =>
      handleMessage(m, {
        id: fakeBrowser.runtime.id,
        tab: { id: 3, url: 'https://example.com/' },
        frameId: 0,
        url: 'https://example.com/',
      } as never) as Promise<never>,
  );
});
afterEach(() => {
  ctx.invalidate();
  restoreGlobals();
  document.body.replaceChildren();
});

describe('the content script entry', () => {
  it('a frame without a candidate reads only its settings; the first candidate reads the forms, once, and marks the terms', async () => {
    const registry = installHighlights();
    mount('<h1>Harbour news</h1><p>The boats came back at dusk, and the market filled the square.</p>');
    // The worker wrote the first stage's keys at install (the forms too, but they are left out here
    // to show when they are read).
    await fakeBrowser.storage.local.set({
      [LOCAL_KEYS.firstStage]: { version: firstStageVersion, keys: firstStageKeys },
    });
    const reads = watchStorageReads();
    ctx = new PainLensContext('content');
    contentScript.main(ctx as never);
    await eventually(() => expect(scanMeasures()).toBeGreaterThan(0));
    expect(reads).not.toContain(LOCAL_KEYS.termForms);
    expect(reads).not.toContain(LOCAL_KEYS.termTexts);
    expect(
      reads.every((k) =>
        [LOCAL_KEYS.settings, LOCAL_KEYS.disabledSites, LOCAL_KEYS.devTimings, LOCAL_KEYS.firstStage].includes(
          k as never,
        ),
      ),
    ).toBe(true);
    expect(registry.has(TERM_HIGHLIGHT)).toBe(false);

    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Ketamine for fibromyalgia.' }));
    await eventually(() => expect(registry.get(TERM_HIGHLIGHT)?.size).toBe(2));
    // Nothing was stored: the content script's read, the worker's check before it wrote them (asked by
    // message), and the content script's one more read.
    expect(reads.filter((k) => k === LOCAL_KEYS.termForms)).toHaveLength(3);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'write-term-forms' });
  });
});
