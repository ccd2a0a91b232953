// The side panel, opened as a tab beside an article tab and pinned to it with "?tab=<id>"
// (hooks/use-active-tab.ts). Each view is driven the way a reader would.
import type { Page } from '@playwright/test';
import { cardOf, markedTermInView, markedTermTop } from './support/probes';
import { expect, test } from './support/ext-fixtures';
import { readHighlights, waitForSettled, centerOfText } from './support/highlights';
import {
  getLocal,
  getSession,
  getStoredAnswers,
  openArticle,
  readChecked,
  setLocal,
  setSession,
  shoot,
  shootPath,
  waitForTabTerms,
} from './support/ext-pages';
import { findGlossaryEntry, glossary } from '../../data/glossary';
import { glossaryCategoryLabels } from '../../data/glossary/categories';
import { guideSections } from '../../data/guide';
import { CARD_NEXT_STEPS, evidenceCards } from '../../data/evidence-cards';
import { sources } from '../../data/sources';
import { CHECKLIST_TITLE, RETIRED_QUESTIONS, checklistQuestions } from '../../data/checklist';
import { HANDOUT_HEADINGS } from '../../data/checklist-guidance';
import { OPTION_ATTRIBUTES, optionComparisons } from '../../data/options';
import { crisisHelpNow } from '../../data/review';
import { SURE_ITEMS, VALUE_ITEMS, VALUE_WEIGHTS } from '../../data/values';
import { evaluateChecklist } from '../../lib/checklist-evaluate';
import { formatSummaryText } from '../../lib/summary-text';
import { todayIso } from '../../lib/answers';
import type { Answer } from '../../data/types';

const LABEL: Record<Answer, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

function radio(page: Page, questionId: string, answer: Answer) {
  const q = checklistQuestions.find((c) => c.id === questionId)!;
  return page.getByRole('group', { name: q.question }).getByRole('radio', { name: LABEL[answer], exact: true });
}

test('Guide: the table of contents leads to every section', async ({ openPanel }) => {
  // Chrome's side panel is 360 px wide unless the reader widens it.
  const panel = await openPanel({ hash: '#guide', viewport: { width: 360, height: 800 } });
  const rows = await panel
    .getByRole('navigation', { name: 'PainLens sections' })
    .getByRole('link')
    .evaluateAll((links) => new Set(links.map((l) => Math.round(l.getBoundingClientRect().top))).size);
  expect(rows, 'rows of section links').toBeLessThanOrEqual(2);
  const toc = panel.getByRole('navigation', { name: 'Guide contents' });
  await expect(toc.getByRole('link')).toHaveText(guideSections.map((s) => s.title));
  await expect(panel.locator('section.guide-section h2')).toHaveText(guideSections.map((s) => s.title));
  await shoot(panel, 'panel-guide', false);
  const target = guideSections[guideSections.length - 2]!;
  await toc.getByRole('link', { name: target.title }).click();
  await expect(panel).toHaveURL(new RegExp(`#guide/${target.id}$`));
  const heading = panel.locator(`#guide-${target.id}`);
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  // Citation marks lead to the full citation.
  const ref = panel.locator(`section[aria-labelledby="guide-${target.id}"] sup.refs a`).first();
  const sourceId = (await ref.getAttribute('href'))!.replace('#sources/', '');
  await ref.click();
  await expect(panel.locator(`#source-${sourceId}`)).toBeInViewport();
});

