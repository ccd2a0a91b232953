// `npm run bench`: PainLens's cost in real Chromium, against the least any scanner can do (a bare
// TreeWalker), a combined RegExp and mark.js, on the project's fixtures, saved real pages and
// generated pages. See bench/README.md for what each number means and how it is taken.
//
//   npm run bench                                  5 runs, fixtures and generated pages
//   npm run bench -- --pages ../shared/corpus/pages
//   npm run bench -- --quick                       CI smoke check: 1 run, fixtures only
//
// Options: --pages <dir> (repeatable), --runs N, --quick, --label <name>, --mark-timeout <s>,
// --skip-build (use the existing .output), --only <text> (pages whose name contains it),
// --profile (write CPU profiles of the synchronous scan of each large page to bench/profiles/),
// --render <file.json> (print the tables of an earlier results file, and check its targets again).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { LOCAL_KEYS } from '../utils/storage/keys';
import { glossary } from '../data/glossary/index';
import { packForms, unpackForms } from '../lib/term-data';
import { isLocalUrl, launchWithExtension } from '../scripts/harness/launch';
import { chromiumPath, FIXTURES_DIR, ROOT } from '../scripts/harness/paths';
import { startServer, type PageServer } from '../scripts/harness/server';
import type { Env } from './browser';
import {
  buildExtension,
  buildGlossary4x,
  bundleInPage,
  gitInfo,
  readSizes,
  writeFloorExtension,
  type FLOOR_SCRIPTS,
} from './build';
import { makeAdFrame, makeArticlePage, makeFramesPage, makeLongLinePage, makeManyTermFramesPage } from './frame-pages';
import { measureFrames, type FrameUrls } from './measure-frames';
import { elapsedS, errors, say, sleep } from './log';
import { measureDynamic } from './measure-feed';
import { measureHover, readHoverDelay } from './measure-hover';
import { measurePage } from './measure-page';
import { parseArgs } from './options';
import {
  BENCH_FIXTURES,
  DYNAMIC,
  LARGE_PAGE_BYTES,
  listHtml,
  makeFeedPage,
  makeLargePage,
  QUICK_FIXTURES,
  type PageFile,
} from './pages';
import { profileScans } from './profile';
import { renderReport } from './render';
import {
  stat,
  summarizeFrames,
  summarizePage,
  type BenchResult,
  type DynamicRun,
  type FramesRun,
  type HoverSample,
  type PageRun,
} from './results-model';
import { checkTargets } from './targets';

const opts = parseArgs(process.argv.slice(2));

/** The content script records its scan slices as User Timing measures only when asked (utils/content-bridge.ts). */
async function askForTimings(sw: Worker): Promise<void> {
  await sw.evaluate(async (key) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await c.storage.local.set({ [key]: true });
  }, LOCAL_KEYS.devTimings);
}
const loadStart = os.loadavg();

