import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readHighlights, waitForSettled } from './support/highlights';
import { compareLabels, expectedCount } from './support/labels';
import { SCREENSHOTS_DIR } from './support/paths';
import {
  cleanHighlightTexts,
  deepTextCenter,
  ErrorWatch,
  evaluateClean,
  expectLive,
  pointAt,
  reportedTerms,
  setSettings,
  stepTerm,
  cardOf,
} from './support/probes';

const shot = (name: string) => path.join(SCREENSHOTS_DIR, name);

/** Hovers a text (in a frame: offset by the frame's position) and waits for the tooltip there. */
async function hover(page: Page, text: string, frame?: Frame, clean = false): Promise<void> {
  const target = frame ?? page;
  const p = await deepTextCenter(target, text, { clean });
  let dx = 0;
  let dy = 0;
  if (frame) {
    const box = (await (await frame.frameElement()).boundingBox())!;
    dx = box.x;
    dy = box.y;
  }
  await pointAt(page, p.x + dx, p.y + dy);
  await cardOf(target).shown();
}

/** What is on top at the middle of the tooltip card: must be PainLens's host (a shadow host). */
async function topElementAtTooltip(target: Page | Frame): Promise<string> {
  const box = await cardOf(target).box();
  return target.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? 'none', {
    x: box.x + box.width / 2,
    y: box.y + 12,
  });
}

test('strict CSP (default-src none): marks painted, tooltip styled, page CSP still in force', async ({
  page,
  server,
  worker,
}) => {
  const watch = await ErrorWatch.attach(page);
  const response = await page.goto(server.url('/fixtures/strict-csp.html'));
  expect(response!.headers()['content-security-policy']).toBe("default-src 'none'");
  await waitForSettled(page, { min: 3 });
  expect((await compareLabels(page)).mismatches).toEqual([]);
  // The page's own inline script and style were blocked: the policy is really in force.
  expect(
    await page.evaluate(() =>
      [...document.body.childNodes].some((n) => n.nodeType === 3 && (n as Text).data === 'inline script ran'),
    ),
  ).toBe(false);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');

  // The manifest CSS paints: the pixels under a term change when PainLens pauses.
  const p = await deepTextCenter(page, 'Ketamine');
  const clip = { x: p.x - 30, y: p.y - 12, width: 60, height: 24 };
  const painted = await page.screenshot({ clip });
  await setSettings(worker, { paused: true });
  await expect.poll(() => readHighlights(page).then((h) => h.length)).toBe(0);
  const plain = await page.screenshot({ clip });
  expect(Buffer.compare(painted, plain)).not.toBe(0);
  await setSettings(worker, { paused: false });
  await waitForSettled(page, { min: 3 });

  await hover(page, 'nausea');
  const { style } = await cardOf(page).shown();
  expect({ bg: style.bg, radius: style.radius, font: style.font, position: style.position }).toEqual({
    bg: 'rgb(255, 255, 255)',
    radius: '10px',
    font: '15px',
    position: 'fixed',
  });
  await page.screenshot({ path: shot('strict-csp-tooltip.png') });
  expect(watch.extensionErrors).toEqual([]);
});

