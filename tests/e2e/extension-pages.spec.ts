// The background worker, the welcome and privacy pages, and what holds for every extension page:
// no network, axe in light and dark, keyboard use, reduced motion, 200% zoom, readable text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request, Worker } from '@playwright/test';
import { cardOf } from './support/probes';
import { expect, test } from './support/ext-fixtures';
import { launchWithExtension } from './support/fixtures';
import type { PageServer } from '../../scripts/harness/server';
import { centerOfText, readHighlights, waitForSettled } from './support/highlights';
import {
  getLocal,
  horizontalOverflow,
  getStoredAnswers,
  openArticle,
  readChecked,
  setLocal,
  shoot,
  waitForPanelAt,
  waitForTabTerms,
} from './support/ext-pages';
import { checklistQuestions } from '../../data/checklist';
import { buildPdf } from '../support/pdf-builder';

const POPUP_SECTIONS = ['On this page', 'Learn', 'Checklist', 'Search'] as const;
const PANEL_VIEWS = [
  'page',
  'guide',
  'evidence',
  'options',
  'options/fibromyalgia-options',
  'checklist',
  'glossary',
  'glossary/ketamine',
  'sources',
  'settings',
  'explain',
];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

test('badge: the number of distinct explained terms on the tab, cleared while paused', async ({
  page,
  worker,
  server,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  const ids = await waitForTabTerms(worker, tabId);
  await expect.poll(() => badgeText(worker, tabId)).toBe(String(ids.length));
  // The same page with one more term: the badge follows.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'allodynia' })),
  );
  await expect.poll(() => badgeText(worker, tabId)).toBe(String(ids.length + 1));
  const popup = await openPopup({ tab: tabId });
  await popup.getByRole('switch', { name: 'Explain terms on pages' }).click();
  await expect.poll(() => badgeText(worker, tabId)).toBe('');
  await popup.getByRole('switch', { name: 'Explain terms on pages' }).click();
  await expect.poll(() => badgeText(worker, tabId)).toBe(String(ids.length + 1));
});

