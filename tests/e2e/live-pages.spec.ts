import { expect, test } from './support/fixtures';
import { readHighlights, waitForSettled } from './support/highlights';
import { compareLabels, expectedCount } from './support/labels';
import { giantBlockPage, hugePage } from '../../scripts/harness/generated-pages';
import {
  ErrorWatch,
  highlightHealth,
  longTasksDuringScans,
  observeLongTasks,
  readLongTasks,
  readStaleMonitor,
  recordFigures,
  reportedTerms,
  scanMeasures,
  setSettings,
  startStaleMonitor,
  summarizeTasks,
  traceExtensionTasks,
} from './support/probes';

const texts = async (page: Parameters<typeof readHighlights>[0]) => (await readHighlights(page)).map((h) => h.text);

// Tests that judge responsiveness by the clock run on their own after the rest (project "timed" in
// playwright.config.ts): on a 2-core machine a neighbour's load moves frame gaps, not PainLens.
const TIMED = { tag: '@timed' };

test('insertions, removals, text edits and moves are rescanned, and nothing is left on removed text', async ({
  page,
  server,
}) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/dynamic.html'));
  await waitForSettled(page, { min: 4 });
  expect((await compareLabels(page)).mismatches).toEqual([]);

  // Insert a block.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'A new note about allodynia.';
    document.getElementById('main')!.append(p);
  });
  await expect.poll(() => texts(page)).toEqual(['ketamine', 'nausea', 'fibromyalgia', 'opioid', 'allodynia']);

  // Remove a block that holds a term, and a text node inside another.
  await page.evaluate(() => {
    document.getElementById('box')!.remove();
    document.getElementById('first')!.firstChild!.remove();
  });
  await expect.poll(() => texts(page)).toEqual(['fibromyalgia', 'allodynia']);
  await expect.poll(() => highlightHealth(page)).toEqual({ size: 2, disconnected: 0 });

  // Edit text in place: a term goes, a term comes.
  await page.evaluate(() => {
    (document.getElementById('second')!.firstChild as Text).data = 'Others ask about the weather.';
    (document.getElementById('added')!.firstChild as Text).data = 'A new note about hyperalgesia.';
  });
  await expect.poll(() => texts(page)).toEqual(['hyperalgesia']);

  // A term completed by a second text node joins across the two.
  await page.evaluate(() => document.getElementById('grow')!.append(document.createTextNode(' pain syndrome')));
  await expect.poll(() => texts(page)).toEqual(['complex regional pain syndrome', 'hyperalgesia']);

  // Moving a block elsewhere keeps exactly one mark per term.
  await page.evaluate(() => document.getElementById('side')!.append(document.getElementById('added')!));
  await expect.poll(() => texts(page)).toEqual(['complex regional pain syndrome', 'hyperalgesia']);
  await expect.poll(() => highlightHealth(page)).toEqual({ size: 2, disconnected: 0 });

  // An inline element inserted into a block.
  await page.evaluate(() => {
    const b = document.createElement('b');
    b.textContent = ' and nausea';
    document.getElementById('grow')!.append(b);
  });
  await expect.poll(() => texts(page)).toEqual(['complex regional pain syndrome', 'nausea', 'hyperalgesia']);
  expect(watch.errors).toEqual([]);
});

test('a single-page app navigation (pushState and back) rescans the new view cleanly', async ({ page, server }) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/spa.html'));
  await waitForSettled(page, { min: 4 });
  expect((await compareLabels(page)).mismatches).toEqual([]);

  await page.getByRole('link', { name: 'Risks' }).click();
  await expect(page).toHaveURL(/\/spa\/risks$/);
  // "side effects" is an ambiguous form (policies and markets have side effects too): the heading
  // names ketamine, so it counts there (lib/term-matcher.ts, the precision rule).
  await expect
    .poll(() => texts(page))
    .toEqual(['Ketamine', 'side effects', 'high blood pressure', 'hallucinations', 'ketamine cystitis']);
  expect((await compareLabels(page)).mismatches).toEqual([]);
  await expect.poll(() => highlightHealth(page)).toEqual({ size: 5, disconnected: 0 });

  await page.getByRole('link', { name: 'About us' }).click();
  await expect.poll(() => highlightHealth(page)).toEqual({ size: 0, disconnected: 0 });

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/spa\.html$/);
  await expect.poll(() => texts(page)).toEqual(['chronic pain', 'Ketamine', 'CRPS', 'fibromyalgia']);
  await expect.poll(() => highlightHealth(page)).toEqual({ size: 4, disconnected: 0 });
  expect(watch.errors).toEqual([]);
});