test('nested open shadow roots are scanned, hovered and stepped through; a closed one is left alone', async ({
  page,
  server,
  worker,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/shadow-dom.html'));
  const expected = await expectedCount(page);
  await waitForSettled(page, { min: expected });
  const report = await compareLabels(page);
  expect(report.mismatches).toEqual([]);
  expect(report.unlabeled).toEqual([]);
  expect(report.painted).toBe(expected);
  // The closed root's text is not reachable: not marked.
  expect((await readHighlights(page)).map((h) => h.text)).not.toContain('neuropathy');

  await hover(page, 'allodynia');
  await cardOf(page).shown({ name: /allodynia/i });
  await page.keyboard.press('Escape');

  // The keyboard path reaches the terms inside the shadow trees too.
  for (let i = 0; i < expected; i++) await stepTerm(page, worker, 1);
  await expectLive(page, `of ${expected}:`);
  const visited = new Set<string>();
  for (let i = 0; i < expected; i++) {
    await stepTerm(page, worker, 1);
    await expectLive(page, new RegExp(`^Term ${i + 1} of ${expected}: `));
    visited.add((await cardOf(page).shown()).name.toLowerCase());
  }
  const names = [...visited];
  for (const term of [
    'allodynia',
    'complex regional pain syndrome',
    'dissociation',
    'fibromyalgia',
    'ketamine',
    'migraine',
  ])
    expect(
      names.some((n) => n.startsWith(term)),
      `${term} in ${JSON.stringify(names)}`,
    ).toBe(true);
  expect(watch.extensionErrors).toEqual([]);
});

test('same-origin, cross-origin and srcdoc iframes: each frame is marked and shows its own tooltip', async ({
  page,
  server,
  otherServer,
  worker,
}) => {
  const watch = await ErrorWatch.attach(page);
  const url = server.setPage(
    'iframes',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
      <p id="top" data-expect="migraine">Top page: migraine.</p>
      <iframe id="same" src="/fixtures/frame-child.html" width="500" height="120"></iframe>
      <iframe id="cross" src="${otherServer.url('/fixtures/frame-child.html')}" width="500" height="120"></iframe>
      <iframe id="srcdoc" width="500" height="120" srcdoc="<p id='doc' data-expect='fibromyalgia'>Inline frame: fibromyalgia.</p>"></iframe>
    </body></html>`,
  );
  await page.goto(url);
  await waitForSettled(page, { min: 1 });
  const frames = {
    same: page.frame({ url: server.url('/fixtures/frame-child.html') })!,
    cross: page.frame({ url: otherServer.url('/fixtures/frame-child.html') })!,
    srcdoc: page.frames().find((f) => f.url() === 'about:srcdoc')!,
  };
  for (const [name, frame] of Object.entries(frames)) {
    expect(frame, name).toBeTruthy();
    await waitForSettled(frame, { min: 1 });
    expect((await compareLabels(frame)).mismatches, name).toEqual([]);
  }
  // The worker hears from every frame: one tab, four frames' terms.
  await expect
    .poll(async () => (await reportedTerms(page, worker)).counts)
    .toEqual({ migraine: 1, neuropathy: 2, opioid: 2, fibromyalgia: 1 });

  await hover(page, 'opioid', frames.cross);
  await cardOf(frames.cross).shown({ name: /opioid/i });
  // The tooltip belongs to the frame: the top page has none. It fits inside the 500×120 frame.
  await cardOf(page).gone();
  await page.waitForTimeout(100);
  const r = (await cardOf(frames.cross).shown()).box;
  const view = await frames.cross.evaluate(() => ({ vw: innerWidth, vh: innerHeight }));
  const inFrame = { top: r.y, bottom: r.y + r.height, left: r.x, right: r.x + r.width, ...view };
  expect(inFrame.top).toBeGreaterThanOrEqual(8 - 0.5);
  expect(inFrame.left).toBeGreaterThanOrEqual(8 - 0.5);
  expect(inFrame.bottom).toBeLessThanOrEqual(inFrame.vh - 8 + 0.5);
  expect(inFrame.right).toBeLessThanOrEqual(inFrame.vw - 8 + 0.5);
  await page.screenshot({ path: shot('iframe-cross-origin-tooltip.png') });
  await page.mouse.move(5, 5);
  await cardOf(frames.cross).gone(3000);
  await hover(page, 'neuropathy', frames.same);
  expect(watch.extensionErrors).toEqual([]);
});

test('form fields, contenteditable and ARIA text boxes are never marked, and typing is unaffected', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/editable.html'));
  await waitForSettled(page, { min: 2 });
  expect((await compareLabels(page)).mismatches).toEqual([]);

  const typed = ' — ketamine infusion for CRPS, with nausea';
  await page.locator('#ta').click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed, { delay: 5 });
  await page.locator('#in').click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed, { delay: 5 });
  await page.locator('#ce').click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed, { delay: 5 });
  await page.waitForTimeout(600);

  expect(await page.locator('#ta').inputValue()).toBe(`ketamine notes${typed}`);
  expect(await page.locator('#in').inputValue()).toBe(`nausea${typed}`);
  expect(await page.locator('#ce').textContent()).toBe(`Draft about ketamine and CRPS${typed}`);
  expect((await compareLabels(page)).mismatches).toEqual([]);
  // Still only the two reading-text terms.
  expect((await readHighlights(page)).map((h) => h.text)).toEqual(['fibromyalgia', 'migraine']);

  // A paragraph the page turns into an editor afterwards loses its marks.
  await page.evaluate(() => document.getElementById('intro')!.setAttribute('contenteditable', 'true'));
  await expect.poll(async () => (await readHighlights(page)).map((h) => h.text)).toEqual(['migraine']);
  // And gets them back when it stops being one.
  await page.evaluate(() => document.getElementById('intro')!.removeAttribute('contenteditable'));
  await expect.poll(async () => (await readHighlights(page)).map((h) => h.text)).toEqual(['fibromyalgia', 'migraine']);
  expect(watch.errors).toEqual([]);
});

test('the tooltip shows above a modal dialog, and Escape closes the tooltip before the dialog', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/fullscreen-dialog.html'));
  await waitForSettled(page, { min: 5 });
  await page.locator('#open-dialog').click();
  await expect(page.locator('#dlg')).toBeVisible();
  await hover(page, 'neuropathy');
  expect(await topElementAtTooltip(page)).toBe('painlens-ui');
  await page.screenshot({ path: shot('tooltip-in-dialog.png') });
  // The buttons work inside the modal (the rest of the page is inert, PainLens's host is not).
  await cardOf(page).press('Close');
  await cardOf(page).gone();
  await page.mouse.move(5, 5);
  await hover(page, 'nausea');
  await page.keyboard.press('Escape');
  await cardOf(page).gone();
  await expect(page.locator('#dlg')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#dlg')).toBeHidden();
  expect(watch.errors).toEqual([]);
});

test('the tooltip shows above a fullscreen element', async ({ page, server }) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/fullscreen-dialog.html'));
  await waitForSettled(page, { min: 5 });
  await page.locator('#go-fullscreen').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('stage');
  await hover(page, 'hyperalgesia');
  expect(await topElementAtTooltip(page)).toBe('painlens-ui');
  await page.screenshot({ path: shot('tooltip-in-fullscreen.png') });
  await page.keyboard.press('Escape');
  await cardOf(page).gone();
  await page.evaluate(() => document.exitFullscreen());
  expect(watch.errors).toEqual([]);
});

test('right-to-left text: English terms marked, tooltip readable and on screen', async ({ page, server }) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/rtl.html'));
  await waitForSettled(page, { min: 5 });
  expect((await compareLabels(page)).mismatches).toEqual([]);
  await hover(page, 'neuropathy');
  const card = await cardOf(page).shown();
  const box = card.box;
  const vw = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(8 - 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(vw - 8 + 0.5);
  expect(card.direction).toBe('ltr');
  await page.screenshot({ path: shot('tooltip-rtl.png') });
  expect(watch.errors).toEqual([]);
});

test('hostile CSS (all: unset !important, 3px root font, rules aimed at painlens-ui) does not reach the tooltip', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/hostile-css.html'));
  await waitForSettled(page, { min: 2 });
  expect((await compareLabels(page)).mismatches).toEqual([]);
  await hover(page, 'neuropathy');
  const card = await cardOf(page).shown();
  const { radius: _radius, position: _position, ...look } = card.style;
  expect(look).toEqual({
    font: '15px',
    color: 'rgb(29, 33, 38)',
    bg: 'rgb(255, 255, 255)',
    display: 'block',
    nameWeight: '650',
    buttonFont: '13.05px',
    buttonBg: 'rgb(21, 88, 176)',
    hostDisplay: 'block',
    hostOpacity: '1',
    hostTransform: 'none',
  });
  const box = card.box;
  expect(box.width).toBeGreaterThan(150);
  expect(box.height).toBeGreaterThan(80);
  expect(await topElementAtTooltip(page)).toBe('painlens-ui');
  await page.screenshot({ path: shot('tooltip-hostile-css.png') });
  expect(watch.extensionErrors).toEqual([]);
});

test('a page that overwrites CSS, Highlight, Node.prototype, requestIdleCallback and more in its own world', async ({
  page,
  server,
  worker,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/hostile-globals.html'));
  // The page really did break its own world.
  expect(await evaluateClean<string>(page, 'typeof document.body')).toBe('object');
  await expect.poll(() => cleanHighlightTexts(page)).toEqual(['Ketamine', 'chronic pain', 'placebo-controlled trial']);
  await hover(page, 'chronic pain', undefined, true);
  await cardOf(page).shown({ name: /chronic pain/i });
  await page.keyboard.press('Escape');
  await stepTerm(page, worker, 1);
  await expectLive(page, /^Term 1 of 3: Ketamine\. /);
  expect(watch.extensionErrors).toEqual([]);
});
