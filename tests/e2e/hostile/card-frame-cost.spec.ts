// The alternative to a closed shadow root for the card (security review 3, "residual"): the card in
// an extension-origin iframe (a web-accessible page, as Yomitan does). This measures both the way a
// page would meet them, in real Chromium: the time from creating the card to its first painted
// frame, what each adds to memory, and what each lets a page read. Figures go to
// test-results/figures/card-frame-cost.json; only facts that do not depend on speed are asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWithExtension, isLocalUrl } from '../support/fixtures';
import { EXTENSION_DIR, ROOT } from '../support/paths';
import { recordFigures } from '../support/probes';
import { startServer } from '../../../scripts/harness/server';

const CSS = fs.readFileSync(path.join(ROOT, 'content/tooltip/tooltip.css'), 'utf8');
const FOOT = 'Not medical advice · content reviewed 25 Nov 2026';
const CARD = `<div class="tip" role="dialog" aria-modal="false" tabindex="-1" style="position:fixed;left:100px;top:100px">
  <div class="tip-head"><strong class="tip-name">Ketamine</strong><button type="button" class="tip-close" aria-label="Close">×</button></div>
  <p class="tip-definition">A drug first made in 1962 to put people to sleep for surgery. At low doses some clinics use it for long-term pain.</p>
  <p class="tip-source">Source: a sample source line</p>
  <div class="tip-actions"><button type="button" class="tip-more">More about this term</button><button type="button" class="tip-off">Turn off on this site</button></div>
  <p class="tip-foot">${FOOT}</p></div>`;
const ROUNDS = 12;

test('card in a closed shadow root vs an extension-origin iframe: time to first show, memory, what a page can read', async () => {
  test.setTimeout(120_000);
  // A copy of the build with one web-accessible card page, as the iframe design would ship.
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-cardframe-ext-'));
  fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(ext, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [
    { resources: ['card.html', 'card.css'], matches: ['<all_urls>'], use_dynamic_url: false },
  ];
  fs.writeFileSync(path.join(ext, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(ext, 'card.css'), CSS);
  fs.writeFileSync(
    path.join(ext, 'card.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="card.css"></head><body style="margin:0">${CARD}</body></html>`,
  );
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-cardframe-'));
  const context = await launchWithExtension(profile, { extensionDir: ext });
  await context.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort('blockedbyclient')));
  const server = await startServer(null);
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto(server.setPage('card-cost', '<!doctype html><title>cost</title><p>Plain words.</p>'));
    const times = await page.evaluate(
      async ({ css, card, url, rounds }) => {
        const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const shadow: number[] = [];
        const frame: number[] = [];
        for (let i = 0; i < rounds; i++) {
          let t0 = performance.now();
          const host = document.createElement('painlens-ui');
          const root = host.attachShadow({ mode: 'closed' });
          const style = document.createElement('style');
          style.textContent = css;
          const mount = document.createElement('div');
          mount.innerHTML = card;
          root.append(style, mount);
          document.documentElement.append(host);
          await twoFrames();
          shadow.push(performance.now() - t0);
          host.remove();
          t0 = performance.now();
          const f = document.createElement('iframe');
          f.style.cssText = 'position:fixed;left:0;top:0;width:420px;height:320px;border:0';
          f.src = url;
          const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
          document.documentElement.append(f);
          await loaded;
          await twoFrames();
          frame.push(performance.now() - t0);
          f.remove();
        }
        return { shadow, frame };
      },
      { css: CSS, card: CARD, url: `chrome-extension://${id}/card.html`, rounds: ROUNDS },
    );
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

    // Memory: the page's own heap and nodes with a shadow card in it, and the processes and the
    // frame's heap with a framed card.
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const metric = async (s: typeof session) => {
      const { metrics } = await s.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      return { heap: m.JSHeapUsedSize ?? 0, nodes: m.Nodes ?? 0, documents: m.Documents ?? 0 };
    };
    const browser = await context.browser()?.newBrowserCDPSession();
    const processes = async () => {
      if (!browser) return -1;
      const info = (await browser.send('SystemInfo.getProcessInfo' as never)) as { processInfo: { type: string }[] };
      return info.processInfo.filter((p) => p.type === 'renderer').length;
    };
    const before = await metric(session);
    const processesBefore = await processes();
    await page.evaluate(
      ({ css, card }) => {
        const host = document.createElement('painlens-ui');
        host.id = 'shadow-card';
        const root = host.attachShadow({ mode: 'closed' });
        const style = document.createElement('style');
        style.textContent = css;
        const mount = document.createElement('div');
        mount.innerHTML = card;
        root.append(style, mount);
        document.documentElement.append(host);
      },
      { css: CSS, card: CARD },
    );
    const withShadow = await metric(session);
    // What a page can read of a closed-root card: window.find and a selection the reader makes.
    const shadowReads = await page.evaluate((foot) => {
      const found = (window as unknown as { find(s: string): boolean }).find(foot);
      getSelection()?.removeAllRanges();
      return { find: found };
    }, FOOT);
    await page.evaluate(() => document.getElementById('shadow-card')!.remove());
    await page.evaluate((url) => {
      const f = document.createElement('iframe');
      f.style.cssText = 'position:fixed;left:0;top:0;width:420px;height:320px;border:0';
      f.src = url;
      document.documentElement.append(f);
      return new Promise((r) => f.addEventListener('load', r, { once: true }));
    }, `chrome-extension://${id}/card.html`);
    const cardFrame = page.frames().find((f) => f.url().endsWith('/card.html'))!;
    expect(cardFrame).toBeTruthy();
    const frameSession = await context.newCDPSession(cardFrame).catch(() => null);
    if (frameSession) await frameSession.send('Performance.enable');
    const inFrame = frameSession ? await metric(frameSession) : null;
    const withFrame = await metric(session);
    const processesWithFrame = await processes();
    const frameReads = await page.evaluate((foot) => {
      const f = document.querySelector('iframe')!;
      let doc: string;
      try {
        doc = f.contentDocument ? 'readable' : 'null';
      } catch {
        doc = 'blocked';
      }
      return { find: (window as unknown as { find(s: string): boolean }).find(foot), contentDocument: doc };
    }, FOOT);
    const bytes = Buffer.byteLength(CSS) + Buffer.byteLength(CARD);
    const figures = {
      rounds: ROUNDS,
      shadowFirstShowMs: { median: median(times.shadow), max: Math.max(...times.shadow) },
      frameFirstShowMs: { median: median(times.frame), max: Math.max(...times.frame) },
      shadowAdds: { heapBytes: withShadow.heap - before.heap, nodes: withShadow.nodes - before.nodes },
      frameAdds: {
        pageHeapBytes: withFrame.heap - before.heap,
        rendererProcesses: processesWithFrame - processesBefore,
        frameProcessHeapBytes: inFrame?.heap ?? null,
        frameDocuments: inFrame?.documents ?? null,
      },
      cardBytes: bytes,
      pageCanFindCardText: { shadow: shadowReads.find, frame: frameReads.find },
      frameContentDocument: frameReads.contentDocument,
      frameNeedsWebAccessibleResource: true,
    };
    await recordFigures('card-frame-cost', figures);
    console.log(JSON.stringify(figures));
    // Facts, not speeds: both showed every round; the framed card's document is closed to the page.
    expect(times.shadow).toHaveLength(ROUNDS);
    expect(times.frame).toHaveLength(ROUNDS);
    expect(frameReads.contentDocument).not.toBe('readable');
    expect(frameReads.find).toBe(false);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(ext, { recursive: true, force: true });
  }
});
