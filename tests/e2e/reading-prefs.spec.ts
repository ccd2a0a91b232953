// Text size (100% to 200%) and high contrast, set in the side panel's settings, on every extension
// page: full-size text scales, nothing scrolls sideways, axe finds no contrast problem.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/ext-fixtures';
import { horizontalOverflow, openArticle, setLocal, shoot, waitForTabTerms } from './support/ext-pages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { centerOfText, waitForSettled } from './support/highlights';
import { cardOf, pointAt, setSettings } from './support/probes';

const POPUP_SECTIONS = ['On this page', 'Learn', 'Checklist', 'Search'] as const;
const PANEL_VIEWS = ['page', 'guide', 'evidence', 'checklist', 'glossary/ketamine', 'sources', 'settings', 'explain'];

const bodySize = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontSize);

async function axe(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${label}`,
  ).toEqual([]);
}

test('200% text: every page doubles its text and nothing scrolls sideways', async ({
  page,
  worker,
  server,
  openPopup,
  openPanel,
  openExt,
}) => {
  const tabId = await openArticle(page, worker, server);
  await waitForTabTerms(worker, tabId);
  await setLocal(worker, { settings: { ...DEFAULT_SETTINGS, textSize: 200 } });
  const panel = await openPanel({ tab: tabId, viewport: { width: 360, height: 800 } });
  await expect.poll(() => bodySize(panel)).toBe('32px');
  for (const view of PANEL_VIEWS) {
    await panel.evaluate((v) => (location.hash = v), view);
    await expect(panel.locator(`#view-${view.split('/')[0]}`)).toBeVisible();
    expect(await horizontalOverflow(panel), `panel #${view}`).toEqual({ overflow: 0, culprits: [] });
  }
  await panel.evaluate(() => (location.hash = 'guide'));
  await shoot(panel, 'text200-panel-guide', false);
  // The popup widens with the text, to the 800 px a browser allows; the browser sizes its window to it.
  const popup = await openPopup({ tab: tabId, viewport: { width: 800, height: 600 } });
  await expect.poll(() => bodySize(popup)).toBe('32px');
  expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(800);
  for (const name of POPUP_SECTIONS) {
    await popup.getByRole('tab', { name }).click();
    expect(await horizontalOverflow(popup), `popup ${name}`).toEqual({ overflow: 0, culprits: [] });
  }
  await popup.getByRole('tab', { name: 'On this page' }).click();
  await shoot(popup, 'text200-popup', false);
  for (const file of ['welcome.html', 'privacy.html']) {
    const p = await openExt(file, { viewport: { width: 600, height: 600 } });
    await expect.poll(() => bodySize(p), file).toBe('32px');
    expect(await horizontalOverflow(p), file).toEqual({ overflow: 0, culprits: [] });
  }
});

test('high contrast, light and dark: black on white (or white on black), axe clean', async ({
  worker,
  openPopup,
  openPanel,
}) => {
  await setLocal(worker, { settings: { ...DEFAULT_SETTINGS, highContrast: true, textSize: 150 } });
  for (const colorScheme of ['light', 'dark'] as const) {
    const panel = await openPanel({ hash: '#evidence' });
    await panel.emulateMedia({ colorScheme });
    await expect(panel.locator('html')).toHaveAttribute('data-contrast', 'more');
    const colours = await panel.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual(
      colorScheme === 'light'
        ? { text: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' }
        : { text: 'rgb(255, 255, 255)', bg: 'rgb(0, 0, 0)' },
    );
    await axe(panel, `panel evidence, ${colorScheme}`);
    await shoot(panel, `contrast-${colorScheme}-panel-evidence`, false);
    const popup = await openPopup();
    await popup.emulateMedia({ colorScheme });
    await expect(popup.locator('html')).toHaveAttribute('data-contrast', 'more');
    await axe(popup, `popup, ${colorScheme}`);
  }
});

test('the settings change an open popup at once', async ({ openPopup, openPanel }) => {
  const popup = await openPopup();
  await expect.poll(() => bodySize(popup)).toBe('16px');
  const panel = await openPanel({ hash: '#settings' });
  await panel.getByRole('combobox', { name: 'Text size' }).selectOption('150');
  await panel.getByRole('switch', { name: 'High contrast' }).click();
  await expect.poll(() => bodySize(popup)).toBe('24px');
  await expect(popup.locator('html')).toHaveAttribute('data-contrast', 'more');
  await shoot(panel, 'settings-reading', false);
});

test('the system asking for more contrast turns it on without the setting', async ({ openPanel }) => {
  const panel = await openPanel({ hash: '#guide' });
  await expect(panel.locator('html')).not.toHaveAttribute('data-contrast', 'more');
  await panel.emulateMedia({ contrast: 'more' });
  await expect(panel.locator('html')).toHaveAttribute('data-contrast', 'more');
});

test('the definition card on a page follows the text size, and stays inside the window at 200%', async ({
  page,
  server,
  worker,
}) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 20 });
  const measure = async () => {
    const p = await centerOfText(page, '#intro', 'fibromyalgia');
    await pointAt(page, p.x, p.y);
    const box = (await cardOf(page).shown({ name: /Fibromyalgia/ })).box;
    await page.keyboard.press('Escape');
    await cardOf(page).gone();
    await page.mouse.move(2, 2);
    return box;
  };
  const normal = await measure();
  await setSettings(worker, { textSize: 200 });
  // Twice the text size is about four times the area (the card also widens, so lines wrap less).
  const area = (b: { width: number; height: number }) => b.width * b.height;
  await expect.poll(async () => area(await measure()) / area(normal)).toBeGreaterThan(2.5);
  const big = await measure();
  const view = page.viewportSize()!;
  expect(big.x).toBeGreaterThanOrEqual(0);
  expect(big.x + big.width).toBeLessThanOrEqual(view.width);
  expect(big.width).toBeGreaterThan(normal.width);
});
