// Hover: from the pointer coming to rest on a painted term to the tooltip's first frame, minus the delay.
import type { BrowserContext } from 'playwright-core';
import { normalizeSettings } from '../lib/settings';
import { LOCAL_KEYS } from '../utils/storage/keys';
import { openPage, waitScanSettled, type Env } from './browser';
import { sleep, step } from './log';
import type { HoverSample } from './results-model';

export async function measureHover(env: Env, url: string, runIndex: number): Promise<HoverSample[]> {
  const samples: HoverSample[] = [];
  await step(`hover run ${runIndex + 1}`, async () => {
    const p = await openPage(env.ext, url);
    try {
      if (!(await waitScanSettled(p))) throw new Error('the page did not settle');
      await p.evaluate(env.bundle);
      for (const n of [0, 4, 8, 12, 16]) {
        // Start from rest, off any term, with no tooltip open.
        await p.mouse.move(3, 3);
        await sleep(700);
        await p.keyboard.press('Escape');
        for (let i = 0; i < 20 && (await p.evaluate(`painlensBench.tooltipShown()`)); i++) await sleep(50);
        const pt = (await p.evaluate(`painlensBench.termPoint(${n})`)) as { x: number; y: number; text: string } | null;
        if (!pt) throw new Error(`no painted term #${n} to hover`);
        await p.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
        await sleep(150);
        await p.evaluate(`painlensBench.watchTooltip(${env.hoverDelayMs + 3000})`);
        // One move straight onto the term: the pointer comes to rest there.
        await p.mouse.move(pt.x, pt.y);
        const t = (await p.evaluate(`painlensBench.tooltipResult()`)) as {
          restAt: number;
          frameAt: number;
          shownAt: number;
          paintedAt: number;
        } | null;
        if (!t || t.restAt < 0) throw new Error(`no tooltip for "${pt.text}"`);
        samples.push({
          term: pt.text,
          totalMs: t.paintedAt - t.restAt - env.hoverDelayMs,
          toFrameMs: t.frameAt - t.restAt,
          showMs: t.shownAt - t.frameAt - env.hoverDelayMs,
          paintMs: t.paintedAt - t.shownAt,
        });
      }
    } finally {
      await p.close();
    }
  });
  return samples;
}

export async function readHoverDelay(ext: BrowserContext): Promise<number> {
  let [sw] = ext.serviceWorkers();
  sw ??= await ext.waitForEvent('serviceworker', { timeout: 15_000 });
  const raw = await sw.evaluate(async (key) => {
    const c = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await c.storage.local.get(key))[key];
  }, LOCAL_KEYS.settings);
  return normalizeSettings(raw).value.hoverDelayMs;
}
