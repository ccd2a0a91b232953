// End-to-end run in real Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (Playwright cannot drive stock Firefox). The Firefox builds are installed as temporary add-ons:
// .output/firefox-mv2 always, .output/firefox-mv3 too when it was built. Each check is one named
// test; the totals go to test-results/firefox-report.json and to a last line "N passed, N failed".
// Screenshots: test-results/screens/firefox-*.png. Errors are read from Firefox's console service
// and the real sidebar is driven through Firefox's own windows (see support/chrome-scope.ts).
//
// Usage: npx wxt build -b firefox && npx wxt build -b firefox --mv3 && npx tsx tests/firefox/run-firefox.ts
// Env: FIREFOX_PATH (default /usr/bin/firefox-esr), FIREFOX_RUN_TIMEOUT_MS (default 120000).
import fs from 'node:fs';
import path from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { startServer, type PageServer } from '../../scripts/harness/server';
import {
  closeSidebar,
  evaluateInChrome,
  readErrorLog,
  snapshotWindow,
  startErrorLog,
  windowsWithTab,
} from './support/chrome-scope';
import { ROOT } from '../e2e/support/paths';
import {
  centerOfText,
  countHighlights,
  openExtensionPage,
  readExpectations,
  readHighlights,
  readTooltip,
  waitForSettled,
  waitUntil,
  type PaintedRange,
} from './support/page-helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const RUN_TIMEOUT_MS = Number(process.env.FIREFOX_RUN_TIMEOUT_MS ?? 120_000);
/** A single check may not hang the run: it fails after this long. */
const TEST_TIMEOUT_MS = 30_000;
const REPORT = path.join(ROOT, 'test-results/firefox-report.json');
const SCREENS = path.join(ROOT, 'test-results/screens');
const ARTICLE = '/fixtures/ketamine-article.html';
/** Pinned moz-extension:// host (Firefox picks a random one per profile otherwise). */
const UUID = '3c9d2f6e-8a41-4b7d-9e25-6f1a0c4b8d73';
/** The fixture marks at least this many terms; fewer means the scan did not finish. */
const MIN_TERMS = 20;

/**
 * Not errors, though Firefox logs them as errors: its own notes (Cu.reportError in ExtensionCommon's
 * wrapPromise and runSafe) that an API call or event reached a document that had already gone or sat in
 * the back-forward cache, e.g. the content script's first storage read in an about:blank tab that was
 * navigated at once. The add-on cannot catch or prevent them.
 */
const FIREFOX_DIAGNOSTICS =
  /^(Promise (resolved|rejected)|context\.runSafe(WithoutClone)? called) (after context unloaded|while context is inactive)/;

const BUILDS = [
  { name: 'firefox-mv2', required: true, fix: 'npx wxt build -b firefox' },
  { name: 'firefox-mv3', required: false, fix: 'npx wxt build -b firefox --mv3' },
];

interface TestResult {
  build: string;
  name: string;
  ok: boolean;
  seconds: number;
  error?: string;
}

const results: TestResult[] = [];
const t0 = Date.now();
let browser: Browser | null = null;
let server: PageServer | null = null;
let finished = false;

function record(build: string, name: string, ok: boolean, start: number, error?: string): void {
  const seconds = Number(((Date.now() - start) / 1000).toFixed(2));
  results.push({ build, name, ok, seconds, ...(error ? { error } : {}) });
  console.log(`${ok ? 'PASS' : 'FAIL'} [${build}] ${name} (${seconds.toFixed(1)} s)${error ? `\n     ${error}` : ''}`);
}