test(
  'an app that re-renders every 100 ms: no errors, and never a highlight on stale text',
  TIMED,
  async ({ page, server }) => {
    const watch = await ErrorWatch.attach(page);
    await page.goto(server.url('/fixtures/framework-app.html'));
    await waitForSettled(page, { min: 4 });
    await startStaleMonitor(page);
    const { tasks } = await traceExtensionTasks(page, async () => {
      await page.evaluate(() => (window as unknown as { startApp(): void }).startApp());
      await page.waitForTimeout(3000);
    });
    const during = await readStaleMonitor(page);
    await page.evaluate(() => (window as unknown as { stopApp(): Promise<number> }).stopApp());
    // The final state is labeled; once PainLens has caught up, it matches exactly.
    await expect.poll(async () => (await compareLabels(page)).mismatches).toEqual([]);
    await expect.poll(() => highlightHealth(page)).toEqual({ size: await expectedCount(page), disconnected: 0 });
    await recordFigures('framework-app', { ...during, ...summarizeTasks(tasks) });
    // Checked on every frame for 3 s: marks whose text changes are unpainted in the same task as the
    // change (from the mutation callback), before the page paints again.
    expect(during.frames).toBeGreaterThan(30);
    expect(during.staleRanges).toBe(0);
    expect(summarizeTasks(tasks).maxCpuMs).toBeLessThan(50);
    expect(watch.errors).toEqual([]);
  },
);

test(
  'a mutation storm: the page stays responsive and PainLens’s scanning stays bounded',
  TIMED,
  async ({ page, server, worker }) => {
    test.setTimeout(60_000);
    const watch = await ErrorWatch.attach(page);
    await observeLongTasks(page);
    type Storm = {
      inserted: number;
      kept: number;
      ms: number;
      timerLateMax: number;
      timerLateP95: number;
      frameGapMax: number;
      frameGapP95: number;
      frames: number;
    };
    const run = () =>
      page.evaluate(() =>
        (window as unknown as { storm(o: object): Promise<Storm> }).storm({ seconds: 3, perSecond: 4000, keep: 1500 }),
      );

    // Baseline: the same storm with PainLens paused.
    await setSettings(worker, { paused: true });
    await page.goto(server.url('/fixtures/mutation-storm.html'));
    await page.waitForTimeout(300);
    const baseline = await run();

    await setSettings(worker, { paused: false });
    await page.reload();
    await page.waitForTimeout(300);
    const t0 = await page.evaluate(() => performance.now());
    let settleMs = 0;
    const { result: storm, tasks } = await traceExtensionTasks(page, async () => {
      const result = await run();
      const settleStart = Date.now();
      // Afterwards every kept paragraph is indexed with its three terms (ketamine, dose, nausea: "dose"
      // is an entry since the 514-entry glossary), and nothing else.
      await expect
        .poll(async () => (await reportedTerms(page, worker)).total, { timeout: 20_000 })
        .toBe(result.kept * 3);
      settleMs = Date.now() - settleStart;
      return result;
    });
    const scans = (await scanMeasures(page)).filter((m) => m.start >= t0 && m.start <= t0 + storm.ms);
    const scanTotal = scans.reduce((s, m) => s + m.duration, 0);
    const health = await highlightHealth(page);
    const cpu = summarizeTasks(tasks);
    await recordFigures('mutation-storm', {
      baseline,
      storm,
      settleAfterStormMs: settleMs,
      scanSlicesDuringStorm: scans.length,
      scanTotalMsDuringStorm: Math.round(scanTotal),
      scanShareOfStorm: +(scanTotal / storm.ms).toFixed(3),
      scanMaxMs: +Math.max(0, ...scans.map((m) => m.duration)).toFixed(1),
      scanP95Ms: +p95(scans.map((m) => m.duration)).toFixed(1),
      painlensTasks: cpu,
      longTasksDuringScans: longTasksDuringScans(await readLongTasks(page), scans),
      registeredRanges: health.size,
    });
    expect(storm.inserted).toBeGreaterThan(10_000);
    // Over 1000 marks, only those near the viewport are registered: the feed's visible top.
    expect(health.disconnected).toBe(0);
    expect(health.size).toBeGreaterThan(0);
    expect(health.size).toBeLessThan(storm.kept * 2);
    // Responsive: timers and frames keep coming, close to the page's own baseline.
    expect(storm.timerLateP95).toBeLessThan(Math.max(50, baseline.timerLateP95 * 2));
    expect(storm.frameGapP95).toBeLessThan(Math.max(50, baseline.frameGapP95 * 2));
    // Bounded: no PainLens task over 50 ms of CPU, and scanning takes a small share of the storm.
    expect(cpu.maxCpuMs).toBeLessThan(50);
    expect(p95(scans.map((m) => m.duration))).toBeLessThan(50);
    expect(scanTotal / storm.ms).toBeLessThan(0.3);
    expect(watch.errors).toEqual([]);
  },
);

