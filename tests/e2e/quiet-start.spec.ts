// What a page can see of PainLens before the reader uses it (security review 1a-1c, 6a): no start-up
// message or event, no User Timing in an install, highlights registered only once there is a mark,
// and frames too small to read left alone until they grow. Each negative check follows a positive
// signal that PainLens has done its work (a mark painted, or a scan measure recorded).
import { expect, test, type ChromeGlobal } from './support/fixtures';
import { waitForSettled } from './support/highlights';

const LISTEN = (eventName: string) => `(() => {
  const seen = (window.seenByPage = []);
  addEventListener('message', (e) => seen.push('message:' + JSON.stringify(e.data)), true);
  for (const target of [window, document])
    target.addEventListener(${JSON.stringify(eventName)}, (e) => seen.push('event:' + e.type), true);
})();`;

test('no start-up message or event reaches the page, and no highlight is registered on a page without terms', async ({
  page,
  server,
  extensionId,
}) => {
  await page.addInitScript(LISTEN(`${extensionId}:content:wxt:content-script-started`));
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 10 });
  expect(await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage)).toEqual([]);

  const quiet = server.setPage(
    'no-terms.html',
    '<!doctype html><title>harbour</title><p>The boats came back at dusk and the market filled the square.</p>',
  );
  await page.goto(quiet);
  // The scan ran (its measure is recorded: the e2e fixture asks for measures) ...
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('painlens:scan', 'measure').length))
    .toBeGreaterThan(0);
  // ... and left nothing in the page's highlight registry, and sent nothing.
  expect(
    await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]),
  ).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage)).toEqual([]);
});

test('an install records no User Timing measure a page could read', async ({ page, server, worker }) => {
  await worker.evaluate(async () => {
    await (globalThis as unknown as ChromeGlobal).chrome.storage.local.remove('devTimings');
  });
  await page.goto(server.url('/fixtures/ketamine-article.html'));
  await waitForSettled(page, { min: 10 });
  expect(await page.evaluate(() => performance.getEntriesByName('painlens:scan').length)).toBe(0);
});

test('a frame too small to read is left alone until it grows', async ({ page, server }) => {
  const doc = '<p>Living with fibromyalgia, day by day.</p>';
  const html = `<!doctype html><title>frames</title>
    <iframe id="big" srcdoc="${doc}" width="300" height="120"></iframe>
    <iframe id="tiny" srcdoc="${doc}" width="10" height="10"></iframe>`;
  await page.goto(server.setPage('tiny-frame.html', html));
  const frames = () => page.frames().filter((f) => f !== page.mainFrame());
  await expect.poll(() => frames().length).toBe(2);
  const [bigFrame, tinyFrame] = await Promise.all(
    ['big', 'tiny'].map(async (id) => (await page.locator(`#${id}`).elementHandle())!.contentFrame()),
  );
  await waitForSettled(bigFrame!, { min: 1 });
  // The big frame is painted; the tiny one has not even been read.
  expect(await tinyFrame!.evaluate(() => performance.getEntriesByName('painlens:scan').length)).toBe(0);
  await page.evaluate(() => {
    const f = document.getElementById('tiny') as HTMLIFrameElement;
    f.width = '300';
    f.height = '120';
  });
  expect(await waitForSettled(tinyFrame!, { min: 1 })).toBe(1);
});
