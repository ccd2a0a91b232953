// `npm run demo`: builds PainLens, serves a demo health article on 127.0.0.1, opens Chromium with
// the extension loaded, hovers a term, and saves screenshots of the tooltip, the popup, the side
// panel (this page, the guide, an evidence card, the options compared, the printed handout) and the
// welcome page into demo-output/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer } from './harness/server';
import { tabIdOf } from './harness/tabs';
import { isLocalUrl, launchWithExtension } from './harness/launch';

const root = path.resolve(import.meta.dirname, '..');
const ext = path.join(root, '.output/chrome-mv3');
const out = path.join(root, 'demo-output');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const t0 = Date.now();
const say = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);

say('Building the extension (wxt build)…');
if (spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}
say(`Built: ${ext}`);

if (!fs.existsSync(chromiumPath)) {
  console.error(`
Chromium was not found at ${chromiumPath}, so the demo cannot open a browser.
The extension is built in ${ext}; you can load it by hand (chrome://extensions, Developer mode, "Load unpacked").

To run the demo, install Chromium:
  Debian/Ubuntu:  sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome for Testing binary:
  CHROMIUM_PATH=/path/to/chromium npm run demo
`);
  process.exit(2);
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const server = await startServer(null);
const headed = Boolean(process.env.DISPLAY) && !process.env.HEADLESS;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-demo-'));
const context: BrowserContext = await launchWithExtension(profile, {
  headless: !headed,
  viewport: { width: 1280, height: 800 }, // the stores' screenshot size
  reducedMotion: 'reduce',
});
// Everything the demo shows is on this machine: nothing else may load.
await context.route('**/*', (route) =>
  isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
);
say(
  `Chromium ${context.browser()?.version() ?? ''} started ${headed ? 'with a window' : 'headless'}, PainLens loaded.`,
);

const shots: string[] = [];
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = path.join(out, name);
  await page.screenshot({ path: file, fullPage });
  shots.push(file);
}

try {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const id = new URL(sw.url()).host;
  const welcome =
    context.pages().find((p) => p.url().includes('welcome.html')) ??
    (await context.waitForEvent('page', { timeout: 5000 }).catch(() => null));

  const article = await context.newPage();
  const articleUrl = server.url('/fixtures/ketamine-article.html');
  await article.goto(articleUrl);
  await article.waitForFunction(() => (CSS.highlights.get('painlens-term')?.size ?? 0) > 20, null, { timeout: 15_000 });
  const marked = await article.evaluate(() => CSS.highlights.get('painlens-term')?.size ?? 0);
  say(`Demo article at ${articleUrl}: ${marked} terms marked (CSS highlights, page DOM untouched).`);

  const point = await article.evaluate(() => {
    const p = document.querySelector('#intro')!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf('fibromyalgia');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 'fibromyalgia'.length);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error('term not found');
  });
  await article.mouse.move(point.x - 30, point.y);
  await article.mouse.move(point.x, point.y, { steps: 3 });
  await article.locator('painlens-ui').getByRole('dialog').waitFor({ timeout: 5000 });
  await article.waitForTimeout(250);
  await shot(article, '1-article-tooltip.png');
  say('Hovered "fibromyalgia": its tooltip is showing.');

  const tabId = await tabIdOf(article, sw);

  const popup = await context.newPage();
  popup.on('console', (m) => process.env.DEMO_DEBUG && console.log('popup console:', m.text()));
  popup.on('pageerror', (e) => console.error('popup error:', e.message));
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.getByRole('list', { name: 'Explained terms on this page' }).waitFor({ timeout: 10_000 });
  await shot(popup, '2-popup.png');
  say('Popup (for the article tab): pause switch, site switch, terms on this page.');

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}#page`);
  await panel.getByRole('heading', { name: /What the evidence says about this page/ }).waitFor({ timeout: 10_000 });
  await shot(panel, '3-sidepanel-this-page.png');
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}#guide/how-it-is-given`);
  await panel.waitForTimeout(300);
  await shot(panel, '4-sidepanel-guide.png');
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}#evidence`);
  const card = panel.locator('article.evidence-card').first();
  await card.locator('figure.icon-array').waitFor({ timeout: 10_000 });
  await card.screenshot({ path: path.join(out, '5-sidepanel-evidence-card.png') });
  shots.push(path.join(out, '5-sidepanel-evidence-card.png'));
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}#options/fibromyalgia-options`);
  await panel.locator('#options-fibromyalgia-options').waitFor({ timeout: 10_000 });
  await panel.waitForTimeout(300);
  await shot(panel, '6-sidepanel-options.png');
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}#checklist`);
  for (const [q, a] of [
    ['pain-more-than-3-months', 'yes'],
    ['pain-tried-other-treatments', 'yes'],
    ['med-opioids', 'yes'],
    ['safety-uncontrolled-blood-pressure', 'unsure'],
    ['practical-ride-home', 'no'],
  ] as const) {
    await panel.locator(`input[name="panel-q-${q}"][value="${a}"]`).check();
  }
  await panel.locator('input[name="panel-value-quick-relief"][value="a-lot"]').check();
  await panel.locator('input[name="panel-sure-understand"][value="no"]').check();
  // The handout as it prints: only the list, without the questions, navigation or buttons.
  await panel.emulateMedia({ media: 'print' });
  await shot(panel, '7-handout-print.png', true);
  await panel.emulateMedia({ media: 'screen' });
  say('Side panel: this page, the guide, an evidence card with its icon array, the options compared, the handout.');

  const w = welcome ?? (await context.newPage());
  if (!welcome) await w.goto(`chrome-extension://${id}/welcome.html`);
  await w.bringToFront();
  await w.waitForFunction(() => (CSS.highlights.get('painlens-term')?.size ?? 0) > 5, null, { timeout: 10_000 });
  await shot(w, '8-welcome.png');
  say('Welcome page (opened on install), with a sample paragraph to try.');
} catch (e) {
  for (const p of context.pages())
    await p.screenshot({ path: path.join(out, `error-${context.pages().indexOf(p)}.png`) }).catch(() => {});
  console.error('The demo stopped:', e);
  process.exitCode = 1;
} finally {
  await context.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

console.log(`\nScreenshots in ${out}:`);
for (const s of shots) console.log(`  ${path.relative(root, s)}`);
console.log(
  `\nTo try PainLens yourself: open chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick ${path.relative(root, ext)}.`,
);
