import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readHighlights, waitForSettled } from './support/highlights';
import {
  cardOf,
  expectContentDecision,
  expectLive,
  liveText,
  markedTermInView,
  readSurface,
  setSettings,
  stepTerm,
} from './support/probes';

interface ManifestCommands {
  commands: Record<string, { suggested_key?: { default?: string } }>;
}

/**
 * Presses the suggested shortcut, and where the browser does not turn it into the extension command,
 * sends the command's message itself. Headless Chromium 156 loads unpacked extensions without
 * binding their suggested keys (chrome.commands.getAll() reports shortcut ""), and Playwright's key
 * events go straight to the renderer, past the browser's accelerator table, so a real Alt+Shift+N
 * never reaches the worker's commands.onCommand here. The fallback sends the exact message that
 * handleCommand sends (entrypoints/background/messages.ts): chrome.tabs.sendMessage(tab,
 * {type:'step-term', direction}, {frameId: 0}).
 */
async function pressStep(page: Page, worker: Worker, direction: 1 | -1): Promise<'key' | 'message'> {
  const read = () => liveText(page);
  const before = await read();
  await page.keyboard.press(direction === 1 ? 'Alt+Shift+N' : 'Alt+Shift+P');
  await page.waitForTimeout(100);
  const after = await read();
  if (after !== before) return 'key';
  await stepTerm(page, worker, direction);
  return 'message';
}

/** True once the page has not scrolled for two frames in a row. */
async function scrollSettled(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const a = scrollY;
    await frame();
    await frame();
    return scrollY === a;
  });
}

/**
 * Waits for the announcement of step i of total: PainLens's own name for the term (the card's), never
 * the page's text, then its short definition.
 */
async function expectStep(page: Page, i: number, total: number): Promise<string> {
  const live = await expectLive(page, new RegExp(`^Term ${i} of ${total}: `));
  const card = await cardOf(page).shown();
  expect(live.startsWith(`Term ${i} of ${total}: ${card.name}. `)).toBe(true);
  return card.name;
}

test('the next/previous-term command is declared with its suggested shortcuts', async ({ worker }) => {
  const manifest = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest(),
  );
  const { commands } = manifest as ManifestCommands;
  expect(commands['next-term']?.suggested_key?.default).toBe('Alt+Shift+N');
  expect(commands['previous-term']?.suggested_key?.default).toBe('Alt+Shift+P');
});

test('stepping through terms scrolls each into view, shows its tooltip and announces "Term n of N"', async ({
  page,
  server,
  worker,
}) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  const total = await waitForSettled(page, { min: 20 });
  const painted = (await readHighlights(page)).map((h) => h.text);
  const tip = cardOf(page);

  const path = await pressStep(page, worker, 1);
  test.info().annotations.push({ type: 'command path', description: path });
  expect(painted[0]?.toLowerCase()).toBe('ketamine');
  expect(await expectStep(page, 1, total)).toBe('Ketamine');
  // Keyboard users get the focus in the tooltip (its buttons are reachable with Tab).
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('painlens-ui');
  expect((await tip.read())!.focused).toBe(true);
  expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual(['painlens-term']);

  // A term that wraps across source lines is announced by its name, with none of the page's text.
  for (let i = 2; i <= 6; i++) await stepTerm(page, worker, 1);
  expect(painted[5]).toBe('complex regional pain syndrome');
  expect(await expectStep(page, 6, total)).toMatch(/^Complex regional pain syndrome/);
  expect(await liveText(page)).not.toMatch(/\n/);

  // Far down the page: the term is scrolled into view.
  for (let i = 7; i <= total - 2; i++) await stepTerm(page, worker, 1);
  await expectStep(page, total - 2, total);
  // The scroll is smooth: wait until it has come to rest, then the term is in view.
  await expect.poll(() => scrollSettled(page)).toBe(true);
  expect(await markedTermInView(page)).toBe(true);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await tip.shown();

  // Back one, then forward past the end wraps to the first.
  await pressStep(page, worker, -1);
  await expectStep(page, total - 3, total);
  for (let i = 0; i < 4; i++) await stepTerm(page, worker, 1);
  await expectStep(page, 1, total);
  await expect.poll(() => markedTermInView(page)).toBe(true);

  // Escape leaves: the tooltip closes, the mark goes, the focus returns to the page.
  await page.keyboard.press('Escape');
  await tip.gone();
  expect((await readSurface(page))!.marker).toEqual([]);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('previous from the top wraps to the last term, and focus returns to the element that had it', async ({
  page,
  server,
  worker,
}) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  const total = await waitForSettled(page, { min: 20 });
  const painted = (await readHighlights(page)).map((h) => h.text);
  // The textarea is below the fold; focusing it must not scroll, so the walk starts at the top.
  await page.locator('#notes').evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  await stepTerm(page, worker, -1);
  expect(painted.length).toBe(total);
  await expectStep(page, total, total);
  await page.keyboard.press('Escape');
  await cardOf(page).gone();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
});

test('with "first mention only", the command visits painted terms only', async ({ page, server, worker }) => {
  await setSettings(worker, { mentions: 'first' });
  await page.goto(server.url('/fixtures/mentions.html'));
  await expect.poll(() => readHighlights(page).then((h) => h.length)).toBe(4);
  await stepTerm(page, worker, 1);
  await stepTerm(page, worker, 1);
  await stepTerm(page, worker, 1);
  await expectLive(page, /^Term 3 of 4: Nausea and vomiting\. /);
});

test('the command says so when there is nothing to visit, or PainLens is off', async ({ page, server, worker }) => {
  const url = server.setPage('no-terms', '<!doctype html><title>t</title><p>Plain words about the weather.</p>');
  await page.goto(url);
  // The script has read its settings and is on: it listens for the command.
  await expectContentDecision(page, { states: 1, active: true });
  await stepTerm(page, worker, 1);
  await expectLive(page, /^PainLens found no explained terms on this page\.$/);
  await cardOf(page).gone();

  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 20 });
  await setSettings(worker, { paused: true });
  await expect.poll(() => readHighlights(page).then((h) => h.length)).toBe(0);
  await stepTerm(page, worker, 1);
  await expectLive(page, /^PainLens is off on this page\.$/);
  await cardOf(page).gone();
});
