// Tap to explain, in real Chromium with a phone's screen (390 × 844, touch) and a tablet's
// (820 × 1180): touches are real input (CDP Input.dispatchTouchEvent), so they are trusted and
// produce the browser's own pointer, click and scroll behaviour.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { centerOfText, waitForSettled } from './support/highlights';
import { cardOf } from './support/probes';
import { SCREENSHOTS_DIR } from './support/paths';
import fs from 'node:fs';
import path from 'node:path';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Living with nerve pain</title>
<style>body{font:18px/1.5 sans-serif;margin:16px} .tall{height:1600px}</style></head><body>
<h1>Living with nerve pain</h1>
<p id="plain">Many people with fibromyalgia also have trouble sleeping, and some are offered gabapentin.</p>
<p id="linked">Read more about <a id="link" href="#after-link">neuropathy and its causes</a> before your visit.</p>
<p id="scroll">A long article follows. Ketamine infusions are one option some clinics offer.</p>
<div class="tall"></div><p id="after-link">The end.</p>
<script>
  // The page counts its own touches, and any that PainLens prevented.
  window.touchLog = { prevented: 0, seen: 0 };
  for (const type of ['touchstart', 'touchmove', 'touchend', 'pointerdown', 'pointerup']) {
    addEventListener(type, (e) => { window.touchLog.seen++; queueMicrotask(() => e.defaultPrevented && window.touchLog.prevented++); });
  }
</script></body></html>`;

async function asPhone(page: Page, width: number, height: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return cdp;
}

async function touch(cdp: CDPSession, points: { x: number; y: number }[], holdMs = 0): Promise<void> {
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: first!.x, y: first!.y }] });
  if (holdMs) await new Promise((r) => setTimeout(r, holdMs));
  for (const p of rest)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: p.x, y: p.y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function open(page: Page, server: { setPage(n: string, h: string): string }, size: [number, number]) {
  const cdp = await asPhone(page, ...size);
  await page.goto(server.setPage('touch.html', PAGE));
  await waitForSettled(page, { min: 3 });
  return cdp;
}

/** Playwright's own screenshot resets the device metrics; the browser's keeps the phone's screen. */
async function shootAsDevice(cdp: CDPSession, name: string): Promise<void> {
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOTS_DIR, `${name}.png`), Buffer.from(data, 'base64'));
}

const prevented = (page: Page) =>
  page.evaluate(() => (window as unknown as { touchLog: { prevented: number } }).touchLog.prevented);

test('phone: a tap on a term shows a sheet across the screen that leaves the term visible; a tap elsewhere closes it', async ({
  page,
  server,
}) => {
  const cdp = await open(page, server, [390, 844]);
  const p = await centerOfText(page, '#plain', 'fibromyalgia');
  await touch(cdp, [p]);
  const card = cardOf(page);
  const shown = await card.shown({ name: /Fibromyalgia/ });
  const box = shown.box;
  expect(box.width).toBeGreaterThanOrEqual(390 - 16 - 1);
  // Back closes the sheet: it holds a CloseWatcher, made in the content script's world.
  expect(shown.closeWatch).toBe(true);
  expect(box.y + box.height <= p.y - 10 || box.y >= p.y + 10, 'the sheet does not cover the term').toBe(true);
  await shootAsDevice(cdp, 'touch-phone-sheet');
  // A tap on plain text elsewhere closes it.
  const h1 = await centerOfText(page, 'h1', 'Living');
  await touch(cdp, [h1]);
  await card.gone();
  expect(await prevented(page)).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { touchLog: { seen: number } }).touchLog.seen),
  ).toBeGreaterThan(4);
});

test('phone: a swipe that starts on a term scrolls the page and shows nothing', async ({ page, server }) => {
  const cdp = await open(page, server, [390, 844]);
  // The definitions are loaded first (one tap, then Escape), so a wrong card would show at once,
  // in the swipe's own events, before anything this test does next.
  await touch(cdp, [await centerOfText(page, '#plain', 'fibromyalgia')]);
  await cardOf(page).shown({ name: /Fibromyalgia/ });
  await page.keyboard.press('Escape');
  await cardOf(page).gone();
  const p = await centerOfText(page, '#scroll', 'Ketamine');
  await touch(cdp, [p, { x: p.x, y: p.y - 40 }, { x: p.x, y: p.y - 120 }, { x: p.x, y: p.y - 200 }]);
  // Positive signal: the browser handled the swipe as a scroll.
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  // A tap on plain words after it (processed after the swipe's events): still no card.
  await touch(cdp, [await centerOfText(page, '#scroll', 'article')]);
  await cardOf(page).gone();
  expect(await prevented(page)).toBe(0);
});

test('phone: a tap on a term inside a link follows the link; a long press explains it', async ({ page, server }) => {
  const cdp = await open(page, server, [390, 844]);
  const p = await centerOfText(page, '#link', 'neuropathy');
  await touch(cdp, [p], 800);
  await cardOf(page).shown({ name: /neuropathy/i });
  await page.evaluate(() => scrollTo(0, 0));
  await page.keyboard.press('Escape');
  await cardOf(page).gone();
  const again = await centerOfText(page, '#link', 'neuropathy');
  await touch(cdp, [again]);
  await expect(page).toHaveURL(/#after-link$/);
  await cardOf(page).gone();
  expect(await prevented(page)).toBe(0);
});

test('tablet: a tap shows the card beside the term, as on a desktop', async ({ page, server }) => {
  const cdp = await open(page, server, [820, 1180]);
  const p = await centerOfText(page, '#plain', 'gabapentin');
  await touch(cdp, [p]);
  const shown = await cardOf(page).shown({ name: /Gabapentin/ });
  expect(shown.box.width).toBeLessThanOrEqual(340);
  // Not a sheet: Back is the browser's, as on a desktop.
  expect(shown.closeWatch).toBe(false);
  await shootAsDevice(cdp, 'touch-tablet-card');
});