test('install opens the welcome page, whose sample paragraph explains itself', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-install-'));
  const context = await launchWithExtension(dir);
  try {
    const isWelcome = (p: Page) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(p.url());
    const welcome =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    await welcome.waitForLoadState();
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to PainLens');
    await expect(welcome.getByText('Nothing leaves your device.')).toBeVisible();
    await expect(welcome.getByRole('link', { name: 'Read the privacy policy' })).toHaveAttribute(
      'href',
      '/privacy.html',
    );
    await waitForSettled(welcome, { min: 8 });
    const sample = (await readHighlights(welcome)).map((h) => h.text);
    for (const t of ['Ketamine', 'fibromyalgia', 'NMDA receptor', 'dissociation', 'neuropathy'])
      expect(sample).toContain(t);
    const { x, y } = await centerOfText(welcome, '#sample', 'fibromyalgia');
    await welcome.mouse.move(x - 50, y);
    await welcome.mouse.move(x, y, { steps: 4 });
    await cardOf(welcome).shown({ text: 'Fibromyalgia' });
    // Exactly one welcome tab.
    expect(context.pages().filter(isWelcome)).toHaveLength(1);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('corrupt storage: every page still works with defaults, keeps what is valid, and says so', async ({
  page,
  worker,
  server,
  openPopup,
  openPanel,
  openExt,
}) => {
  const corrupt = {
    settings: { paused: 'yes please', highlightStyle: 'background', mentions: 7, hoverDelayMs: -5 },
    disabledSites: 'everything',
    checklistAnswers: {
      'fit-long-lasting-pain': { answer: 'yes', on: '2026-11-20' },
      'fit-depression': 'no',
      'NOT AN ID': 'yes',
      'safety-psychosis': { answer: 42 },
    },
    checklistAnswers$: { v: 2 },
  };
  await setLocal(worker, corrupt);
  // The article still gets its terms, in the valid style that was kept.
  const tabId = await openArticle(page, worker, server);
  expect(await page.evaluate(() => CSS.highlights.has('painlens-term-fill'))).toBe(true);

  const popup = await openPopup({ tab: tabId });
  const notice = popup.locator('.notice').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('paused');
  await expect(notice).toContainText('hoverDelayMs');
  await expect(notice).toContainText('disabledSites');
  await expect(notice).toContainText('checklistAnswers (2 unreadable answers)');
  await expect(notice).toContainText('Everything else was kept');
  await expect(popup.getByRole('switch', { name: 'Explain terms on pages' })).toHaveAttribute('aria-checked', 'true');
  await shoot(popup, 'corrupt-popup', false);

  // Whichever page opens first tells the reader and repairs storage; the panel does it too.
  await setLocal(worker, corrupt);
  const panel = await openPanel({ tab: tabId, hash: '#settings' });
  await expect(panel.locator('.notice').filter({ hasText: 'could not be read' })).toContainText(
    'including your other checklist answers, was kept',
  );
  await expect(panel.getByRole('radio', { name: /Shaded background/ })).toBeChecked();
  await expect(panel.getByRole('radio', { name: 'Every mention' })).toBeChecked();
  await expect(panel.getByLabel('Wait before showing a definition')).toHaveValue('300');
  await expect(panel.getByRole('region', { name: 'Sites where PainLens is off' })).toContainText('None.');
  await panel.goto(panel.url().replace(/#.*$/, '#checklist'));
  // Moved out of storage.local into IndexedDB: the renamed question keeps its answer under its new
  // id, the split one shows on the handout as an earlier answer, the unreadable two are reported.
  await expect.poll(() => readChecked(panel, 'panel-q')).toEqual({ 'pain-depression': 'no' });
  await expect(panel.locator('.doctor-summary')).toContainText(
    'Have you had pain for more than 3 months, such as nerve pain, fibromyalgia or CRPS?',
  );
  expect(await getLocal(worker, 'checklistAnswers')).toBeUndefined();
  await expect.poll(() => getStoredAnswers(worker)).toEqual({ 'pain-depression': 'no' });

  // Storage is repaired, so the next opening is clean.
  await expect
    .poll(() => getLocal(worker, 'settings'))
    .toEqual({
      paused: false,
      highlightStyle: 'background',
      mentions: 'all',
      hoverDelayMs: 300,
      textSize: 100,
      highContrast: false,
    });
  await expect.poll(() => getLocal(worker, 'disabledSites')).toEqual([]);
  const welcome = await openExt('welcome.html');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to PainLens');
  const privacy = await openExt('privacy.html');
  await expect(privacy.getByRole('heading', { level: 1 })).toContainText('privacy');
});

test('no network: the extension pages and worker request nothing outside the extension', async ({
  page,
  context,
  worker,
  server,
  extensionId,
  openPopup,
  openPanel,
  openExt,
}) => {
  const origin = `chrome-extension://${extensionId}/`;
  const fromExtension: string[] = [];
  const fromArticle: string[] = [];
  const onRequest = (r: Request) => {
    const url = r.url();
    let by = '';
    if (r.serviceWorker()) by = r.serviceWorker()!.url();
    else {
      try {
        by = r.frame().url();
      } catch {
        by = '';
      }
    }
    if (by.startsWith(origin) || url.startsWith(origin)) fromExtension.push(url);
    else if (!r.isNavigationRequest()) fromArticle.push(url);
  };
  context.on('request', onRequest);
  try {
    const tabId = await openArticle(page, worker, server);
    // The tooltip's "More" goes through the worker to the side panel.
    const { x, y } = await centerOfText(page, '#intro', 'fibromyalgia');
    await page.mouse.move(x - 50, y);
    await page.mouse.move(x, y, { steps: 4 });
    const tip = cardOf(page);
    await tip.shown();
    await tip.press(/More/);
    // It lands on the glossary entry, in the side panel (or a tab where the browser refuses).
    await waitForPanelAt(context, extensionId, '#glossary/fibromyalgia');

    const popup = await openPopup({ tab: tabId });
    for (const name of POPUP_SECTIONS) await popup.getByRole('tab', { name }).click();
    await popup.getByRole('searchbox').fill('fibromialgia');
    await popup.getByRole('tab', { name: 'Checklist' }).click();
    await popup.locator('input[type=radio]').first().check();

    const panel = await openPanel({ tab: tabId });
    for (const view of PANEL_VIEWS) {
      await panel.goto(`${origin}sidepanel.html?tab=${tabId}#${view}`);
      await expect(panel.locator(`#view-${view.split('/')[0]}`)).toBeVisible();
    }
    // Explain: a pasted text and a PDF, which loads pdf.js and its worker from the extension.
    await panel.goto(`${origin}sidepanel.html?tab=${tabId}#explain`);
    await panel.getByLabel('Paste the text you want explained').fill('Ketamine for CRPS.');
    await panel.getByRole('button', { name: 'Explain this text' }).click();
    await expect(panel.locator('.explained-text mark').filter({ hasText: 'CRPS' })).toHaveCount(1);
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-net-')), 'letter.pdf');
    fs.writeFileSync(pdf, buildPdf([{ paragraphs: [['Fibromyalgia and gabapentin.']] }]));
    const chooser = panel.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Choose a file…' }).click();
    await (await chooser).setFiles(pdf);
    await expect(panel.getByText('From “letter.pdf”, 1 page.')).toBeVisible();
    await panel.goto(`${origin}sidepanel.html?tab=${tabId}#settings`);
    await panel.getByRole('radio', { name: /Shaded background/ }).check();
    const welcome = await openExt('welcome.html');
    await waitForSettled(welcome, { min: 8 });
    const privacy = await openExt('privacy.html');
    await expect(privacy.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForTabTerms(worker, tabId);

    const outside = fromExtension.filter((u) => !/^(chrome-extension:|data:|blob:)/.test(u));
    expect(outside, 'requests from extension pages and the worker').toEqual([]);
    expect(fromExtension.length, 'the recorder saw the pages load').toBeGreaterThan(10);
    // The content script adds no request to the article either.
    expect(fromArticle).toEqual([]);

    // The recorder does catch a request from an extension page and from the worker.
    const probe = server.url('/fixtures/ext-clinic.html');
    await privacy.evaluate((u) => fetch(u).catch(() => null), `${probe}?page`);
    await worker.evaluate((u) => fetch(u).catch(() => null), `${probe}?worker`);
    await expect
      .poll(() => fromExtension.filter((u) => u.startsWith(probe)))
      .toEqual([`${probe}?page`, `${probe}?worker`]);
  } finally {
    context.off('request', onRequest);
  }
});

/** Rules whose outcome depends on colours: the only ones the dark theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoAxeViolations(page: Page, label: string, colourOnly = false): Promise<void> {
  // Legacy mode runs axe in the page itself, without opening a blank tab per analysis (much faster).
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (colourOnly) builder.withRules(COLOUR_RULES);
  const { violations } = await builder.analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${label}`).toEqual([]);
}

/** Answers and a page with claims, so every part of each view is drawn; returns the article's tab. */
async function prepareForAxe(page: Page, worker: Worker, server: PageServer): Promise<number> {
  await setLocal(worker, {
    checklistAnswers: { 'fit-long-lasting-pain': { answer: 'yes', on: '2026-11-20' } },
    checklistAnswers$: { v: 2 },
  });
  const tabId = await openArticle(page, worker, server);
  await waitForTabTerms(worker, tabId);
  return tabId;
}

// Every rule in the light theme; in the dark theme the DOM is the same, so the colour rules. One
// test per surface and theme, so a slow machine stretches six short tests, not one long one.
for (const colorScheme of ['light', 'dark'] as const) {
  const colourOnly = colorScheme === 'dark';

  test(`axe: no violations on every popup section (${colorScheme})`, async ({ page, worker, server, openPopup }) => {
    test.setTimeout(90_000);
    const popup = await openPopup({ tab: await prepareForAxe(page, worker, server) });
    await popup.emulateMedia({ colorScheme });
    for (const name of POPUP_SECTIONS) {
      await popup.getByRole('tab', { name }).click();
      if (name === 'Search') await popup.getByRole('searchbox').fill('nerve');
      await expectNoAxeViolations(popup, `popup ${name} (${colorScheme})`, colourOnly);
      await shoot(popup, `popup-${slug(name)}-${colorScheme}`, false);
    }
  });

  test(`axe: no violations on every side panel view (${colorScheme})`, async ({ page, worker, server, openPanel }) => {
    test.setTimeout(90_000);
    const panel = await openPanel({ tab: await prepareForAxe(page, worker, server) });
    await panel.emulateMedia({ colorScheme });
    for (const view of PANEL_VIEWS) {
      await panel.evaluate((v) => (location.hash = v), view);
      await expect(panel.locator(`#view-${view.split('/')[0]}`)).toBeVisible();
      await expectNoAxeViolations(panel, `panel #${view} (${colorScheme})`, colourOnly);
      await shoot(panel, `panel-${slug(view)}-${colorScheme}`, false);
    }
  });

  test(`axe: no violations on the welcome page (with a definition open) and the privacy page (${colorScheme})`, async ({
    openExt,
  }) => {
    test.setTimeout(90_000);
    const welcome = await openExt('welcome.html');
    const privacy = await openExt('privacy.html');
    await waitForSettled(welcome, { min: 8 });
    for (const p of [welcome, privacy]) await p.emulateMedia({ colorScheme });
    await expectNoAxeViolations(privacy, `privacy (${colorScheme})`, colourOnly);
    await shoot(privacy, `privacy-${colorScheme}`);
    await expectNoAxeViolations(welcome, `welcome (${colorScheme})`, colourOnly);
    await shoot(welcome, `welcome-${colorScheme}`);
    const { x, y } = await centerOfText(welcome, '#sample', 'dissociation');
    await welcome.mouse.move(x - 50, y);
    await welcome.mouse.move(x, y, { steps: 4 });
    await cardOf(welcome).shown();
    await expectNoAxeViolations(welcome, `welcome with a tooltip (${colorScheme})`, colourOnly);
    await shoot(welcome, `welcome-tooltip-${colorScheme}`, false);
  });
}

/** Tabbable elements in document order, as the browser's sequential focus should visit them. */
async function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [
      // A <summary> is a control too (the glossary's collapsed groups).
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    ].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
      if (el.closest('[hidden], [inert]')) return false;
      const s = getComputedStyle(el);
      // checkVisibility: the content of a closed <details> keeps its boxes but is not shown or focusable.
      return el.getClientRects().length > 0 && s.visibility !== 'hidden' && el.checkVisibility();
    });
    for (const el of document.querySelectorAll<HTMLElement>('[data-kbd]')) delete el.dataset.kbd;
    const seenGroups = new Set<string>();
    const out: HTMLElement[] = [];
    for (const el of all) {
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        if (seenGroups.has(el.name)) continue;
        seenGroups.add(el.name);
        const group = all.filter((x) => x instanceof HTMLInputElement && x.type === 'radio' && x.name === el.name);
        out.push(group.find((x) => (x as HTMLInputElement).checked) ?? el);
      } else {
        out.push(el);
      }
    }
    return out.map((el, i) => {
      el.dataset.kbd = String(i);
      return `${el.localName}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40)}"`;
    });
  });
}

