// Long unwrapped lines (content/paint/long-lines.ts, content/paint/viewport-window.ts): a line too
// long to paint is indexed but not painted; a dense line under the limit is painted near the view.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { LONG_LINE_CHARS } from '../../content/paint/long-lines';
import { DENSE_ANCHOR } from '../../content/paint/viewport-window';
import { expect, test } from './support/fixtures';
import { centerOfText, readHighlights } from './support/highlights';
import { SCREENSHOTS_DIR } from './support/paths';
import {
  cardOf,
  ErrorWatch,
  recordFigures,
  reportedTerms,
  summarizeTasks,
  traceExtensionTasks,
  watchTooltips,
} from './support/probes';

const TIMED = { tag: '@timed' };

/** `marks` times "ketamine", each after filler that holds no glossary word, on one line. */
function line(marks: number, every: number): string {
  const filler = 'zq xv '.repeat(Math.ceil(every / 6)).slice(0, every - 10);
  return `${filler} ketamine `.repeat(marks);
}

/** Start offsets of the registered ranges inside the <pre>. */
async function registeredInPre(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('painlens-term');
    const pre = document.querySelector('pre')!;
    return [...(h ?? [])].filter((r) => pre.contains(r.startContainer)).map((r) => r.startOffset);
  });
}

test(
  'a 2 MB unwrapped line with 10,000 marks: indexed, not painted, no long PainLens task; a term beside it is painted',
  TIMED,
  async ({ page, server, worker }) => {
    test.setTimeout(90_000);
    const watch = await ErrorWatch.attach(page);
    const text = line(10_000, 200);
    expect(text.length).toBeGreaterThan(1_900_000);
    const url = server.setPage(
      'long-line',
      `<!doctype html><meta charset="utf-8"><title>One long line</title><p>Fibromyalgia, before the log.</p><pre style="white-space:pre">${text}</pre>`,
    );
    const { tasks } = await traceExtensionTasks(page, async () => {
      await page.goto(url);
      // Positive signal: every mark is in the index (the page's term list counts them all).
      await expect.poll(async () => (await reportedTerms(page, worker)).total, { timeout: 60_000 }).toBe(10_001);
      await expect.poll(async () => (await readHighlights(page)).map((h) => h.text)).toEqual(['Fibromyalgia']);
    });
    expect(await registeredInPre(page)).toEqual([]);
    const cpu = summarizeTasks(tasks);
    await recordFigures('long-line', { chars: text.length, marks: 10_000, painlensTasks: cpu });
    expect(cpu.maxCpuMs).toBeLessThan(50);
    // Resting on a term of the line shows nothing (it is not shown, and its boxes are not read);
    // resting on the term beside it does.
    const tooltips = await watchTooltips(page);
    const onLine = await centerOfText(page, 'pre', 'ketamine');
    await page.mouse.move(onLine.x - 20, onLine.y + 1);
    await page.mouse.move(onLine.x, onLine.y, { steps: 3 });
    await tooltips.afterHoverDelay();
    expect(await tooltips.seen()).toEqual([]);
    const beside = await centerOfText(page, 'p', 'Fibromyalgia');
    await page.mouse.move(beside.x - 20, beside.y + 1);
    await page.mouse.move(beside.x, beside.y, { steps: 3 });
    await cardOf(page).shown();
    expect(await tooltips.seen()).toEqual(['Fibromyalgia']);
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'long-line-unpainted.png') });
    expect(watch.errors).toEqual([]);
  },
);

test('a dense line under the limit is painted near the view, and follows a sideways scroll', async ({
  page,
  server,
}) => {
  const marks = DENSE_ANCHOR * 3;
  const text = line(marks, 25);
  expect(text.length).toBeLessThan(LONG_LINE_CHARS);
  const url = server.setPage(
    'dense-line',
    `<!doctype html><meta charset="utf-8"><title>A dense line</title><pre style="white-space:pre;font:16px monospace">${text}</pre>`,
  );
  await page.goto(url);
  const first = text.indexOf('ketamine');
  const last = text.lastIndexOf('ketamine');
  // At the left end: the first mark is painted, the far end is not.
  await expect.poll(async () => (await registeredInPre(page)).includes(first)).toBe(true);
  let offsets = await registeredInPre(page);
  expect(offsets.length).toBeLessThan(marks / 4);
  expect(Math.max(...offsets)).toBeLessThan(text.length / 2);
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'dense-line-start.png') });
  // Scrolled to the right end: the last mark is painted, the first no longer is.
  await page.evaluate(() => window.scrollTo(document.documentElement.scrollWidth, 0));
  await expect.poll(async () => (await registeredInPre(page)).includes(last)).toBe(true);
  await expect.poll(async () => (await registeredInPre(page)).includes(first)).toBe(false);
  offsets = await registeredInPre(page);
  expect(Math.min(...offsets)).toBeGreaterThan(text.length / 2);
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'dense-line-end.png') });
});
