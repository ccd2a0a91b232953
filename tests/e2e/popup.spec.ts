// The toolbar popup, opened as a tab at its real size (400 × 600) and pinned to an article tab
// with "?tab=<id>" (hooks/use-active-tab.ts), driven the way a reader would.
import { cardOf, markedTermInView } from './support/probes';
import { expect, test } from './support/ext-fixtures';
import { readHighlights, waitForSettled } from './support/highlights';
import {
  getLocal,
  openArticle,
  parkSidePanel,
  readChecked,
  readTabTerms,
  shoot,
  waitForPanelAt,
  waitForTabTerms,
} from './support/ext-pages';
import { findGlossaryEntry } from '../../data/glossary';
import { guideSections } from '../../data/guide';
import { CRISIS_QUESTION_ID, checklistQuestions } from '../../data/checklist';
import { crisisHelpNow, crisisHelpSoon } from '../../data/review';
import { SURE_ITEMS, VALUE_ITEMS } from '../../data/values';

test('header: name, purpose and the pause switch, which clears and restores highlights in an open tab live', async ({
  page,
  worker,
  server,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  const painted = (await readHighlights(page)).map((h) => h.text);
  expect(painted.length).toBeGreaterThan(20);
  // A reload would lose this; the switch must act on the living page.
  await page.evaluate(() => ((window as unknown as { plMarker: number }).plMarker = 42));

  const popup = await openPopup({ tab: tabId });
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PainLens');
  await expect(popup.locator('.tagline')).toContainText('ketamine');
  const pause = popup.getByRole('switch', { name: 'Explain terms on pages' });
  await expect(pause).toHaveAttribute('aria-checked', 'true');
  await shoot(popup, 'popup-header-on', false);

  await pause.click();
  await expect(pause).toHaveAttribute('aria-checked', 'false');
  await expect.poll(async () => (await readHighlights(page)).length).toBe(0);
  await expect(popup.getByText('PainLens is paused.')).toBeVisible();
  // Nothing to turn off per site while everything is paused.
  await expect(popup.getByRole('switch', { name: /Explain terms on 127\.0\.0\.1/ })).toHaveCount(0);
  await shoot(popup, 'popup-paused', false);

  await pause.click();
  await expect(pause).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => (await readHighlights(page)).map((h) => h.text)).toEqual(painted);
  expect(await page.evaluate(() => (window as unknown as { plMarker?: number }).plMarker)).toBe(42);
  // The popup's list comes back too.
  await expect(popup.getByRole('list', { name: 'Explained terms on this page' })).toBeVisible();
});