interface FocusStop {
  kbd: string | null;
  ring: boolean;
  top: number;
  obscuredBy: number;
}

/** Where focus is now, whether its focus ring shows, and how much of it the popup's sticky tabs cover. */
async function readStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { kbd: null, ring: false, top: 0, obscuredBy: 0 };
    const s = getComputedStyle(el);
    const ring =
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '');
    const bar = document.querySelector('body.popup [role="tablist"]');
    const rect = el.getBoundingClientRect();
    const barRect = bar && !bar.contains(el) ? bar.getBoundingClientRect() : null;
    const overlap = barRect ? Math.min(rect.bottom, barRect.bottom) - Math.max(rect.top, barRect.top) : 0;
    return { kbd: el.dataset.kbd ?? `unmarked ${el.localName}`, ring, top: rect.top, obscuredBy: Math.max(0, overlap) };
  });
}

/** Presses `key` `steps` times and records each stop. */
async function walkTabs(page: Page, steps: number, key = 'Tab'): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press(key);
    stops.push(await readStop(page));
  }
  return stops;
}

/** Records, in the page, every element that receives focus and whether its focus ring shows. */
async function recordFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { plFocus?: { kbd: string; ring: boolean }[] };
    if (w.plFocus) return;
    w.plFocus = [];
    document.addEventListener(
      'focusin',
      (e) => {
        const el = e.target as HTMLElement;
        const s = getComputedStyle(el);
        const ring =
          (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
          (s.boxShadow !== 'none' && s.boxShadow !== '');
        w.plFocus!.push({ kbd: el.dataset.kbd ?? `unmarked ${el.localName}`, ring });
      },
      true,
    );
  });
}