async function check(build: string, name: string, fn: () => Promise<void>): Promise<boolean> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`test timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS);
      }),
    ]);
    record(build, name, true, start);
    return true;
  } catch (e) {
    record(build, name, false, start, (e as Error).message.replace(/\s*\n\s*/g, ' / '));
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function fail(build: string, name: string, error: string): void {
  record(build, name, false, Date.now(), error);
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Saves test-results/screens/<build>-<what>.png and returns the PNG bytes. */
async function screenshot(page: Page, build: string, what: string): Promise<Buffer> {
  return Buffer.from(await page.screenshot({ path: path.join(SCREENS, `${build}-${what}.png`) as `${string}.png` }));
}

function writeReport(): { passed: number; failed: number } {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(
    REPORT,
    `${JSON.stringify({ passed, failed, seconds: (Date.now() - t0) / 1000, tests: results }, null, 2)}\n`,
  );
  return { passed, failed };
}

function finish(): never {
  finished = true;
  const { passed, failed } = writeReport();
  console.log(
    `Firefox end-to-end: ${((Date.now() - t0) / 1000).toFixed(1)} s, report in ${path.relative(ROOT, REPORT)}`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed || passed === 0 ? 1 : 0);
}

async function launchFirefox(geckoId: string): Promise<Browser> {
  return launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // BiDi refuses to navigate to moz-extension:// without this ("not allowed in this context").
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
    },
  });
}

async function runBuild(build: string, dir: string): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    manifest_version: number;
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) {
    fail(build, 'installs as a temporary add-on', `no browser_specific_settings.gecko.id in ${dir}/manifest.json`);
    return;
  }
  const ext = (file: string) => `moz-extension://${UUID}/${file}`;
  let logContext = '';

  const installed = await check(build, 'installs as a temporary add-on', async () => {
    browser = await launchFirefox(geckoId);
    console.log(`     ${await browser.version()}, manifest v${manifest.manifest_version}, ${path.relative(ROOT, dir)}`);
    logContext = await startErrorLog(browser);
    const id = await browser.installExtension(dir);
    assert(id === geckoId, `installed id ${id}, expected ${geckoId}`);
  });
  if (!installed || !browser) return;
  const b: Browser = browser;

  const article = await b.newPage();
  await article.setViewport({ width: 1100, height: 800 });
  await article.goto(server!.url(ARTICLE), { waitUntil: 'load', timeout: 20_000 });
  const domBefore = await article.evaluate(() => document.body.innerHTML);
  let painted = 0;
  let articleShot: Buffer | null = null;

  await check(build, 'content script paints the expected terms (CSS.highlights)', async () => {
    const expectations = await readExpectations(article);
    assert(expectations.length > 10, `only ${expectations.length} data-expect blocks found`);
    const textsIn = (ranges: PaintedRange[], block: string) =>
      ranges.filter((r) => r.block === block).map((r) => r.text);
    // A positive signal: every labeled block painted as expected (a quiet spell in the count alone ended
    // this wait early on a loaded machine, with the last block not yet read). Then the count must hold.
    await waitUntil(
      'every labeled block painted as expected',
      () => readHighlights(article),
      (ranges) => expectations.every(({ block, expected }) => sameList(textsIn(ranges, block), expected)),
    ).catch(() => null); // the checks below name the block that is not
    painted = await waitForSettled(article, { min: MIN_TERMS });
    const ranges = await readHighlights(article);
    for (const { block, expected } of expectations) {
      const got = textsIn(ranges, block);
      assert(
        sameList(got, expected),
        `#${block}: painted ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
      );
    }
    const outside = ranges.filter((r) => r.block === null).map((r) => r.text);
    assert(outside.length === 0, `painted outside labeled blocks: ${JSON.stringify(outside)}`);
    console.log(`     ${painted} ranges in ${expectations.length} labeled blocks`);
    articleShot = await screenshot(article, build, 'article');
  });

  await check(build, 'hovering a term shows its tooltip; Escape closes it', async () => {
    await article.bringToFront();
    const { x, y } = await centerOfText(article, '#intro', 'fibromyalgia');
    await article.mouse.move(x - 40, y);
    await article.mouse.move(x, y, { steps: 4 });
    const shown = await waitUntil(
      'the tooltip dialog in <painlens-ui>',
      () => readTooltip(article),
      (t) => t.dialog?.visible === true,
    );
    assert(shown.hosts === 1, `${shown.hosts} <painlens-ui> hosts`);
    assert(shown.parent === 'html', `<painlens-ui> is attached to <${shown.parent}>, expected <html>`);
    // The card is PainLens's alone: a closed shadow root, and no page-readable highlight names the term.
    assert(shown.dialog?.readable === false, 'the page can read the card (open shadow root)');
    assert(sameList(shown.highlights, ['painlens-term']), `highlights registered: ${JSON.stringify(shown.highlights)}`);
    // The card fades in; a picture taken mid-animation shows the page through it.
    await waitUntil(
      'the tooltip fade-in to finish',
      () => readTooltip(article),
      (t) => t.dialog?.settled === true,
    );
    await screenshot(article, build, 'tooltip');
    await article.keyboard.press('Escape');
    await waitUntil(
      'the tooltip to close after Escape',
      () => readTooltip(article),
      (t) => t.dialog === null,
    );
  });

  // The tab id of the article, as the add-on knows it: its content script reported its terms to
  // the background, which keeps them per tab in storage.session. (No "tabs" permission, so the
  // extension cannot look tabs up by URL.)
  let articleTabId = -1;
  const popup = await b.newPage({ type: 'window' });
  await popup.setViewport({ width: 420, height: 640 });

  await check(build, 'popup page renders (heading, pause switch, terms on the page)', async () => {
    await openExtensionPage(popup, ext('popup.html'));
    await popup.waitForSelector('h1.brand', { timeout: 15_000 });
    articleTabId = await waitUntil(
      'the article tab in storage.session',
      () =>
        popup.evaluate(async () => {
          const api = (
            globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<object> } } } }
          ).browser;
          const all = (await api.storage.session.get(null)) as Record<string, { site?: string; tabId?: number }>;
          const hit = Object.values(all).find((v) => v && v.site === '127.0.0.1');
          return hit?.tabId ?? -1;
        }),
      (id) => id > 0,
    );
    await openExtensionPage(popup, ext(`popup.html?tab=${articleTabId}`));
    const view = await waitUntil(
      'the popup with its switch and the article terms',
      () =>
        popup.evaluate(() => ({
          heading: document.querySelector('h1')?.textContent?.trim() ?? '',
          switchRole: document.querySelector('#pause-switch')?.getAttribute('role') ?? null,
          switchOn: document.querySelector('#pause-switch')?.getAttribute('aria-checked') ?? null,
          terms: [...document.querySelectorAll('#popup-panel-page .term-list li span:first-child')].map(
            (s) => s.textContent ?? '',
          ),
        })),
      (v) => v.switchOn !== null && v.terms.length > 0,
    );
    assert(view.heading === 'PainLens', `popup heading is "${view.heading}"`);
    assert(view.switchRole === 'switch', `#pause-switch has role ${view.switchRole}`);
    assert(view.switchOn === 'true', `pause switch aria-checked=${view.switchOn} on a fresh profile`);
    for (const name of ['Ketamine', 'Fibromyalgia']) {
      assert(
        view.terms.some((t) => t.toLowerCase().startsWith(name.toLowerCase())),
        `popup term list lacks ${name}: ${JSON.stringify(view.terms)}`,
      );
    }
    console.log(`     article tab ${articleTabId}; popup lists ${view.terms.length} terms`);
    await screenshot(popup, build, 'popup');
  });

  let pausing = false;
  await check(build, 'pausing in the popup removes highlights in the open tab; resuming restores them', async () => {
    assert(painted >= MIN_TERMS, 'no settled highlights to start from');
    // As in real use, the article is the visible tab while the popup (here its own window) is used.
    await article.bringToFront();
    const visibility = await article.evaluate(() => document.visibilityState);
    assert(visibility === 'visible', `the article tab is ${visibility}`);
    await popup.waitForSelector('#pause-switch[aria-checked="true"]', { timeout: 10_000 });
    await popup.click('#pause-switch');
    pausing = true;
    await popup.waitForSelector('#pause-switch[aria-checked="false"]', { timeout: 10_000 });
    const stored = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<object> } } } })
        .browser;
      return ((await api.storage.local.get('settings')) as { settings?: { paused?: unknown } }).settings?.paused;
    });
    assert(stored === true, `settings.paused in storage is ${JSON.stringify(stored)} after pausing`);
    await waitUntil(
      'highlights to disappear from the article',
      () => countHighlights(article),
      (n) => n <= 0,
    );
    // What the reader sees: the rendering without marks differs from the marked one.
    const pausedShot = await screenshot(article, build, 'paused');
    assert(articleShot && !pausedShot.equals(articleShot), 'the paused article looks the same as the marked one');
    await popup.click('#pause-switch');
    await popup.waitForSelector('#pause-switch[aria-checked="true"]', { timeout: 10_000 });
    pausing = false;
    const restored = await waitForSettled(article, { min: painted });
    assert(restored === painted, `${restored} ranges after resuming, ${painted} before pausing`);
    const resumedShot = await screenshot(article, build, 'resumed');
    assert(
      articleShot && resumedShot.equals(articleShot),
      'the resumed article does not look as it did before pausing',
    );
  });
  if (pausing) {
    // The check failed while paused: resume, so the checks after it start from the default state.
    await popup.click('#pause-switch').catch(() => {});
  }

  const panel = await b.newPage({ type: 'window' });
  await check(build, 'sidebar page renders its sections', async () => {
    await panel.setViewport({ width: 420, height: 800 });
    await openExtensionPage(panel, ext(`sidepanel.html${articleTabId > 0 ? `?tab=${articleTabId}` : ''}`));
    await panel.waitForSelector('h1.brand', { timeout: 15_000 });
    const nav = await panel.$$eval('nav[aria-label="PainLens sections"] a', (links) =>
      links.map((a) => ({ href: a.getAttribute('href') ?? '', label: a.textContent?.trim() ?? '' })),
    );
    const expected = [
      'page',
      'guide',
      'evidence',
      'options',
      'checklist',
      'glossary',
      'sources',
      'settings',
      'explain',
    ];
    assert(
      sameList(
        nav.map((n) => n.href),
        expected.map((v) => `#${v}`),
      ),
      `side panel sections are ${JSON.stringify(nav)}`,
    );
    // "This page": the switch and the terms of the article tab.
    await panel.waitForSelector('#view-page #panel-pause-switch[role="switch"][aria-checked]', { timeout: 10_000 });
    await panel.waitForSelector('#view-page .term-list li', { timeout: 10_000 });
    await screenshot(panel, build, 'sidebar');
    for (const view of expected.slice(1)) {
      await panel.click(`nav[aria-label="PainLens sections"] a[href="#${view}"]`);
      const shown = await waitUntil(
        `the ${view} section`,
        () =>
          panel.evaluate((v) => {
            const el = document.getElementById(`view-${v}`);
            return {
              chars: el?.textContent?.trim().length ?? 0,
              heading: el?.querySelector('h2, h3')?.textContent?.trim() ?? '',
              current:
                document
                  .querySelector('nav[aria-label="PainLens sections"] a[aria-current="page"]')
                  ?.getAttribute('href') ?? '',
            };
          }, view),
        (s) => s.chars > 0 && s.current === `#${view}`,
      );
      assert(shown.heading !== '', `the ${view} section has no heading`);
      assert(shown.chars > 100, `the ${view} section has only ${shown.chars} characters`);
    }
    await screenshot(panel, build, 'sidebar-settings');
  });

  await check(build, "a checklist answer is kept (the extension origin's IndexedDB) across a reload", async () => {
    const radio = 'input[name="panel-q-pain-more-than-3-months"][value="yes"]';
    await panel.click('nav[aria-label="PainLens sections"] a[href="#checklist"]');
    await panel.waitForSelector(radio, { timeout: 10_000 });
    await panel.click(radio);
    await waitUntil(
      'the answer to be written',
      () =>
        panel.evaluate(
          () =>
            new Promise<unknown>((resolve) => {
              // Opened as the product opens it (version 1, its store made on creation), in case this
              // read comes before the page's first open.
              const open = indexedDB.open('painlens-reader', 1);
              open.onupgradeneeded = () => void open.result.createObjectStore('reader');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('reader')) return resolve(null);
                const get = db.transaction('reader').objectStore('reader').get('checklist');
                get.onsuccess = () => {
                  db.close();
                  resolve(get.result?.value?.answers?.['pain-more-than-3-months']?.answer ?? null);
                };
              };
              open.addEventListener('error', () => resolve(null));
            }),
        ),
      (answer) => answer === 'yes',
    );
    // A new document (puppeteer's reload() does not settle on an extension page in Firefox).
    await openExtensionPage(panel, ext('sidepanel.html?again=1#checklist'));
    await panel.waitForSelector(`${radio}:checked`, { timeout: 10_000 });
  });

  await check(build, 'Firefox sidebar: "Open full guide" in the popup opens it on the guide', async () => {
    type ViewState = { open: boolean; sidebar: { hash: string; view: string; chars: number }[]; panelTabs: number };
    // Read from an extension page: the sidebar is a view of the add-on in the popup's window.
    const windowId = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { windows: { getCurrent(): Promise<{ id?: number }> } } })
        .browser;
      return (await api.windows.getCurrent()).id ?? -1;
    });
    const readViews = () =>
      panel.evaluate(async (id): Promise<ViewState> => {
        interface View {
          location: Location;
          document: Document;
        }
        const api = (
          globalThis as unknown as {
            browser: {
              sidebarAction: { isOpen(d: { windowId: number }): Promise<boolean> };
              extension: { getViews(f: { type: string; windowId?: number }): View[] };
            };
          }
        ).browser;
        return {
          open: await api.sidebarAction.isOpen({ windowId: id }),
          sidebar: api.extension.getViews({ type: 'sidebar', windowId: id }).map((v) => {
            const shown = v.document.querySelector('main > [id^="view-"]');
            return { hash: v.location.hash, view: shown?.id ?? '', chars: shown?.textContent?.length ?? 0 };
          }),
          panelTabs: api.extension.getViews({ type: 'tab' }).filter((v) => v.location.pathname === '/sidepanel.html')
            .length,
        };
      }, windowId);
    // Firefox opens an add-on's sidebar when it is installed; close it so the click has to open it.
    const popupWindows = await windowsWithTab(b, ext('popup.html'));
    assert(popupWindows.length === 1, `${popupWindows.length} Firefox windows hold the popup tab`);
    await closeSidebar(b, popupWindows[0]!);
    const before = await waitUntil('the sidebar to close', readViews, (v) => !v.open && v.sidebar.length === 0);
    await popup.bringToFront();
    const [button] = await popup.$$('xpath/.//button[normalize-space(.)="Open full guide"]');
    assert(button, 'no "Open full guide" button in the popup');
    await button.click();
    const after = await waitUntil(
      'the sidebar to open on the guide',
      readViews,
      (v) => v.open && v.sidebar.length === 1 && v.sidebar[0]!.view === 'view-guide',
    );
    assert(after.sidebar[0]!.hash === '#guide', `sidebar URL hash is ${after.sidebar[0]!.hash}`);
    assert(after.sidebar[0]!.chars > 1000, `the guide in the sidebar has only ${after.sidebar[0]!.chars} characters`);
    // sidebarAction.open() failing would have opened sidepanel.html in a new tab instead.
    assert(after.panelTabs === before.panelTabs, 'the guide opened in a tab: sidebarAction.open() was refused');
    // For the eyes: the article's window, whose sidebar (open since install) follows the same route.
    await article.bringToFront();
    const [articleWindow] = await windowsWithTab(b, server!.url(ARTICLE), true);
    if (articleWindow) {
      fs.writeFileSync(path.join(SCREENS, `${build}-window.png`), await snapshotWindow(b, articleWindow));
    }
  });

  await check(build, 'tooltip "More" with the sidebar open: the sidebar shows the entry, no tab opens', async () => {
    // Firefox refuses sidebarAction.open() outside a user input handler of the calling page, and the
    // tooltip's click reaches the background only as a message: an open sidebar must simply follow.
    await article.bringToFront();
    const [win] = await windowsWithTab(b, server!.url(ARTICLE), true);
    assert(win, 'no Firefox window shows the article');
    const sidebarUrl = () =>
      evaluateInChrome<string>(
        b,
        win,
        `SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? ''`,
      );
    const countTabs = () =>
      panel.evaluate(() => {
        const api = (
          globalThis as unknown as {
            browser: { extension: { getViews(f: { type: string }): { location: Location }[] } };
          }
        ).browser;
        return api.extension.getViews({ type: 'tab' }).filter((v) => v.location.pathname === '/sidepanel.html').length;
      });
    const opened = await sidebarUrl();
    assert(opened.startsWith(ext('sidepanel.html')), `the article window's sidebar shows "${opened}"`);
    const tabsBefore = await countTabs();
    const { x, y } = await centerOfText(article, '#intro', 'fibromyalgia');
    await article.mouse.move(x - 40, y);
    await article.mouse.move(x, y, { steps: 4 });
    await waitUntil(
      'the tooltip to be fully shown',
      () => readTooltip(article),
      (t) => t.dialog?.settled === true,
    );
    // The card is in a closed shadow root: no page script (this test's included) can find its
    // buttons. A keyboard user reaches them with Tab: from the page's last focusable element, the
    // next stops (after any the page has left) are the card's Close, then "More about this term".
    const lastFocused = await article.evaluate(() => {
      const all = [
        ...document.body.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select, [tabindex]'),
      ].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
      const last = all[all.length - 1];
      last?.focus({ preventScroll: true });
      return last ? last.localName : null;
    });
    assert(lastFocused, 'the article has no focusable element');
    // Tab until the focus enters the card (its first stop is Close), then once more to "More".
    let focusIn: string | null = null;
    for (let i = 0; i < 10 && focusIn !== 'painlens-ui'; i++) {
      await article.keyboard.press('Tab');
      focusIn = await article.evaluate(() => document.activeElement?.localName ?? null);
    }
    assert(focusIn === 'painlens-ui', `Tab went to <${focusIn}>, never into PainLens's card`);
    await article.keyboard.press('Tab');
    // The card takes presses once it has been shown for 500 ms (clickjacking): press until it acts.
    let landed = false;
    for (let i = 0; i < 10 && !landed; i++) {
      await article.keyboard.press('Enter');
      landed = await waitUntil(
        'the sidebar to show the fibromyalgia entry',
        sidebarUrl,
        (u) => u.endsWith('sidepanel.html#glossary/fibromyalgia'),
        { timeout: 1000 },
      ).then(
        () => true,
        () => false,
      );
    }
    assert(landed, 'pressing "More about this term" never opened the entry in the sidebar');
    // Asserting that something does not happen needs a window of time: a fallback tab opens within
    // a few hundred milliseconds of the refused open().
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      const tabs = await countTabs();
      assert(tabs === tabsBefore, `a sidepanel.html tab opened (${tabsBefore} → ${tabs})`);
      await new Promise((r) => setTimeout(r, 150));
    }
    await article.keyboard.press('Escape');
  });

  await check(build, 'page DOM unchanged after highlighting, tooltip, pause and resume', async () => {
    const after = await article.evaluate(() => ({
      body: document.body.innerHTML,
      extra: [...document.documentElement.children]
        .map((c) => c.localName)
        .filter((n) => n !== 'head' && n !== 'body' && n !== 'painlens-ui'),
    }));
    assert(after.body === domBefore, 'document.body.innerHTML changed');
    assert(after.extra.length === 0, `unexpected nodes on <html>: ${after.extra.join(', ')}`);
  });

  await check(build, 'no uncaught errors from the add-on or in the article', async () => {
    // Canaries first: an error thrown on purpose in the article and in an extension page must reach
    // the log, or an empty log would prove nothing.
    const ours = (e: { source: string; stack: string }) =>
      [server!.origin, ext('')].some((prefix) => e.source.startsWith(prefix) || e.stack.includes(prefix));
    for (const [label, page] of [
      ['article', article],
      ['extension page', panel],
    ] as const) {
      const canary = `painlens-e2e-canary (${label})`;
      await page.evaluate((message) => {
        setTimeout(() => {
          throw new Error(message);
        });
      }, canary);
      await waitUntil(
        `the ${label} canary error in Firefox's console`,
        () => readErrorLog(b, logContext),
        (log) => log.some((e) => e.message.includes(canary) && ours(e)),
      );
    }
    const log = await readErrorLog(b, logContext);
    const diagnostics = log.filter((e) => ours(e) && FIREFOX_DIAGNOSTICS.test(e.message));
    const real = log.filter(
      (e) => ours(e) && !e.message.includes('painlens-e2e-canary') && !FIREFOX_DIAGNOSTICS.test(e.message),
    );
    if (diagnostics.length) {
      console.log(
        `     (${diagnostics.length} "after context unloaded / while context is inactive" note(s) from Firefox, not errors)`,
      );
    }
    const describe = (e: { message: string; source: string; stack: string }) =>
      `${e.message} (source ${e.source || '?'}; stack ${e.stack.split('\n').slice(0, 4).join(' < ') || '-'})`;
    assert(real.length === 0, `${real.length} error(s): ${real.slice(0, 5).map(describe).join(' | ')}`);
    // Firefox's own errors (e.g. "sendRemoveListener on closed conduit <add-on id>" when it tears
    // down a content script), listed for the record.
    const others = new Map<string, number>();
    for (const e of log.filter((x) => !ours(x))) {
      const key = e.message.replace(/\d{3,}/g, 'N');
      others.set(key, (others.get(key) ?? 0) + 1);
    }
    if (others.size) {
      console.log(
        `     Firefox-internal errors, not from the add-on: ${[...others].map(([m, n]) => `${m} ×${n}`).join('; ')}`,
      );
    }
  });
}

