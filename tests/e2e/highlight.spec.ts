import { expect, test } from './support/fixtures';
import { centerOfText, readExpectations, readHighlights, waitForSettled } from './support/highlights';
import { compareLabels, expectedCount } from './support/labels';
import {
  contentProbe,
  ErrorWatch,
  expectContentDecision,
  highlightSize,
  readStorage,
  scanMeasures,
  setDisabledSites,
  setSettings,
  watchTooltips,
  waitForNoHighlights,
} from './support/probes';
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

test('precision: ambiguous words only beside real terms, abbreviations in their case, never letters or stop words', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/precision.html'));
  const expected = await expectedCount(page);
  await waitForSettled(page, { min: expected });
  const report = await compareLabels(page);
  expect(report.mismatches).toEqual([]);
  expect(report.unlabeled).toEqual([]);
  expect(report.painted).toBe(expected);
  expect(watch.errors).toEqual([]);
});

// Articles written for the glossary's precision and recall: five non-medical pages full of everyday
// words with a medical sense, and two health pages. Every mark is labeled in the page.
for (const file of [
  'precision-sport.html',
  'precision-finance.html',
  'precision-cooking.html',
  'precision-software.html',
  'precision-politics.html',
  'health-chronic-pain-care.html',
  'health-low-back-pain.html',
]) {
  test(`labeled article ${file}: exactly the labeled marks`, async ({ page, server }) => {
    await page.goto(server.url(`/fixtures/${file}`));
    const expected = await expectedCount(page);
    // A positive signal first: the scan has run (a page may expect no mark at all).
    await expect.poll(async () => (await scanMeasures(page)).length).toBeGreaterThan(0);
    await waitForSettled(page, { min: expected });
    const report = await compareLabels(page);
    expect(report.mismatches).toEqual([]);
    expect(report.unlabeled).toEqual([]);
    expect(report.painted).toBe(expected);
  });
}

test('pausing removes every highlight from an open tab at once, and resuming brings them back', async ({
  page,
  server,
  worker,
}) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  const all = await waitForSettled(page, { min: 20 });
  const { states } = await expectContentDecision(page, { active: true });
  await setSettings(worker, { paused: true });
  // The script heard the pause and stopped scanning: it has no scanner, so nothing watches the page.
  await expectContentDecision(page, { states: states + 1, active: false });
  await waitForNoHighlights(page);
  // Not just emptied: the registry no longer holds PainLens's highlights at all.
  expect(await highlightSize(page)).toBe(-1);
  // Still paused after the page changes: new text is not scanned.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { id: 'late', textContent: 'More ketamine.' })),
  );
  expect(await contentProbe(page)).toMatchObject({ states: states + 1, active: false });
  expect(await highlightSize(page)).toBe(-1);
  await setSettings(worker, { paused: false });
  expect(await waitForSettled(page, { min: all + 1 })).toBe(all + 1);
  expect((await readHighlights(page)).at(-1)?.text).toBe('ketamine');
});

test('turning a site off removes its highlights live, and turning it on again rescans', async ({
  page,
  server,
  worker,
}) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  const all = await waitForSettled(page, { min: 20 });
  await setDisabledSites(worker, ['example.org', '127.0.0.1']);
  await waitForNoHighlights(page);
  expect(await highlightSize(page)).toBe(-1);
  // Another site in the list does not switch this one off.
  await setDisabledSites(worker, ['example.org']);
  expect(await waitForSettled(page, { min: all })).toBe(all);
  // A reload of a site that is off stays plain: the new document's script read the list and stayed off.
  await setDisabledSites(worker, ['127.0.0.1']);
  await waitForNoHighlights(page);
  await page.reload();
  await expectContentDecision(page, { site: '127.0.0.1', states: 1, active: false });
  expect(await highlightSize(page)).toBe(-1);
});

test('the highlight style applies live: underline, background tint, off', async ({ page, server, worker }) => {
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  const all = await waitForSettled(page, { min: 20 });
  const registered = () =>
    page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
      return Object.fromEntries([...reg.keys()].sort().map((k) => [k, reg.get(k)!.size]));
    });
  expect(await registered()).toEqual({ 'painlens-term': all, 'painlens-term-active': 0 });

  await setSettings(worker, { highlightStyle: 'background' });
  await expect.poll(registered).toEqual({ 'painlens-term': all, 'painlens-term-active': 0, 'painlens-term-fill': all });
  // The tint is really painted: the pixel under a term changes colour.
  const { x, y } = await centerOfText(page, '#intro', 'fibromyalgia');
  const tinted = await page.screenshot({ clip: { x: x - 2, y: y - 2, width: 4, height: 4 } });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'style-background.png') });

  await setSettings(worker, { highlightStyle: 'off' });
  await expect.poll(registered).toEqual({ 'painlens-term-active': 0 });
  const plain = await page.screenshot({ clip: { x: x - 2, y: y - 2, width: 4, height: 4 } });
  expect(Buffer.compare(tinted, plain)).not.toBe(0);

  await setSettings(worker, { highlightStyle: 'underline' });
  await expect.poll(registered).toEqual({ 'painlens-term': all, 'painlens-term-active': 0 });
});

test('"first mention only" applies live and back', async ({ page, server, worker }) => {
  await page.goto(server.url('/fixtures/mentions.html'));
  const all = await expectedCount(page);
  expect(await waitForSettled(page, { min: all })).toBe(all);
  expect((await compareLabels(page)).mismatches).toEqual([]);

  await setSettings(worker, { mentions: 'first' });
  const first = await expectedCount(page, 'data-expect-first');
  await expect.poll(() => highlightSize(page)).toBe(first);
  const report = await compareLabels(page, 'data-expect-first');
  expect(report.mismatches).toEqual([]);
  expect(report.unlabeled).toEqual([]);

  // A new first mention earlier on the page takes over from the old one.
  await page.evaluate(() =>
    document.body.prepend(Object.assign(document.createElement('p'), { id: 'early', textContent: 'Nausea first.' })),
  );
  await expect
    .poll(async () => (await readHighlights(page)).map((h) => h.text))
    .toEqual(['Nausea', 'Ketamine', 'chronic pain', 'dissociation']);

  await setSettings(worker, { mentions: 'all' });
  await expect.poll(() => highlightSize(page)).toBe(all + 1);
  // The settings the test wrote are what the content script read.
  expect(await readStorage(worker, 'local', 'settings')).toMatchObject({ mentions: 'all' });
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
  const tooltips = await watchTooltips(page);
  const a = await centerOfText(page, '#risks', 'dissociation');
  await page.mouse.move(a.x - 300, a.y);
  await page.mouse.move(a.x + 300, a.y, { steps: 3 });
  await page.mouse.move(a.x + 600, a.y + 200, { steps: 2 });
  // No output says "not shown". A tooltip the sweep set going would show one hover delay after the
  // script's last pointer frame: the page's own timer queue passes that point, and every frame
  // until then was watched.
  await tooltips.afterHoverDelay();
  expect(await tooltips.seen()).toEqual([]);
  // The script was reading the pointer all along: a rest on a term shows that term.
  const b = await centerOfText(page, '#risks', 'dissociation');
  await page.mouse.move(b.x - 20, b.y + 1);
  await page.mouse.move(b.x, b.y, { steps: 3 });
  await expect(page.locator('painlens-ui').getByRole('dialog')).toBeVisible();
  expect(await tooltips.seen()).toEqual(['Dissociation']);
});
