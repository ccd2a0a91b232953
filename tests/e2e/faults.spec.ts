import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, isLocalUrl, launchWithExtension, test, type ChromeGlobal } from './support/fixtures';
import { EXTENSION_DIR } from './support/paths';
import { readHighlights, waitForSettled } from './support/highlights';
import { compareLabels } from './support/labels';
import { setLocal } from './support/ext-pages';
import {
  ErrorWatch,
  expectContentDecision,
  highlightSize,
  expectLive,
  pointAt,
  deepTextCenter,
  stepTerm,
  cardOf,
} from './support/probes';

/**
 * An update or reload while a tab is open, in a browser of its own (the extension is replaced, and
 * at the end unloaded, which must not leak into other specs).
 *
 * Chromium 156 headless does not bring an extension loaded with --load-extension back after
 * chrome.runtime.reload(): measured, no service worker and no content script within 10 s, with or
 * without --disable-extensions-except. So the take-over by a new version is driven the way an update
 * lands: the same build loaded again over the running one (DevTools Extensions.loadUnpacked, same
 * id, new worker); chrome.runtime.reload() is then called too, and its old script must also stop
 * cleanly.
 */
test('the extension updated and reloaded under an open tab: old scripts stop cleanly, a navigation gets the new one', async ({
  server,
}) => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-update-'));
  const context = await launchWithExtension(dir);
  try {
    await context.route('**/*', (route) =>
      isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(first.url()).host;
    const page = await context.newPage();
    const watch = await ErrorWatch.attach(page);
    await page.goto(server.url('/fixtures/ketamine-article.html'));
    const total = await waitForSettled(page, { min: 20 });
    // A tooltip is open when the update lands.
    const p = await deepTextCenter(page, 'fibromyalgia');
    await pointAt(page, p.x, p.y);
    await cardOf(page).shown();

    // The update: the same build loaded over the running one.
    const next = context.waitForEvent('serviceworker', { predicate: (w) => w !== first, timeout: 15_000 });
    const browserSession = await context.browser()!.newBrowserCDPSession();
    const loaded = (await browserSession.send(
      'Extensions.loadUnpacked' as never,
      { path: EXTENSION_DIR } as never,
    )) as {
      id: string;
    };
    expect(loaded.id).toBe(id);
    const fresh: Worker = await next;

    // The orphaned script notices at its next timer or frame (the pointer moving, the page changing)
    // and takes away everything of its own: highlights, tooltip, host.
    await expectOldScriptGone(page, p);
    expect(watch.extensionErrors).toEqual([]);

    // A navigation loads the new content script, which works with the new worker.
    await page.goto(server.url('/fixtures/ketamine-article.html'));
    expect(await waitForSettled(page, { min: 20 })).toBe(total);
    const q = await deepTextCenter(page, 'fibromyalgia');
    await pointAt(page, q.x, q.y);
    await cardOf(page).shown();
    await page.keyboard.press('Escape');
    await stepTerm(page, fresh, 1);
    await expectLive(page, `Term 1 of ${total}`);

    // chrome.runtime.reload() from the worker: its content script must stop just as cleanly, with
    // a tooltip open when the reload lands.
    await pointAt(page, q.x, q.y);
    await cardOf(page).shown();
    await expectContentDecision(page, { active: true, stopped: false });
    let closed = false;
    fresh.once('close', () => (closed = true));
    const again = context.waitForEvent('serviceworker', { predicate: (w) => w !== fresh, timeout: 3000 }).then(
      () => true,
      () => false,
    );
    // Called a moment later, so this evaluation returns before the worker goes away with the call.
    await fresh.evaluate(() => {
      setTimeout(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.reload(), 50);
    });
    await expect.poll(() => closed, { message: 'the worker goes away with runtime.reload()' }).toBe(true);
    await expectOldScriptGone(page, q);
    test.info().annotations.push({
      type: 'runtime.reload',
      description: (await again) ? 'a new worker started' : 'no new worker within 3 s (see the comment above)',
    });
    expect(watch.extensionErrors).toEqual([]);
    await browserSession.detach().catch(() => undefined);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * After an update or a reload: activity makes the old script stop; it leaves nothing behind, says it
 * stopped (its isolated world outlives it), and stays quiet.
 */
async function expectOldScriptGone(page: Page, p: { x: number; y: number }): Promise<void> {
  await page.mouse.move(p.x + 200, p.y + 150, { steps: 5 });
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'More about opioid use.' })),
  );
  await expect.poll(() => highlightSize(page), { timeout: 5000 }).toBe(-1);
  await expect(page.locator('painlens-ui')).toHaveCount(0);
  expect(await highlightSize(page, 'painlens-term-active')).toBe(-1);
  // It stopped for good: its observer is disconnected, and its listeners and timers went with its
  // invalidated context, so nothing of it can react to what follows.
  await expectContentDecision(page, { stopped: true, active: false });
  // Quiet afterwards: more changes and pointer moves raise nothing and paint nothing.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Ketamine again.' })),
  );
  await pointAt(page, p.x, p.y);
  expect(await highlightSize(page)).toBe(-1);
  await expect(page.locator('painlens-ui')).toHaveCount(0);
}