async function expectKeyboardWalk(page: Page, label: string, { backward = false } = {}): Promise<void> {
  await page.bringToFront();
  const order = await markTabbables(page);
  await recordFocus(page);
  // Start before the first control: focus a throw-away element at the top of <body>, so the
  // browser's "sequential focus starting point" is not wherever the test last clicked.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
    window.scrollTo(0, 0);
    (window as unknown as { plFocus: unknown[] }).plFocus.length = 0;
  });
  // One lap, recorded in the page (one round trip per key).
  for (let i = 0; i < order.length; i++) await page.keyboard.press('Tab');
  const lap = await page.evaluate(() => (window as unknown as { plFocus: { kbd: string; ring: boolean }[] }).plFocus);
  expect(
    lap.map((s) => s.kbd),
    `${label}: Tab order (${order.join(', ')})`,
  ).toEqual(order.map((_, i) => String(i)));
  const noRing = lap.filter((s) => !s.ring).map((s) => order[Number(s.kbd)]);
  expect(noRing, `${label}: controls without a visible focus ring`).toEqual([]);
  // Then out of the page, and back to the first control: no trap anywhere.
  const [out, back] = await walkTabs(page, 2);
  expect(out!.kbd, `${label}: focus leaves the page after the last control`).toBeNull();
  expect(back!.kbd, `${label}: and comes back to the first`).toBe(order.length ? '0' : null);
  if (backward) {
    // Shift+Tab from the last control back up: each one is scrolled into view below the sticky tabs.
    await page.locator(`[data-kbd="${order.length - 1}"]`).focus();
    const up = await walkTabs(page, order.length - 1, 'Shift+Tab');
    expect(
      up.map((s) => s.kbd),
      `${label}: Shift+Tab order`,
    ).toEqual(
      order
        .map((_, i) => String(i))
        .toReversed()
        .slice(1),
    );
    const hidden = up.filter((s) => s.obscuredBy > 1).map((s) => order[Number(s.kbd)]);
    expect(hidden, `${label}: focused controls hidden under the sticky tabs`).toEqual([]);
  }
}

