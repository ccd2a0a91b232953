// "My words to ask about" in real Chromium: a word kept from the tooltip on a page, from the Explain
// view and from the glossary lands on the handout with its short definition, in the extension's
// IndexedDB (never where the page can read it), and Remove takes it off.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/ext-fixtures';
import { getReaderValue, shoot } from './support/ext-pages';
import { centerOfText, waitForSettled } from './support/highlights';
import { cardOf, expectLive, pointAt } from './support/probes';
import { glossary } from '../../data/glossary';
import { HANDOUT_HEADINGS } from '../../data/checklist-guidance';
import { READER_KEYS } from '../../utils/storage/keys';

const entry = (id: string) => glossary.find((e) => e.id === id)!;
const keptIds = async (worker: Parameters<typeof getReaderValue>[0]) =>
  (
    ((await getReaderValue(worker, READER_KEYS.keptWords)) as { words?: { id: string }[] } | undefined)?.words ?? []
  ).map((w) => w.id);

test('a word kept from the tooltip, the Explain view and the glossary is on the handout with its definition; Remove takes it off', async ({
  page,
  server,
  worker,
  openPanel,
}) => {
  test.setTimeout(90_000);
  // 1. From the tooltip on a web page.
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 20 });
  await page.evaluate(() => document.querySelector('#intro')?.scrollIntoView({ block: 'center' }));
  const at = await centerOfText(page, '#intro', 'fibromyalgia');
  await pointAt(page, at.x, at.y);
  const tip = cardOf(page);
  await tip.shown({ name: entry('fibromyalgia').name });
  await tip.press('Ask my doctor about this word');
  await tip.shown({ text: /Added to your list for the doctor/ });
  await expectLive(page, 'Added to your list for the doctor');
  await expect.poll(() => keptIds(worker)).toEqual(['fibromyalgia']);
  // Pressed again on a new card: the word is there once, and the card says so.
  await page.keyboard.press('Escape');
  await tip.gone();
  await page.mouse.move(1, 1);
  await pointAt(page, at.x, at.y);
  await tip.shown({ name: entry('fibromyalgia').name });
  await tip.press('Ask my doctor about this word');
  await tip.shown({ text: /already on your list/ });
  expect(await keptIds(worker)).toEqual(['fibromyalgia']);
  // Nothing of it where content scripts (and so the page's process) can read: storage.local holds
  // only settings, sites, the glossary's own data and the test harness's timing switch.
  const localKeys = await worker.evaluate(async () =>
    Object.keys(
      await (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
      ).chrome.storage.local.get(null),
    ),
  );
  expect(
    localKeys.filter((k) => !/^(settings|disabledSites|termTexts|termForms|firstStage|devTimings)\$?$/.test(k)),
  ).toEqual([]);

  // 2. From the Explain view.
  const panel = await openPanel({ hash: '#explain', viewport: { width: 360, height: 900 } });
  await panel
    .getByLabel('Paste the text you want explained')
    .fill('Keep taking gabapentin. We talked about a nerve block.');
  await panel.getByRole('button', { name: 'Explain this text' }).click();
  const gabapentin = entry('gabapentin').name;
  await panel.getByRole('button', { name: `Ask my doctor about this word: “${gabapentin}”` }).click();
  await expect(
    panel
      .locator('.explain-term')
      .filter({ hasText: gabapentin })
      .getByText('On your list of questions for your doctor.'),
  ).toBeVisible();

  // 3. From the glossary.
  await panel.evaluate(() => (location.hash = '#glossary/ketamine'));
  await panel.getByRole('button', { name: 'Ask my doctor about this word: “Ketamine”' }).click();
  await expect(panel.getByRole('button', { name: 'Remove “Ketamine” from the list' })).toBeVisible();
  await expect.poll(() => keptIds(worker)).toEqual(['fibromyalgia', 'gabapentin', 'ketamine']);

  // 4. On the handout, in the order kept, each with its short definition.
  await panel.evaluate(() => (location.hash = '#checklist'));
  const heading = panel.getByRole('heading', { name: HANDOUT_HEADINGS.keptWords });
  await expect(heading).toBeVisible();
  const items = heading.locator('xpath=following-sibling::ul[1]/li');
  await expect(items).toHaveCount(3);
  for (const [i, id] of ['fibromyalgia', 'gabapentin', 'ketamine'].entries()) {
    await expect(items.nth(i)).toContainText(`${entry(id).name}: ${entry(id).short}`);
  }
  const { violations } = await new AxeBuilder({ page: panel }).setLegacyMode(true).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await heading.scrollIntoViewIfNeeded();
  await shoot(panel, 'panel-handout-kept-words', false);

  // 5. Remove one: gone from the handout and from storage; the glossary offers it again.
  await panel.getByRole('button', { name: `Remove “${gabapentin}”` }).click();
  await expect(items).toHaveCount(2);
  await expect.poll(() => keptIds(worker)).toEqual(['fibromyalgia', 'ketamine']);
  await panel.evaluate(() => (location.hash = '#glossary/gabapentin'));
  await expect(panel.getByRole('button', { name: `Ask my doctor about this word: “${gabapentin}”` })).toBeVisible();
});