test('"Explain terms on <site>" turns PainLens off and on for the article\'s site only', async ({
  page,
  worker,
  server,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  const before = (await readHighlights(page)).length;
  const popup = await openPopup({ tab: tabId });
  const site = popup.getByRole('switch', { name: 'Explain terms on 127.0.0.1' });
  await expect(site).toHaveAttribute('aria-checked', 'true');

  await site.click();
  await expect(site).toHaveAttribute('aria-checked', 'false');
  await expect.poll(async () => (await readHighlights(page)).length).toBe(0);
  await expect.poll(() => getLocal(worker, 'disabledSites')).toEqual(['127.0.0.1']);
  await expect(popup.getByText('PainLens is off on this site.')).toBeVisible();
  // Paused everywhere stays untouched.
  await expect(popup.getByRole('switch', { name: 'Explain terms on pages' })).toHaveAttribute('aria-checked', 'true');

  await site.click();
  await expect.poll(async () => (await readHighlights(page)).length).toBe(before);
  await expect.poll(() => getLocal(worker, 'disabledSites')).toEqual([]);
});

test('the four sections sit in one row of tabs that stays in view, each one click away', async ({
  page,
  worker,
  server,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  const popup = await openPopup({ tab: tabId });
  const tabs = popup.getByRole('tablist', { name: 'PainLens sections' }).getByRole('tab');
  await expect(tabs).toHaveText(['On this page', 'Learn', 'Checklist', 'Search']);
  const boxes = await tabs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(boxes).size, 'tabs on one row').toBe(1);
  for (const name of ['Learn', 'Checklist', 'Search', 'On this page']) {
    await popup.getByRole('tab', { name }).click();
    const panel = popup.getByRole('tabpanel', { name });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(popup.getByRole('tabpanel')).toHaveCount(1);
    // Scrolled to the bottom of the section, the tabs are still one click away.
    await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const top = await popup.getByRole('tab', { name: 'Search' }).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(600);
    await popup.evaluate(() => window.scrollTo(0, 0));
  }
});

test('On this page: every term with its count; choosing one scrolls the article to it and opens its tooltip', async ({
  page,
  worker,
  server,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  const ids = await waitForTabTerms(worker, tabId);
  const total = await waitForSettled(page, { min: 20 });
  const reported = await readTabTerms(worker, tabId);
  const counts = reported!.frames['0']!;
  const popup = await openPopup({ tab: tabId });
  const list = popup.getByRole('list', { name: 'Explained terms on this page' });
  await expect(list.getByRole('listitem')).toHaveCount(ids.length);
  const shown = await list
    .getByRole('button')
    .evaluateAll((els) =>
      els.map(
        (e) => [e.firstElementChild!.textContent, parseInt(e.querySelector('.count')!.textContent ?? '', 10)] as const,
      ),
    );
  expect(Object.fromEntries(shown)).toEqual(
    Object.fromEntries(ids.map((id) => [findGlossaryEntry(id)!.name, counts[id]])),
  );
  // Every painted mention is counted once.
  expect(shown.reduce((n, [, c]) => n + c, 0)).toBe(total);
  // Most frequent first.
  const nums = shown.map(([, c]) => c);
  expect(nums).toEqual([...nums].sort((a, b) => b - a));
  // Count pills stay one line tall beside names that wrap onto two lines.
  const pills = await list
    .locator('.count')
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
    );
  expect(Math.max(...pills)).toBeLessThan(1.2);
  await shoot(popup, 'popup-on-this-page', false);

  // "Schedule III" first appears at the end of the article, far below the fold.
  const name = findGlossaryEntry('schedule-iii')!.name;
  await page.evaluate(() => window.scrollTo(0, 0));
  await list.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect.poll(() => popup.isClosed(), { message: 'the popup closes after choosing' }).toBe(true);
  await page.bringToFront();
  await cardOf(page).shown({ text: 'Schedule III' });
  // The scroll may still be under way (smooth scrolling): wait for it.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // The chosen term is marked inside PainLens's closed surface: the page has no highlight that names it.
  expect(await page.evaluate(() => CSS.highlights.has('painlens-term-active'))).toBe(false);
  // The page may scroll smoothly: wait for the term to arrive in view.
  await expect.poll(() => markedTermInView(page)).toBe(true);
});

test('Learn: one card per guide section; each opens the side panel at that section', async ({
  page,
  context,
  worker,
  server,
  extensionId,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  await parkSidePanel(context, extensionId, worker);
  const popup = await openPopup({ tab: tabId });
  await popup.getByRole('tab', { name: 'Learn' }).click();
  const cards = popup.getByRole('tabpanel', { name: 'Learn' }).getByRole('listitem');
  await expect(cards).toHaveCount(guideSections.length);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(guideSections.map((s) => s.title));
  await shoot(popup, 'popup-learn', false);
  const section = guideSections[2]!;
  await popup.getByRole('button', { name: `Read more in the side panel: ${section.title}` }).click();
  // The side panel opens (or, where the browser refuses, a tab) and shows that section.
  await waitForPanelAt(context, extensionId, `#guide/${section.id}`);
});

test('Checklist: compact, and the same answers as the side panel', async ({
  page,
  worker,
  server,
  openPopup,
  openPanel,
}) => {
  const tabId = await openArticle(page, worker, server);
  const popup = await openPopup({ tab: tabId });
  await popup.getByRole('tab', { name: 'Checklist' }).click();
  const panel = popup.getByRole('tabpanel', { name: 'Checklist' });
  await expect(panel.locator('.checklist fieldset')).toHaveCount(checklistQuestions.length);
  // Then what matters to the reader and the four SURE questions.
  await expect(panel.locator('.values-form fieldset')).toHaveCount(VALUE_ITEMS.length + SURE_ITEMS.length);
  // Compact: each help text folded behind "Why this matters", one click away.
  const help = panel.getByText(checklistQuestions[0]!.help);
  await expect(help).toBeHidden();
  await panel.getByText(`Why this matters: ${checklistQuestions[0]!.question}`).click();
  await expect(help).toBeVisible();
  const [q1, q2, q3] = checklistQuestions;
  await panel.getByRole('group', { name: q1!.question }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await panel.getByRole('group', { name: q2!.question }).getByRole('radio', { name: 'Not sure' }).check();
  await panel.getByRole('group', { name: q3!.question }).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(panel.getByText(`3 of ${checklistQuestions.length} answered.`)).toBeVisible();
  await shoot(popup, 'popup-checklist', false);

  const side = await openPanel({ tab: tabId, hash: '#checklist' });
  await expect(
    side.getByRole('group', { name: q3!.question }).getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  const fromPopup = await readChecked(popup, 'popup-q');
  expect(fromPopup).toEqual({ [q1!.id]: 'yes', [q2!.id]: 'unsure', [q3!.id]: 'no' });
  expect(await readChecked(side, 'panel-q')).toEqual(fromPopup);
  // The panel shows the help text the popup leaves out.
  await expect(side.getByText(q1!.help)).toBeVisible();
});

test('Checklist: crisis help shows in the popup as soon as the self-harm answer is yes or not sure', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('tab', { name: 'Checklist' }).click();
  const q = checklistQuestions.find((c) => c.id === CRISIS_QUESTION_ID)!;
  const group = popup.getByRole('group', { name: q.question });
  await expect(group.locator('.crisis-help')).toHaveCount(0);
  await group.getByRole('radio', { name: 'Not sure' }).check();
  await expect(group.getByRole('status')).toContainText(crisisHelpSoon.title);
  await expect(group.getByRole('status')).toContainText('988');
  await group.getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(group.getByRole('alert')).toContainText(crisisHelpNow.title);
  await expect(group.getByRole('alert')).toContainText('988');
  await expect(group.getByRole('alert')).toBeInViewport();
  await group.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(group.locator('.crisis-help')).toHaveCount(0);
});

test('Search: typo-tolerant glossary search; a result opens its entry in the side panel', async ({
  page,
  context,
  worker,
  server,
  extensionId,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  await parkSidePanel(context, extensionId, worker);
  const popup = await openPopup({ tab: tabId });
  await popup.getByRole('tab', { name: 'Search' }).click();
  const box = popup.getByRole('searchbox', { name: 'Search the glossary' });
  const results = popup.getByRole('tabpanel', { name: 'Search' }).getByRole('listitem');
  for (const [typed, expected] of [
    ['fibromialgia', 'Fibromyalgia'],
    ['ketamin', 'Ketamine'],
    ['neuropathy', 'Neuropathy'],
  ] as const) {
    await box.fill(typed);
    await expect(results.first().locator('strong')).toHaveText(expected);
  }
  await box.fill('fibromialgia');
  await expect(popup.getByRole('status').filter({ hasText: /result/ })).toHaveText(/\d+ results?/);
  await shoot(popup, 'popup-search', false);
  await box.fill('zzzzqqq');
  await expect(popup.getByText('No term matches “zzzzqqq”. Try another spelling.')).toBeVisible();
  await box.fill('fibromialgia');
  await results.first().getByRole('button').click();
  await waitForPanelAt(context, extensionId, '#glossary/fibromyalgia');
});

test('"Open full guide" opens the side panel at the guide', async ({
  page,
  context,
  worker,
  server,
  extensionId,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  await parkSidePanel(context, extensionId, worker);
  const popup = await openPopup({ tab: tabId });
  await popup.getByRole('button', { name: 'Open full guide' }).click();
  await waitForPanelAt(context, extensionId, '#guide');
});