async function closeAll(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) {
    // A hung Firefox must not keep the run alive: kill it if close() does not return.
    await Promise.race([b.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => {});
    b.process()?.kill('SIGKILL');
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(SCREENS, { recursive: true });
  const watchdog = setTimeout(() => {
    if (finished) return;
    console.error(`The Firefox run did not finish within ${RUN_TIMEOUT_MS / 1000} s: stopping it.`);
    fail('run', `whole run finished within ${RUN_TIMEOUT_MS / 1000} s`, 'timed out');
    void Promise.race([closeAll(), new Promise((r) => setTimeout(r, 5_000))]).finally(() => {
      void server?.close();
      finish();
    });
  }, RUN_TIMEOUT_MS);

  if (!fs.existsSync(FIREFOX)) {
    fail(
      'setup',
      'Firefox is installed',
      `Firefox not found at ${FIREFOX}. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const todo: { name: string; dir: string }[] = [];
  for (const build of BUILDS) {
    const dir = path.join(ROOT, '.output', build.name);
    if (fs.existsSync(path.join(dir, 'manifest.json'))) todo.push({ name: build.name, dir });
    else if (build.required) fail(build.name, 'build exists', `No build at ${dir}: run "${build.fix}" first.`);
    else console.log(`(no ${build.name} build at ${dir}; run "${build.fix}" to check it too)`);
  }
  if (results.some((r) => !r.ok)) {
    clearTimeout(watchdog);
    finish();
  }

  server = await startServer(null);
  try {
    for (const { name, dir } of todo) {
      try {
        await runBuild(name, dir);
      } catch (e) {
        fail(name, 'run completes', (e as Error).message.split('\n')[0] ?? String(e));
      } finally {
        await closeAll();
      }
    }
  } finally {
    clearTimeout(watchdog);
    await server.close();
  }
  finish();
}

main().catch((e) => {
  console.error(e);
  fail('run', 'run completes', (e as Error).message);
  void closeAll().finally(() => finish());
});