test('a route sent to the panel is followed by open panels and used up by the panel that opens with it', async ({
  worker,
  openPanel,
}) => {
  const first = await openPanel();
  await expect(first.getByRole('heading', { level: 2, name: 'This page' })).toBeVisible();
  // What "Open full guide" or the tooltip's "More" sends: every open panel goes there.
  await setSession(worker, { panelRoute: { view: 'guide', id: 'how-it-works', at: Date.now() } });
  await expect(first).toHaveURL(/#guide\/how-it-works$/);
  await expect(first.locator('#guide-how-it-works')).toBeInViewport();
  // An open panel only follows: the route stays for the panel being opened, whose first read may
  // come after the open panels have seen it.
  expect(await getSession(worker, 'panelRoute')).not.toBeNull();
  const opening = await openPanel();
  await expect(opening).toHaveURL(/#guide\/how-it-works$/);
  // Once used by the opening panel, it is gone: a panel opened later starts at This page.
  await expect.poll(() => getSession(worker, 'panelRoute')).toBeNull();
  const later = await openPanel();
  await expect(later.getByRole('heading', { level: 2, name: 'This page' })).toBeVisible();
  await expect(later).not.toHaveURL(/#guide/);
});

test('Evidence: one card per condition, each with its strength, key numbers and bottom line', async ({ openPanel }) => {
  const panel = await openPanel({ hash: '#evidence' });
  const cards = panel.locator('article.evidence-card');
  await expect(cards).toHaveCount(evidenceCards.length);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(evidenceCards.map((c) => c.title));
  for (const [i, card] of evidenceCards.entries()) {
    const el = cards.nth(i);
    await expect(el.locator('.strength')).toHaveText(card.strengthLabel);
    await expect(el.getByRole('heading', { name: 'What you can do' })).toBeVisible();
    await expect(el.getByRole('img')).toHaveCount(card.keyFrequency.groups.length);
    await expect(el.locator('ul > li')).toHaveCount(card.known.length + card.unknown.length);
  }
  await shoot(panel, 'panel-evidence', false);
});

test('Evidence: each icon array draws its number and says it in words; each card leads to its options compared', async ({
  openPanel,
}) => {
  const panel = await openPanel({ hash: '#evidence' });
  const cards = panel.locator('article.evidence-card');
  await expect(cards).toHaveCount(evidenceCards.length);
  for (const [i, card] of evidenceCards.entries()) {
    const figure = cards.nth(i).locator('figure.icon-array');
    const f = card.keyFrequency;
    // The figure is named by its caption, the text equivalent of the whole picture.
    await expect(figure.locator('figcaption')).toContainText(f.text);
    expect(await figure.evaluate((el) => el.getAttribute('aria-labelledby'))).toBe(
      `evidence-${card.id}-number-caption`,
    );
    for (const [gi, g] of f.groups.entries()) {
      const img = figure.getByRole('img').nth(gi);
      await expect(img).toHaveAccessibleName(new RegExp(`^${g.count} in ${f.denominator} people `));
      // The picture shows what its name says: `count` filled of `denominator`.
      expect(await img.locator('circle.icon-filled').count()).toBe(g.count);
      expect(await img.locator('circle').count()).toBe(f.denominator);
    }
  }
  const first = cards.first();
  await first.scrollIntoViewIfNeeded();
  await first.screenshot({ path: await shootPath('panel-evidence-card') });

  const card = evidenceCards.find((c) => optionComparisons.some((o) => o.cardId === c.id))!;
  const comparison = optionComparisons.find((o) => o.cardId === card.id)!;
  await panel.getByRole('article', { name: card.title }).getByRole('link', { name: CARD_NEXT_STEPS.options }).click();
  await expect(panel).toHaveURL(new RegExp(`#options/${comparison.id}$`));
  const heading = panel.getByRole('heading', { level: 3, name: comparison.title, exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Every option on the same attributes, ketamine and current care among them.
  const section = panel.locator(`section.options-comparison:has(#options-${comparison.id})`);
  await expect(section.getByRole('table').locator('tbody tr')).toHaveCount(comparison.options.length);
  await expect(section.locator('.option-card')).toHaveCount(comparison.options.length);
  for (const card of await section.locator('.option-card dl').all()) {
    await expect(card.locator('dt')).toHaveText(OPTION_ATTRIBUTES.map((a) => a.label));
  }
  await shoot(panel, 'panel-options', false);
  // The guide leads there too.
  await panel.goto(panel.url().replace(/#.*$/, '#guide'));
  await panel.getByRole('link', { name: 'How ketamine compares with other options' }).click();
  await expect(panel.locator('#view-options section.options-comparison')).toHaveCount(optionComparisons.length);
});

test('Sources: every source with a full citation and its link', async ({ openPanel }) => {
  const panel = await openPanel({ hash: '#sources' });
  const items = panel.locator('ol.sources > li');
  await expect(items).toHaveCount(sources.length);
  // One read of every item (a round trip per source took most of a minute on a loaded machine).
  const shown = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      text: (li as HTMLElement).innerText,
      hrefs: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    })),
  );
  for (const [i, s] of sources.entries()) {
    for (const part of [s.authors, s.title, s.publisher, String(s.year)]) expect(shown[i]!.text, s.id).toContain(part);
    if (s.doi) expect(shown[i]!.hrefs, s.id).toEqual([`https://doi.org/${s.doi}`]);
    else if (s.url) expect(shown[i]!.hrefs, s.id).toEqual([s.url]);
  }
  await shoot(panel, 'panel-sources', false);
});

test('This page: follows the article live, and choosing a term steps through its mentions with the tooltip', async ({
  page,
  worker,
  server,
  openPanel,
}) => {
  const tabId = await openArticle(page, worker, server);
  const ids = await waitForTabTerms(worker, tabId);
  const panel = await openPanel({ tab: tabId });
  const list = panel.getByRole('list', { name: 'Explained terms on this page' });
  await expect(list.getByRole('listitem')).toHaveCount(ids.length);
  const allodynia = findGlossaryEntry('allodynia')!;
  expect(ids).not.toContain('allodynia');
  await expect(list.getByRole('button', { name: new RegExp(`^${allodynia.name}`) })).toHaveCount(0);

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Some people with CRPS feel allodynia: a light touch hurts.';
    document.querySelector('article')!.append(p);
  });
  await expect(list.getByRole('button', { name: new RegExp(`^${allodynia.name}\\s*1`) })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(ids.length + 1);
  await shoot(panel, 'panel-this-page', false);

  // Choosing a term twice goes to its next mention, further down; the panel stays open.
  const iv = list.getByRole('button', { name: /^Intravenous \(IV\)/ });
  await iv.click();
  await cardOf(page).shown({ text: 'Intravenous' });
  // The page scrolls smoothly to the mention and the mark follows: read it once it has come to rest.
  await expect.poll(() => markedTermInView(page)).toBe(true);
  await expect.poll(async () => (await markedTermTop(page)) === (await markedTermTop(page))).toBe(true);
  const first = await markedTermTop(page);
  expect(first).not.toBeNull();
  await iv.click();
  await expect.poll(() => markedTermTop(page)).toBeGreaterThan(first!);
  expect(panel.isClosed()).toBe(false);
});

test('What this page claims: the evidence card for each condition a page ties to ketamine, and none otherwise', async ({
  page,
  worker,
  server,
  openPanel,
}) => {
  const clinicTab = await openArticle(page, worker, server, '/fixtures/ext-clinic.html');
  await waitForTabTerms(worker, clinicTab, 2);
  const panel = await openPanel({ tab: clinicTab });
  const claims = panel.getByRole('region', { name: "What the evidence says about this page's topics" });
  await expect(claims).toBeVisible();
  await expect(claims).toContainText('This page mentions ketamine together with fibromyalgia.');
  await expect(claims.locator('article.evidence-card h3')).toHaveText(['Fibromyalgia']);
  await expect(claims.locator('.strength')).toHaveText(
    evidenceCards.find((c) => c.id === 'fibromyalgia')!.strengthLabel,
  );
  await shoot(panel, 'panel-page-claims', true);

  // A page about fibromyalgia that never names ketamine makes no claim about it.
  const other = await panel.context().newPage();
  const plainTab = await openArticle(other, worker, server, '/fixtures/ext-no-ketamine.html');
  await waitForTabTerms(worker, plainTab, 1);
  const plainPanel = await openPanel({ tab: plainTab });
  await expect(plainPanel.getByRole('list', { name: 'Explained terms on this page' })).toContainText('Fibromyalgia');
  await expect(plainPanel.getByRole('region', { name: /What the evidence says/ })).toHaveCount(0);
  await other.close();
});

test('Checklist and settings layout: questions sit inside their boxes, each radio beside its words', async ({
  openPanel,
}) => {
  const panel = await openPanel({ hash: '#checklist' });
  const checkLegends = () =>
    panel.locator('fieldset').evaluateAll((sets) =>
      sets
        .filter((f) => {
          // A legend drawn on the border starts at the box's top edge; inside, below the border.
          const legend = f.querySelector('legend')!.getBoundingClientRect();
          const box = f.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(f).borderTopWidth);
          return legend.top < box.top + border || legend.left < box.left || legend.right > box.right;
        })
        .map((f) => f.querySelector('legend')!.textContent),
    );
  expect(await checkLegends(), 'legends outside their boxes').toEqual([]);
  await panel.evaluate(() => (location.hash = '#settings'));
  await expect(panel.locator('#view-settings')).toBeVisible();
  expect(await checkLegends(), 'legends outside their boxes').toEqual([]);
  const apart = await panel.locator('label:has(input[type=radio])').evaluateAll((labels) =>
    labels
      .filter((label) => {
        const input = label.querySelector('input')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(label);
        range.setStartAfter(label.querySelector('input')!);
        const firstLine = range.getClientRects()[0]!;
        return Math.abs(firstLine.top + firstLine.height / 2 - (input.top + input.height / 2)) > input.height;
      })
      .map((l) => l.textContent),
  );
  expect(apart, 'radios on a different line from their words').toEqual([]);
});

test('Checklist: answers are kept across a reload', async ({ openPanel, worker }) => {
  const panel = await openPanel({ hash: '#checklist' });
  await radio(panel, 'pain-more-than-3-months', 'yes').check();
  await radio(panel, 'safety-heart-disease', 'no').check();
  // The write lands after the click, in the extension origin's IndexedDB; storage.local, which
  // content scripts can read, never holds them.
  await expect
    .poll(() => getStoredAnswers(worker))
    .toEqual({ 'pain-more-than-3-months': 'yes', 'safety-heart-disease': 'no' });
  expect(await getLocal(worker, 'checklistAnswers')).toBeUndefined();
  await panel.reload();
  await expect(radio(panel, 'pain-more-than-3-months', 'yes')).toBeChecked();
  await expect(radio(panel, 'safety-heart-disease', 'no')).toBeChecked();
  expect(await readChecked(panel, 'panel-q')).toEqual({
    'pain-more-than-3-months': 'yes',
    'safety-heart-disease': 'no',
  });
});

test("Live sync: a popup tab and a panel tab show each other's answers, and answers given at once are all kept", async ({
  openPanel,
  openPopup,
  worker,
}) => {
  const panel = await openPanel({ hash: '#checklist' });
  const popup = await openPopup();
  await popup.getByRole('tab', { name: 'Checklist' }).click();

  await radio(popup, 'pain-depression', 'yes').check();
  await expect(radio(panel, 'pain-depression', 'yes')).toBeChecked();
  await radio(panel, 'pain-depression', 'unsure').check();
  await expect(radio(popup, 'pain-depression', 'unsure')).toBeChecked();

  // Both pages answer different questions at the same moment, several times over.
  const pairs: [string, string][] = [
    ['pain-opioid-worry', 'safety-liver-disease'],
    ['practical-clinic-with-staff', 'safety-psychosis'],
    ['practical-hours-per-session', 'practical-ride-home'],
  ];
  for (const [a, b] of pairs) {
    await Promise.all([
      popup.evaluate(
        (n) => document.querySelector<HTMLInputElement>(`input[name="popup-q-${n}"][value="yes"]`)!.click(),
        a,
      ),
      panel.evaluate(
        (n) => document.querySelector<HTMLInputElement>(`input[name="panel-q-${n}"][value="no"]`)!.click(),
        b,
      ),
    ]);
  }
  const expected: Record<string, string> = { 'pain-depression': 'unsure' };
  for (const [a, b] of pairs) Object.assign(expected, { [a]: 'yes', [b]: 'no' });
  await expect.poll(() => readChecked(panel, 'panel-q')).toEqual(expected);
  await expect.poll(() => readChecked(popup, 'popup-q')).toEqual(expected);
  expect(await getStoredAnswers(worker)).toEqual(expected);

  // The values and SURE step follows live too.
  const sure = SURE_ITEMS[0]!;
  await popup.getByRole('group', { name: sure.question }).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(
    panel.getByRole('group', { name: sure.question }).getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  expect(await getLocal(worker, 'checklistAnswers')).toBeUndefined();
});

const SOME_ANSWERS: Record<string, Answer> = {
  'pain-more-than-3-months': 'yes',
  'pain-tried-other-treatments': 'yes',
  'pain-depression': 'unsure',
  'safety-uncontrolled-blood-pressure': 'no',
  'safety-heart-disease': 'unsure',
  'practical-ride-home': 'yes',
};

async function answerAll(page: Page, answers: Record<string, Answer>): Promise<void> {
  for (const [id, a] of Object.entries(answers)) await radio(page, id, a).check();
}

test('Handout: Copy puts the summary on the clipboard', async ({ context, page, server, openPanel }) => {
  // Chromium grants no permission to chrome-extension:// origins ("opaque"), so the clipboard is
  // read back from an ordinary page on the test server: the clipboard is the browser's, not the page's.
  await page.goto(server.url('/fixtures/ext-no-ketamine.html'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  const panel = await openPanel({ hash: '#checklist' });
  await answerAll(panel, SOME_ANSWERS);
  const summary = panel.getByRole('region', { name: CHECKLIST_TITLE });
  await summary.getByRole('button', { name: 'Copy' }).click();
  await expect(summary.getByRole('status')).toHaveText('Copied. You can paste it into an email or a note.');
  await page.bringToFront();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await context.clearPermissions();
  const today = todayIso();
  expect(copied).toBe(formatSummaryText(evaluateChecklist(SOME_ANSWERS), today, today));
  await shoot(panel, 'panel-doctor-summary', true);
});

/** The longest handout's pages (A4 and Letter), as measured; see the handout test. */
const HANDOUT_MAX_PAGES = 3;

/** Pages in a PDF made by Chromium (it writes one /Type /Page object per page, uncompressed). */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The answers that make the longest handout: for each question, the answer whose own handout text
 * is longest (each answer adds its points and questions independently of the others).
 */
function longestAnswers(): Record<string, Answer> {
  const size = (answers: Record<string, Answer>) =>
    formatSummaryText(evaluateChecklist(answers), '2026-12-01', null).length;
  return Object.fromEntries(
    checklistQuestions.map((q) => {
      const best = (['yes', 'no', 'unsure'] as const).reduce((a, b) =>
        size({ [q.id]: b }) > size({ [q.id]: a }) ? b : a,
      );
      return [q.id, best];
    }),
  );
}

test('Handout: the longest one prints clean (no navigation, controls or status), page count measured', async ({
  openPanel,
  worker,
}) => {
  // Answers an earlier version stored (version 2, questions since split or reworded): the panel
  // moves them out of storage.local and the handout shows them as earlier answers.
  await setLocal(worker, {
    checklistAnswers: Object.fromEntries(RETIRED_QUESTIONS.map((r) => [r.id, { answer: 'yes', on: '2026-10-01' }])),
    checklistAnswers$: { v: 2 },
  });
  const panel = await openPanel({ hash: '#checklist' });
  await expect(panel.getByRole('heading', { name: HANDOUT_HEADINGS.earlier })).toBeVisible();
  expect(await getLocal(worker, 'checklistAnswers')).toBeUndefined();
  await answerAll(panel, longestAnswers());
  for (const v of VALUE_ITEMS) {
    await panel.getByRole('group', { name: v.label }).getByRole('radio', { name: VALUE_WEIGHTS[0]!.label }).check();
  }
  for (const q of SURE_ITEMS) {
    await panel.getByRole('group', { name: q.question }).getByRole('radio', { name: 'No', exact: true }).check();
  }
  await panel.getByRole('button', { name: 'Copy' }).click(); // leaves a status line that must not print
  // Crisis help is on the handout too (the self-harm answer is "yes" in the longest one).
  const handout = panel.locator('.doctor-summary');
  await expect(handout.getByRole('heading', { name: HANDOUT_HEADINGS.crisis })).toBeVisible();
  await expect(handout.getByText(crisisHelpNow.text)).toBeVisible();
  await panel.emulateMedia({ media: 'print' });
  for (const hidden of [
    panel.locator('.app-header'),
    panel.getByRole('navigation', { name: 'PainLens sections' }),
    panel.locator('.checklist'),
    panel.locator('.values-form'),
    panel.locator('#handout-options'),
    panel.getByRole('heading', { name: 'Get ready to talk with your doctor' }),
    panel.getByRole('button', { name: 'Copy' }),
    panel.getByRole('button', { name: 'Print' }),
    panel.getByRole('button', { name: 'Reset answers' }),
    panel.locator('.doctor-summary > [role=status]'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(panel.getByRole('heading', { name: CHECKLIST_TITLE })).toBeVisible();
  for (const h of [HANDOUT_HEADINGS.crisis, HANDOUT_HEADINGS.checkFirst, HANDOUT_HEADINGS.cannotTell]) {
    await expect(handout.getByRole('heading', { name: h })).toBeVisible();
  }
  await expect(handout.getByRole('heading', { name: HANDOUT_HEADINGS.values })).toBeVisible();
  await expect(handout.getByRole('heading', { name: HANDOUT_HEADINGS.sure })).toBeVisible();
  await expect(handout.getByRole('heading', { name: HANDOUT_HEADINGS.earlier })).toBeVisible();
  await shoot(panel, 'panel-print', true);
  const pages: Record<string, number> = {};
  for (const format of ['A4', 'Letter'] as const) {
    pages[format] = countPdfPages(await panel.pdf({ format, printBackground: false }));
  }
  // With the longest options comparison printed after it, as the reader can choose.
  await panel.emulateMedia({ media: 'screen' });
  const longest = [...optionComparisons].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
  await panel.locator('#handout-options').selectOption(longest.id);
  await expect(panel.locator(`#options-${longest.id}`)).toBeVisible();
  await panel.emulateMedia({ media: 'print' });
  await expect(panel.locator(`#options-${longest.id}`)).toBeVisible();
  pages['A4 with options'] = countPdfPages(await panel.pdf({ format: 'A4', printBackground: false }));
  test.info().annotations.push({ type: 'handout pages', description: JSON.stringify(pages) });
  console.log(`handout pages: ${JSON.stringify(pages)}`);
  // Measured 2026-12-07; a handout that grows past these is a regression to look at.
  expect(pages.A4, 'A4 pages').toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
  expect(pages.Letter, 'Letter pages').toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
  expect(pages['A4 with options']).toBeGreaterThan(pages.A4!);
  // The counter does see several pages when there are several (the whole guide), so the checks can fail.
  await panel.goto(panel.url().replace(/#.*$/, '#guide'));
  await expect(panel.locator('section.guide-section')).toHaveCount(guideSections.length);
  expect(countPdfPages(await panel.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

test('Handout: Reset asks first; "Keep" keeps the answers, "Yes, clear them" clears them', async ({
  openPanel,
  worker,
}) => {
  const panel = await openPanel({ hash: '#checklist' });
  await answerAll(panel, { 'pain-more-than-3-months': 'yes', 'safety-psychosis': 'no' });
  const summary = panel.getByRole('region', { name: CHECKLIST_TITLE });
  await summary.getByRole('button', { name: 'Reset answers' }).click();
  const confirm = summary.getByRole('group', { name: 'Confirm reset' });
  await expect(confirm).toContainText('Clear all your answers?');
  await confirm.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(confirm).toHaveCount(0);
  await expect
    .poll(() => getStoredAnswers(worker))
    .toEqual({ 'pain-more-than-3-months': 'yes', 'safety-psychosis': 'no' });
  await expect(radio(panel, 'pain-more-than-3-months', 'yes')).toBeChecked();

  await summary.getByRole('button', { name: 'Reset answers' }).click();
  await summary.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(summary.getByRole('status')).toHaveText('Your answers were cleared.');
  await expect(radio(panel, 'pain-more-than-3-months', 'yes')).not.toBeChecked();
  expect(await readChecked(panel, 'panel-q')).toEqual({});
  await expect.poll(() => getStoredAnswers(worker)).toEqual({});
});

test('Glossary: A to Z, search, and deep links to one entry', async ({ openPanel }) => {
  const panel = await openPanel({ hash: '#glossary' });
  const az = panel.getByRole('region', { name: 'All terms, A to Z' });
  await expect(az.locator('li > a')).toHaveCount(glossary.length);
  const letters = await panel.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link').allInnerTexts();
  expect(letters).toEqual([...letters].sort());
  await panel.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: 'N', exact: true }).click();
  await expect(panel.locator('#glossary-letter-N')).toBeInViewport();
  // The letter's group opened, its summary focused; its entries can be followed.
  await expect(panel.locator('#glossary-letter-N > summary')).toBeFocused();
  await expect(panel.locator('#glossary-letter-N li > a').first()).toBeVisible();

  // By topic: collapsed groups in the order of the category labels; one opens with the keyboard.
  const topics = panel.getByRole('region', { name: 'Terms by topic' });
  await expect(topics.locator('details > summary')).toHaveText(
    Object.values(glossaryCategoryLabels).map((label) => new RegExp(`^${label} \\(\\d+ terms\\)$`)),
  );
  const medicines = topics.locator('details', { has: panel.locator('summary', { hasText: 'Medicines' }) });
  await medicines.locator('summary').focus();
  await panel.keyboard.press('Enter');
  await medicines.getByRole('link', { name: findGlossaryEntry('ketamine')!.name, exact: true }).click();
  await expect(panel).toHaveURL(/#glossary\/ketamine$/);
  await panel.evaluate(() => (location.hash = '#glossary'));

  const box = panel.getByRole('searchbox', { name: 'Search the glossary' });
  await box.fill('dissociaton');
  const first = panel.locator('#view-glossary [role=search] li').first();
  await expect(first.locator('strong')).toHaveText(findGlossaryEntry('dissociation')!.name);
  await first.getByRole('button').click();
  await expect(panel).toHaveURL(/#glossary\/dissociation$/);
  await expect(panel.getByRole('heading', { level: 2, name: findGlossaryEntry('dissociation')!.name })).toBeFocused();

  // A deep link, as the tooltip's "More" opens it.
  const ketamine = findGlossaryEntry('ketamine')!;
  const deep = await openPanel({ hash: '#glossary/ketamine' });
  const entry = deep.getByRole('article', { name: ketamine.name });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(ketamine.short);
  await expect(entry.getByRole('heading', { level: 2 })).toBeInViewport();
  await shoot(deep, 'panel-glossary-entry', false);

  const unknown = await openPanel({ hash: '#glossary/not-a-real-term' });
  await expect(unknown.getByText('No glossary entry called “not-a-real-term”.')).toBeVisible();
  // The index is still there to choose from.
  await expect(unknown.getByRole('region', { name: 'All terms, A to Z' })).toBeVisible();
});

test('Settings: highlight style and "first mention only" apply live in the article tab', async ({
  page,
  worker,
  server,
  openPanel,
}) => {
  const tabId = await openArticle(page, worker, server);
  const all = await waitForSettled(page, { min: 20 });
  const ids = await waitForTabTerms(worker, tabId);
  const panel = await openPanel({ tab: tabId, hash: '#settings' });
  const registered = () =>
    page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort());
  expect(await registered()).toEqual(['painlens-term']);

  await panel.getByRole('radio', { name: /Shaded background/ }).check();
  await expect.poll(registered).toEqual(['painlens-term', 'painlens-term-fill']);
  await panel.getByRole('radio', { name: /No marks/ }).check();
  await expect.poll(registered).toEqual([]);
  await panel.getByRole('radio', { name: /Dotted underline/ }).check();
  await expect.poll(registered).toEqual(['painlens-term']);

  await panel.getByRole('radio', { name: 'Only the first mention of each term' }).check();
  await expect.poll(async () => (await readHighlights(page)).length).toBe(ids.length);
  await panel.getByRole('radio', { name: 'Every mention' }).check();
  await expect.poll(async () => (await readHighlights(page)).length).toBe(all);
  await expect.poll(() => getLocal(worker, 'settings')).toMatchObject({ highlightStyle: 'underline', mentions: 'all' });
  await shoot(panel, 'panel-settings', false);
});

test('Settings: the hover delay applies live in the article tab', async ({ page, worker, server, openPanel }) => {
  const tabId = await openArticle(page, worker, server);
  const panel = await openPanel({ tab: tabId, hash: '#settings' });
  await panel.getByLabel('Wait before showing a definition').selectOption('1200');
  await expect.poll(() => getLocal(worker, 'settings')).toMatchObject({ hoverDelayMs: 1200 });
  await page.bringToFront();
  const { x, y } = await centerOfText(page, '#intro', 'fibromyalgia');
  await page.mouse.move(x - 60, y);
  await page.mouse.move(x, y, { steps: 4 });
  const tip = cardOf(page);
  // With the default 300 ms it would be open by now.
  await page.waitForTimeout(800);
  expect(await tip.read()).toBeNull();
  await tip.shown({}, 5000);
});

test('Settings: sites turned off are listed and can be removed; the shortcuts are shown', async ({
  page,
  worker,
  server,
  openPanel,
}) => {
  await setLocal(worker, { disabledSites: ['127.0.0.1', 'clinic.example'] });
  const tabId = await openArticle(page, worker, server, undefined, 0);
  expect(await readHighlights(page)).toEqual([]);
  const panel = await openPanel({ tab: tabId, hash: '#settings' });
  const sites = panel.getByRole('region', { name: 'Sites where PainLens is off' });
  await expect(sites.getByRole('listitem')).toHaveCount(2);
  await expect(sites.getByRole('listitem')).toContainText(['127.0.0.1', 'clinic.example']);
  await sites.getByRole('button', { name: 'Remove 127.0.0.1: turn PainLens back on there' }).click();
  await expect(sites.getByRole('listitem')).toHaveCount(1);
  await expect(sites.getByRole('listitem')).toContainText('clinic.example');
  await expect.poll(() => getLocal(worker, 'disabledSites')).toEqual(['clinic.example']);
  await waitForSettled(page, { min: 20 });

  const commands = await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name?: string; description?: string; shortcut?: string }[]> } };
      }
    ).chrome.commands.getAll(),
  );
  const keys = panel.getByRole('region', { name: 'Keyboard shortcuts' });
  for (const name of ['next-term', 'previous-term']) {
    const c = commands.find((x) => x.name === name)!;
    await expect(keys).toContainText(`${c.description}: ${c.shortcut || 'not set'}`);
  }
  await expect(keys.getByRole('button', { name: 'Change shortcuts' })).toBeVisible();
});