// The keyboard walk is one test per surface: the checklist (35 questions, values, SURE) and the options
// view have hundreds of controls together, one key press each, and on a busy machine one test holding
// them all ran past any fair limit.
test('keyboard: arrows move between popup tabs, only the selected tab is in the Tab order, and Space answers a question', async ({
  page,
  worker,
  server,
  openPopup,
}) => {
  const tabId = await openArticle(page, worker, server);
  await waitForTabTerms(worker, tabId);
  const popup = await openPopup({ tab: tabId });
  const tab = (name: string) => popup.getByRole('tab', { name });
  await tab('On this page').focus();
  await popup.keyboard.press('ArrowRight');
  await expect(tab('Learn')).toBeFocused();
  await expect(tab('Learn')).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tabpanel', { name: 'Learn' })).toBeVisible();
  await popup.keyboard.press('End');
  await expect(tab('Search')).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  await expect(tab('On this page')).toBeFocused();
  await popup.keyboard.press('ArrowLeft');
  await expect(tab('Search')).toBeFocused();
  await popup.keyboard.press('Home');
  await expect(tab('On this page')).toHaveAttribute('aria-selected', 'true');
  // Keyboard alone can answer a question: Space on the focused radio, arrows within the group.
  await tab('Checklist').click();
  await popup.getByRole('radio', { name: 'Yes', exact: true }).first().focus();
  await popup.keyboard.press('Space');
  await popup.keyboard.press('ArrowRight');
  await expect.poll(() => readChecked(popup, 'popup-q')).toEqual({ [checklistQuestions[0]!.id]: 'no' });
});

for (const name of POPUP_SECTIONS) {
  test(`keyboard: popup ${name}: Tab visits every control in order with a visible ring and no trap, Shift+Tab back up`, async ({
    page,
    worker,
    server,
    openPopup,
  }) => {
    test.setTimeout(180_000);
    const tabId = await openArticle(page, worker, server);
    await waitForTabTerms(worker, tabId);
    const popup = await openPopup({ tab: tabId });
    await popup.getByRole('tab', { name }).click();
    await expectKeyboardWalk(popup, `popup ${name}`, { backward: true });
  });
}