test('infinite scroll: every appended story is scanned as it arrives', async ({ page, server }) => {
  const watch = await ErrorWatch.attach(page);
  await page.goto(server.url('/fixtures/infinite-scroll.html'));
  await waitForSettled(page, { min: 8 });
  await page.mouse.move(400, 400);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(60);
    if ((await page.locator('article').count()) >= 80) break;
  }
  await expect(page.locator('article')).toHaveCount(80);
  await expect.poll(async () => (await readHighlights(page)).length).toBe(await expectedCount(page));
  expect((await compareLabels(page)).mismatches).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test(
  'a huge page (5 MB of text, 50,000 text nodes): no PainLens task over 50 ms, every term found',
  TIMED,
  async ({ page, server, worker }) => {
    test.setTimeout(90_000);
    const huge = hugePage();
    expect(huge.chars).toBeGreaterThanOrEqual(5_000_000);
    const watch = await ErrorWatch.attach(page);
    await observeLongTasks(page);
    const url = server.setPage('huge', huge.html);
    const t0 = Date.now();
    const { tasks } = await traceExtensionTasks(page, async () => {
      await page.goto(url, { timeout: 60_000 });
      await expect
        .poll(async () => (await reportedTerms(page, worker)).total, { timeout: 60_000, intervals: [500] })
        .toBe(huge.expected);
    });
    const settleMs = Date.now() - t0;
    const health = await highlightHealth(page);
    const scans = await scanMeasures(page);
    const long = await readLongTasks(page);
    const scanned = scans.reduce((s, m) => s + (m.detail?.textNodes ?? 0), 0);
    const cpu = summarizeTasks(tasks);
    await recordFigures('huge-page', {
      chars: huge.chars,
      textNodes: huge.textNodes,
      marks: huge.expected,
      loadAndSettleMs: settleMs,
      scanSlices: scans.length,
      scanTotalMs: Math.round(scans.reduce((s, m) => s + m.duration, 0)),
      scanMaxMs: +Math.max(...scans.map((m) => m.duration)).toFixed(1),
      scanP95Ms: +p95(scans.map((m) => m.duration)).toFixed(1),
      textNodesScanned: scanned,
      painlensTasks: cpu,
      longTasksAll: long.length,
      longTasksDuringScans: longTasksDuringScans(long, scans),
      registeredRanges: health.size,
    });
    expect(scanned).toBeGreaterThanOrEqual(huge.textNodes);
    expect(cpu.maxCpuMs).toBeLessThan(50);
    expect(p95(scans.map((m) => m.duration))).toBeLessThan(50);
    // Only the marks near the viewport are registered, and scrolling brings the others in.
    expect(health.size).toBeGreaterThan(0);
    expect(health.size).toBeLessThan(500);
    await page.evaluate(() => document.querySelector('section:last-of-type')!.scrollIntoView());
    await expect.poll(async () => (await readHighlights(page)).some((h) => h.text === 'chronic pain')).toBe(true);
    expect(watch.errors).toEqual([]);
  },
);

test(
  'one enormous block (1 MB in a single run of 10,000 inline elements): still no task over 50 ms',
  TIMED,
  async ({ page, server, worker }) => {
    test.setTimeout(60_000);
    const giant = giantBlockPage();
    await observeLongTasks(page);
    const url = server.setPage('giant-block', giant.html);
    const { tasks } = await traceExtensionTasks(page, async () => {
      await page.goto(url);
      await expect
        .poll(async () => (await reportedTerms(page, worker)).total, { timeout: 40_000 })
        .toBe(giant.expected);
    });
    const scans = await scanMeasures(page);
    const cpu = summarizeTasks(tasks);
    await recordFigures('giant-block', {
      chars: giant.chars,
      marks: giant.expected,
      scanSlices: scans.length,
      scanMaxMs: +Math.max(...scans.map((m) => m.duration)).toFixed(1),
      maxCharsInOneSlice: Math.max(...scans.map((m) => m.detail?.chars ?? 0)),
      painlensTasks: cpu,
      longTasksDuringScans: longTasksDuringScans(await readLongTasks(page), scans),
    });
    // The block is read in several slices, none of them long.
    expect(scans.length).toBeGreaterThan(1);
    expect(scans.reduce((s, m) => s + (m.detail?.chars ?? 0), 0)).toBe(giant.chars);
    // (Six slices are too few for a wall-time percentile on a shared machine: CPU time decides.)
    expect(cpu.maxCpuMs).toBeLessThan(50);
  },
);

function p95(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}