async function main(): Promise<number> {
  if (opts.render) {
    const saved = JSON.parse(fs.readFileSync(opts.render, 'utf8')) as BenchResult;
    const { targets: _old, ...rest } = saved;
    console.log(renderReport({ ...saved, targets: checkTargets(rest) }));
    return 0;
  }
  buildExtension(opts.skipBuild);
  const glossary4xDir = opts.frames && !opts.quick ? buildGlossary4x(opts.skipBuild) : null;
  try {
    chromiumPath();
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const sizes = readSizes();
  const forms = unpackForms(packForms(glossary));
  const bundle = await bundleInPage();
  const markSource = fs.readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  // Hide any module system the page defines, so the UMD build sets window.Mark.
  const markJs = `(function () { var define, exports, module; ${markSource}\n}).call(window);`;

  // Pages: fixtures, --pages directories, generated.
  const wanted = opts.quick ? QUICK_FIXTURES : BENCH_FIXTURES;
  const pageFiles: PageFile[] = listHtml(FIXTURES_DIR, 'fixture', 'fixtures').filter((p) =>
    wanted.includes(p.file.replace(/\.html$/, '')),
  );
  if (pageFiles.length !== wanted.length) throw new Error(`Missing bench fixtures: expected ${wanted.join(', ')}`);
  for (const dir of opts.pageDirs) {
    const found = listHtml(
      dir,
      'corpus',
      path.basename(path.dirname(dir)) === 'corpus' ? 'corpus' : path.basename(dir),
    );
    if (!found.length) throw new Error(`No .html files in ${dir}`);
    pageFiles.push(...found);
  }
  const servers: PageServer[] = [];
  const site = await startServer(null);
  servers.push(site);
  const entries: { page: PageFile; url: string }[] = [];
  for (const page of pageFiles) {
    if (page.source === 'fixture') {
      entries.push({ page, url: site.url(`/fixtures/${encodeURIComponent(page.file)}`) });
    } else {
      let s = servers.find((x) => (x as PageServer & { dir?: string }).dir === page.dir);
      if (!s) {
        s = Object.assign(await startServer(page.dir), { dir: page.dir });
        servers.push(s);
      }
      entries.push({ page, url: s.url(`/corpus/${encodeURIComponent(page.file)}`) });
    }
  }
  if (!opts.quick) {
    const html = makeLargePage(forms);
    const page: PageFile = {
      name: 'generated/large',
      source: 'generated',
      dir: '',
      file: '',
      bytes: Buffer.byteLength(html),
    };
    entries.push({ page, url: site.setPage('large.html', html) });
  }
  if (opts.only) {
    const only = opts.only;
    entries.splice(0, entries.length, ...entries.filter((e) => e.page.name.includes(only)));
    if (!entries.length) throw new Error(`No page name contains "${only}"`);
  }
  const staticUrl = site.setPage('feed-static.html', makeFeedPage(forms, DYNAMIC, 'static'));
  const dynamicUrl = site.setPage('feed-dynamic.html', makeFeedPage(forms, DYNAMIC, 'dynamic'));
  const hoverUrl = site.url('/fixtures/ketamine-article.html');
  // The per-frame pages. Ad frames come from a second origin on another site (localhost, not 127.0.0.1),
  // so Chromium puts them in a renderer of their own, as it does a real ad network's.
  const adSite = await startServer(null);
  servers.push(adSite);
  const adOrigin = adSite.origin.replace('127.0.0.1', 'localhost');
  const small = opts.quick;
  const frameUrls: FrameUrls = {
    adFrameCount: 20,
    adArticle: site.setPage('ad-article.html', makeArticlePage(adOrigin, 20)),
    blankFrameCount: 20,
    blankFrames: site.setPage(
      'blank-frames.html',
      makeFramesPage((i) => `/dyn/blank-${i}.html`, 20),
    ),
    noFrames: site.setPage(
      'no-frames.html',
      makeFramesPage(() => '', 0),
    ),
    manyFrameCount: small ? 50 : 500,
    manyFrames: site.setPage('many-frames.html', makeManyTermFramesPage(small ? 50 : 500)),
    longLine: site.setPage(
      'long-line.html',
      small ? makeLongLinePage(200_000, 1000) : makeLongLinePage(2_000_000, 10_000),
    ),
    startup: hoverUrl,
  };
  for (let i = 0; i < 20; i++) {
    adSite.setPage(`ad-${i}.html`, makeAdFrame(i));
    site.setPage(`blank-${i}.html`, makeAdFrame(100 + i));
  }

  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-bench-'));
  const ext = await launchWithExtension(profileDir);
  const browser = ext.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const plain = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  // Every request off this machine is blocked. Documents are served cross-origin isolated (COOP +
  // COEP), which only sharpens performance.now() from 100 µs to 5 µs, for PainLens and for us.
  const block = (ctx: BrowserContext) =>
    ctx.route('**/*', async (route) => {
      const req = route.request();
      if (!isLocalUrl(req.url())) return route.abort('blockedbyclient');
      if (req.resourceType() !== 'document' || !req.url().startsWith('http')) return route.continue();
      const response = await route.fetch();
      return route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
          // The ad frames come from another site: an isolated page embeds them only when they allow it.
          'cross-origin-resource-policy': 'cross-origin',
        },
      });
    });
  await block(ext);
  await block(plain);

  let [sw] = ext.serviceWorkers();
  sw ??= await ext.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  await askForTimings(sw);
  // PainLens opens its welcome page on install; close it (and any other extension tab) so that only
  // the measured page runs.
  const closeExtensionTab = (p: Page) =>
    void p.waitForLoadState('domcontentloaded').then(
      () => (p.url().startsWith('chrome-extension://') ? p.close() : undefined),
      () => {},
    );
  ext.on('page', closeExtensionTab);
  ext.pages().forEach(closeExtensionTab);
  await sleep(1000);
  const env: Env = {
    opts,
    ext,
    plain,
    browser,
    bundle,
    markJs,
    extensionId,
    forms,
    hoverDelayMs: await readHoverDelay(ext),
  };
  say(
    `Chromium ${browser.version()}; ${entries.length} pages; ${opts.runs} run(s); ${forms.length} forms; hover delay ${env.hoverDelayMs} ms`,
  );

  const pageRuns = new Map<string, PageRun[]>(entries.map((e) => [e.page.name, []]));
  const dynamicRuns: DynamicRun[] = [];
  const hoverSamples: HoverSample[] = [];
  const framesRuns: FramesRun[] = [];
  let ext4x: { ext: BrowserContext; extensionId: string; dir: string } | null = null;
  // The floors: extensions whose content script is one statement, or the least a reader of the frame
  // does (bench/build.ts, FLOOR_SCRIPTS).
  type Floor = { ext: BrowserContext; extensionId: string; dir: string; extDir: string };
  const floors: Partial<Record<keyof typeof FLOOR_SCRIPTS, Floor>> = {};
  if (opts.frames && !opts.only) {
    for (const kind of ['inert', 'reader'] as const) {
      const extDir = writeFloorExtension(kind);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-bench-floor-'));
      const ctx = await launchWithExtension(dir, { extensionDir: extDir });
      await block(ctx);
      let [w] = ctx.serviceWorkers();
      w ??= await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
      floors[kind] = { ext: ctx, extensionId: new URL(w.url()).host, dir, extDir };
    }
  }
  if (glossary4xDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-bench-4x-'));
    const ctx = await launchWithExtension(dir, { extensionDir: glossary4xDir });
    await block(ctx);
    let [w] = ctx.serviceWorkers();
    w ??= await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    ctx.on('page', closeExtensionTab);
    ctx.pages().forEach(closeExtensionTab);
    await askForTimings(w);
    ext4x = { ext: ctx, extensionId: new URL(w.url()).host, dir };
  }
  try {
    for (let i = 0; i < opts.runs; i++) {
      for (const { page, url } of entries) {
        say(`run ${i + 1}/${opts.runs}: ${page.name} (${(page.bytes / 1000).toFixed(0)} kB)`);
        pageRuns.get(page.name)!.push(await measurePage(env, page, url, i));
      }
      say(`run ${i + 1}/${opts.runs}: dynamic page`);
      dynamicRuns.push(await measureDynamic(env, staticUrl, dynamicUrl, i));
      say(`run ${i + 1}/${opts.runs}: hover`);
      hoverSamples.push(...(await measureHover(env, hoverUrl, i)));
      if (opts.frames && !opts.only) {
        say(`run ${i + 1}/${opts.runs}: per-frame pages`);
        framesRuns.push(await measureFrames(env, frameUrls, i, ext4x, floors));
      }
    }
    if (opts.profile)
      await profileScans(
        env,
        entries.filter((e) => e.page.bytes >= LARGE_PAGE_BYTES),
      );
  } finally {
    await plain.close();
    await ext.close();
    if (ext4x) {
      await ext4x.ext.close();
      fs.rmSync(ext4x.dir, { recursive: true, force: true });
    }
    for (const floor of Object.values(floors)) {
      await floor.ext.close();
      fs.rmSync(floor.dir, { recursive: true, force: true });
      fs.rmSync(floor.extDir, { recursive: true, force: true });
    }
    for (const s of servers) await s.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }

  const pages = entries.map(({ page }) =>
    summarizePage({ ...page, large: page.bytes >= LARGE_PAGE_BYTES }, pageRuns.get(page.name)!),
  );
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
  const cpus = os.cpus();
  const partial: Omit<BenchResult, 'targets'> = {
    schema: 1,
    date: new Date().toISOString(),
    label: opts.label,
    git: gitInfo(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverageStart: loadStart,
      loadAverageEnd: os.loadavg(),
    },
    browser: { name: 'Chromium', version: browser.version(), headless: true },
    config: {
      runs: opts.runs,
      quick: opts.quick,
      pageDirs: opts.pageDirs.map((d) => path.relative(ROOT, d) || '.'),
      markTimeboxMs: opts.markTimeoutMs,
      forms: forms.length,
      hoverDelayMs: env.hoverDelayMs,
      dynamic: DYNAMIC,
      markOptions:
        'mark.js 8.11.1: accuracy "exactly" with punctuation limiters, separateWordSearch false, diacritics false, ' +
        'acrossElements false; case-insensitive for "word" forms, caseSensitive for "abbr" forms and forms with an ' +
        'all-capitals token; no hyphen/space interchange, notAfter or medical-context rule (mark.js has none)',
    },
    sizes,
    pages,
    dynamic: {
      staticScanMs: stat(dynamicRuns.map((d) => d.staticScanMs)),
      dynamicScanMs: stat(dynamicRuns.map((d) => d.dynamicScanMs)),
      dynamicPerStatic: stat(dynamicRuns.map((d) => ratio(d.dynamicScanMs, d.staticScanMs))),
      dynamicSlices: stat(dynamicRuns.map((d) => d.dynamicSlices)),
      dynamicMaxSliceMs: stat(dynamicRuns.map((d) => d.dynamicMaxSliceMs)),
      staticCpuMs: stat(dynamicRuns.map((d) => d.staticCpuMs)),
      dynamicCpuMs: stat(dynamicRuns.map((d) => d.dynamicCpuMs)),
      dynamicCpuPerStaticCpu: stat(dynamicRuns.map((d) => ratio(d.dynamicCpuMs, d.staticCpuMs))),
      dynamicTaskMs: stat(dynamicRuns.map((d) => d.dynamicTaskMs)),
      dynamicTaskCpuMs: stat(dynamicRuns.map((d) => d.dynamicTaskCpuMs)),
      runs: dynamicRuns,
    },
    hover: {
      totalMs: stat(hoverSamples.map((h) => h.totalMs)),
      toFrameMs: stat(hoverSamples.map((h) => h.toFrameMs)),
      showMs: stat(hoverSamples.map((h) => h.showMs)),
      paintMs: stat(hoverSamples.map((h) => h.paintMs)),
      samples: hoverSamples,
    },
    frames: framesRuns.length ? summarizeFrames(framesRuns, glossary4xDir ? forms.length * 4 : null) : null,
    errors,
    durationS: elapsedS(),
  };
  const result: BenchResult = { ...partial, targets: checkTargets(partial) };

  // Anything that should have been measured and was not is an error (the --quick gate).
  const missing: string[] = [];
  for (const p of pages) {
    for (const k of [
      'scanMs',
      'sliceCpuMs',
      'floorMs',
      'floorCpuMs',
      'regexMs',
      'longestTaskScanMs',
      'painlensTaskMs',
      'heapJsDeltaBytes',
      'phases',
      'coldPhases',
      'floorIsolatedMs',
      'structureFloorIsolatedMs',
      'readingFloorIsolatedMs',
      'lookupFloorIsolatedMs',
    ] as const) {
      if (!p[k]) missing.push(`${p.name}: ${k}`);
    }
    if (!p.markMs && !(opts.quick && p.large)) missing.push(`${p.name}: markMs`);
  }
  if (!result.dynamic.dynamicPerStatic || !result.dynamic.dynamicCpuPerStaticCpu) missing.push('dynamic page');
  if (!result.hover.totalMs) missing.push('hover');
  if (opts.frames && !opts.only) {
    const fr = result.frames;
    for (const k of ['noTermFrameCpuMs', 'adOverheadPct', 'manyFramesMaxGapMs', 'longLineMaxGapMs'] as const) {
      if (!fr?.[k]) missing.push(`frames: ${k}`);
    }
  }
  if (!sizes) missing.push('sizes');
  if (missing.length) errors.push(`not measured: ${missing.join(', ')}`);

  console.log(`\n${renderReport(result)}\n`);
  const outDir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  const day = result.date.slice(0, 10);
  const file = path.join(outDir, `${day}-${opts.label}${opts.quick ? '-quick.tmp' : ''}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  say(`Results written to ${path.relative(ROOT, file)}`);
  if (errors.length) {
    console.error(`${errors.length} error(s) while measuring; see above.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