for (const view of PANEL_VIEWS) {
  test(`keyboard: panel #${view}: Tab visits every control in order with a visible ring and no trap`, async ({
    page,
    worker,
    server,
    openPanel,
  }) => {
    test.setTimeout(180_000);
    const tabId = await openArticle(page, worker, server);
    await waitForTabTerms(worker, tabId);
    const panel = await openPanel({ tab: tabId });
    await panel.evaluate((v) => (location.hash = v), view);
    await expect(panel.locator(`#view-${view.split('/')[0]}`)).toBeVisible();
    await expectKeyboardWalk(panel, `panel #${view}`);
    // The panel's sections are links; Enter follows one.
    await panel.getByRole('navigation', { name: 'PainLens sections' }).getByRole('link', { name: 'Glossary' }).focus();
    await panel.keyboard.press('Enter');
    await expect(panel).toHaveURL(/#glossary$/);
  });
}

test('keyboard: welcome, then privacy (text only: Tab passes straight through)', async ({ openExt }) => {
  const welcome = await openExt('welcome.html');
  await waitForSettled(welcome, { min: 8 });
  await expectKeyboardWalk(welcome, 'welcome');
  const privacy = await openExt('privacy.html');
  expect(await markTabbables(privacy)).toEqual([]);
  await expectKeyboardWalk(privacy, 'privacy');
});

test('reduced motion: transitions are off when the system asks for less motion', async ({ openPopup }) => {
  const popup = await openPopup();
  const duration = () =>
    popup.locator('#pause-switch .switch-track').evaluate((el) => getComputedStyle(el).transitionDuration);
  await popup.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await duration()).toBe('0.15s');
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');
  expect(
    await popup.locator('#pause-switch .switch-thumb').evaluate((el) => getComputedStyle(el).transitionDuration),
  ).toBe('0s');
});

test('200% zoom: no sideways scrolling in the panel, the popup, welcome or privacy', async ({
  page,
  worker,
  server,
  openPopup,
  openPanel,
  openExt,
}) => {
  const tabId = await openArticle(page, worker, server);
  await waitForTabTerms(worker, tabId);
  // A 400 px side panel at 200% zoom is 200 CSS pixels wide.
  const panel = await openPanel({ tab: tabId, viewport: { width: 200, height: 300 } });
  for (const view of PANEL_VIEWS) {
    await panel.evaluate((v) => (location.hash = v), view);
    await expect(panel.locator(`#view-${view.split('/')[0]}`)).toBeVisible();
    expect(await horizontalOverflow(panel), `panel #${view}`).toEqual({ overflow: 0, culprits: [] });
  }
  await shoot(panel, 'zoom200-panel-settings', false);
  // The popup can grow to 800 × 600 screen pixels: 400 × 300 CSS pixels at 200%.
  const popup = await openPopup({ tab: tabId, viewport: { width: 400, height: 300 } });
  for (const name of POPUP_SECTIONS) {
    await popup.getByRole('tab', { name }).click();
    expect(await horizontalOverflow(popup), `popup ${name}`).toEqual({ overflow: 0, culprits: [] });
  }
  await shoot(popup, 'zoom200-popup', false);
  for (const file of ['welcome.html', 'privacy.html']) {
    const p = await openExt(file, { viewport: { width: 600, height: 400 } });
    expect(await horizontalOverflow(p), file).toEqual({ overflow: 0, culprits: [] });
  }
});

test('text is full size on every page (Chrome shrinks extension pages to 75% unless told otherwise)', async ({
  openPopup,
  openPanel,
  openExt,
}) => {
  const pages: [string, Page][] = [
    ['popup', await openPopup()],
    ['panel', await openPanel({ hash: '#guide' })],
    ['welcome', await openExt('welcome.html')],
    ['privacy', await openExt('privacy.html')],
  ];
  for (const [label, p] of pages) {
    const sizes = await p.evaluate(() => ({
      body: getComputedStyle(document.body).fontSize,
      paragraph: getComputedStyle(document.querySelector('main p:not(.small):not(.muted)')!).fontSize,
    }));
    expect(sizes, label).toEqual({ body: '16px', paragraph: '16px' });
  }
  // The welcome page's own text is not smaller than its sample paragraph's surroundings.
  const welcome = pages[2]![1];
  const intro = await welcome
    .locator('article.welcome > p')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const sample = await welcome.locator('#sample').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(intro).toBeGreaterThanOrEqual(16);
  expect(sample / intro).toBeLessThan(1.25);
});
