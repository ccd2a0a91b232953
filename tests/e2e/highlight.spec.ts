import { expect, test } from './support/fixtures';
import { centerOfText, readExpectations, readHighlights, waitForSettled } from './support/highlights';
import { SCREENSHOTS_DIR } from './support/paths';
import path from 'node:path';

test('marks exactly the labeled terms on the demo article, without touching its DOM', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  const before = await page.evaluate(() => document.body.innerHTML);
  await waitForSettled(page, { min: 20 });
  const painted = await readHighlights(page);
  const expectations = await readExpectations(page);
  for (const { block, expected } of expectations) {
    const got = painted.filter((p) => p.block === block).map((p) => p.text);
    expect(got, `highlights in #${block}`).toEqual(expected);
  }
  // Nothing outside labeled blocks.
  expect(painted.filter((p) => p.block === null)).toEqual([]);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  // The only node PainLens may add is its host on <html>, and only once a tooltip is needed.
  expect(await page.locator('painlens-ui').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('hovering a term shows its tooltip; Escape closes it', async ({ page, server }) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 20 });
  const { x, y } = await centerOfText(page, '#intro', 'fibromyalgia');
  await page.mouse.move(x - 40, y);
  await page.mouse.move(x, y, { steps: 4 });
  const tip = page.locator('painlens-ui').getByRole('dialog');
  await expect(tip).toBeVisible();
  await expect(tip.getByRole('heading', { level: 2 }).or(tip.locator('.tip-name'))).toContainText('Fibromyalgia');
  await expect(tip).toContainText('Source:');
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'tooltip-hover.png') });
  // The term under the pointer gets the active highlight.
  expect((await readHighlights(page, 'painlens-term-active')).map((h) => h.text)).toEqual(['fibromyalgia']);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
});

test('a fast sweep across terms shows no tooltip', async ({ page, server }) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 20 });
  const a = await centerOfText(page, '#risks', 'dissociation');
  await page.mouse.move(a.x - 300, a.y);
  await page.mouse.move(a.x + 300, a.y, { steps: 3 });
  await page.mouse.move(a.x + 600, a.y + 200, { steps: 2 });
  await page.waitForTimeout(700);
  await expect(page.locator('painlens-ui').getByRole('dialog')).toHaveCount(0);
});