test('pages with nothing to read: empty, only images, text/plain, a frameset, about:blank, data: URLs', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  const cases: [string, string, Record<string, string>?][] = [
    ['empty', '<!doctype html><title>empty</title>'],
    ['no-body', '<!doctype html><html><head><title>no body</title></head></html>'],
    [
      'images',
      `<!doctype html><title>images</title><body>${`<img src="${pixel}" alt="" width="40" height="40">`.repeat(50)}</body>`,
    ],
    [
      'plain',
      'Plain text about ketamine and fibromyalgia, served as text/plain.',
      { 'content-type': 'text/plain; charset=utf-8' },
    ],
    [
      'svg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="5" y="30">ketamine</text></svg>',
      { 'content-type': 'image/svg+xml' },
    ],
    [
      'frameset',
      `<!doctype html><html><head><title>frames</title></head><frameset cols="50%,50%"><frame src="/fixtures/frame-child.html"><frame src="about:blank"></frameset></html>`,
    ],
  ];
  for (const [name, html, headers] of cases) {
    await page.goto(server.setPage(`nothing-${name}`, html, headers));
    await page.waitForTimeout(400);
  }
  // The plain-text page is text like any other: Chromium shows it in a <pre>, and it is read.
  await page.goto(server.setPage('nothing-plain-2', 'ketamine and fibromyalgia', { 'content-type': 'text/plain' }));
  await expect.poll(async () => (await readHighlights(page)).map((h) => h.text)).toEqual(['ketamine', 'fibromyalgia']);
  // The frameset's framed page is read in its frame.
  await page.goto(server.setPage('nothing-frameset-2', cases[5]![1]));
  const framed = page.frame({ url: server.url('/fixtures/frame-child.html') })!;
  await waitForSettled(framed, { min: 2 });
  expect((await compareLabels(framed)).mismatches).toEqual([]);

  await page.goto('about:blank');
  await page.waitForTimeout(300);
  await page.goto('data:text/html,<p>ketamine in a data URL</p>');
  await page.waitForTimeout(300);
  // Chromium runs no content script in a top-level data: document.
  expect(await highlightSize(page)).toBe(-1);
  expect(watch.errors).toEqual([]);
});

test('an about:blank frame filled by its parent is read (match_about_blank), a data: frame raises nothing', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  const url = server.setPage(
    'about-blank-frame',
    `<!doctype html><title>about:blank frame</title><p id="top" data-expect="migraine">Top: migraine.</p>
    <iframe id="blank" width="400" height="100"></iframe>
    <iframe id="data" width="400" height="100" src="data:text/html,<p>ketamine in a data frame</p>"></iframe>
    <script>
      const doc = document.getElementById('blank').contentDocument;
      const p = doc.createElement('p');
      p.id = 'written';
      p.setAttribute('data-expect', 'neuropathy');
      p.textContent = 'Written by the parent: neuropathy.';
      doc.body.append(p);
    </script>`,
  );
  await page.goto(url);
  await waitForSettled(page, { min: 1 });
  const blank = page.frames().find((f) => f.url() === 'about:blank')!;
  await waitForSettled(blank, { min: 1 });
  expect((await compareLabels(blank)).mismatches).toEqual([]);
  await page.waitForTimeout(300);
  expect(watch.errors).toEqual([]);
});

test('garbage in storage: settings and site list fall back to defaults, tooltip texts are fetched and match forms written again', async ({
  page,
  server,
  worker,
}) => {
  const watch = await ErrorWatch.attach(page);
  await setLocal(worker, {
    settings: { paused: 'yes', highlightStyle: 42, mentions: ['first'], hoverDelayMs: -5 },
    disabledSites: { '127.0.0.1': true },
    termTexts: { version: 'not-this-build', texts: 'garbage' },
    // The content script asks the worker to write them, and reads them once more.
    termForms: { version: 'not-this-build', forms: 'garbage' },
  });
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 20 });
  expect((await compareLabels(page)).mismatches).toEqual([]);
  const p = await deepTextCenter(page, 'fibromyalgia');
  await pointAt(page, p.x, p.y);
  await cardOf(page).shown({ name: 'Fibromyalgia' });
  expect(watch.extensionErrors).toEqual([]);
});

test('a page that starts with no text at all and gets its article later', async ({ page, server }) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.setPage('late', '<!doctype html><title>late</title><body></body>'));
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Arrived later: ketamine for CRPS.';
    document.body.append(p);
  });
  await expect.poll(async () => (await readHighlights(page)).map((h) => h.text)).toEqual(['ketamine', 'CRPS']);
  expect(watch.errors).toEqual([]);
});
