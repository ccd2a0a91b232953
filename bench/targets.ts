// The targets a bench result is judged against (bench/README.md, "Targets").
import { fmtBytes, fmtMs, fmtRatio, med, show } from './format';
import { stat, type BenchResult, type PageSummary, type TargetResult } from './results-model';

export function checkTargets(r: Omit<BenchResult, 'targets'>): TargetResult[] {
  const targets: TargetResult[] = [];
  const corpusLarge = r.pages.filter((p) => p.large && p.source === 'corpus');
  const large = corpusLarge.length ? corpusLarge : r.pages.filter((p) => p.large);
  const largeNote = corpusLarge.length
    ? `large corpus pages: ${corpusLarge.map((p) => p.name).join(', ')}`
    : large.length
      ? 'no large corpus page given (--pages); generated page used'
      : 'no large page in this run';

  // 1. Scan at most 3 × the floor on the large pages (worst page's median).
  const scanRatios = large.map((p) => ({ p, s: p.scanPerFloor })).filter((x) => x.s);
  const worstScan = scanRatios.sort((a, b) => b.s!.median - a.s!.median)[0];
  targets.push({
    id: 'scan-vs-floor',
    description: 'PainLens scan ≤ 3 × floor (large pages)',
    value: worstScan ? `${fmtRatio(worstScan.s!.median)} (${worstScan.p.name})` : '—',
    limit: '3×',
    pass: worstScan ? worstScan.s!.median <= 3 : null,
    note: [
      largeNote,
      ...large
        .filter((p) => p.scanPerIsolatedFloor)
        .map((p) => `${p.name} ${fmtRatio(p.scanPerIsolatedFloor!.median)} of the floor walked in an isolated world`),
    ].join('; '),
  });

  // 2. At least 200 × faster than mark.js (worst large page). A timed-out mark.js gives a lower bound.
  const markRatios = large.map((p) => ({ p, s: p.markPerScan })).filter((x) => x.s);
  const worstMark = markRatios.sort((a, b) => a.s!.median - b.s!.median)[0];
  let markPass: boolean | null = null;
  let markNote = largeNote;
  if (worstMark) {
    const lower = worstMark.p.markTimedOut > 0;
    markPass = worstMark.s!.median >= 200 ? true : lower ? null : false;
    if (lower) markNote += `; mark.js hit the time box on ${worstMark.p.name}, so the ratio is a lower bound`;
  }
  targets.push({
    id: 'vs-markjs',
    description: 'mark.js / PainLens ≥ 200 (large pages)',
    value: worstMark
      ? `${worstMark.p.markTimedOut ? '≥' : ''}${fmtRatio(worstMark.s!.median)} (${worstMark.p.name})`
      : '—',
    limit: '200×',
    pass: markPass,
    note: markNote,
  });

  // 3. No PainLens task longer than 50 ms on any page: the longest task that ran PainLens code (from
  // the trace), or where no trace was read, the longest slice or Long Task overlapping one.
  const taskOf = (p: PageSummary) =>
    p.painlensTaskMs ??
    stat(p.runs.map((run) => (run.maxSliceMs === null ? null : Math.max(run.maxSliceMs, run.longestTaskScanMs ?? 0))));
  const tasks = r.pages.map((p) => ({ p, s: taskOf(p) })).filter((x) => x.s);
  const worstTask = tasks.sort((a, b) => b.s!.median - a.s!.median)[0];
  const dynTask = r.dynamic.dynamicTaskMs ?? r.dynamic.dynamicMaxSliceMs;
  const dynWorse = (dynTask?.median ?? 0) > (worstTask?.s?.median ?? 0);
  const taskValue = dynWorse ? dynTask!.median : (worstTask?.s?.median ?? 0);
  const cpu = dynWorse ? r.dynamic.dynamicTaskCpuMs : worstTask ? worstTask.p.painlensTaskCpuMs : null;
  targets.push({
    id: 'long-tasks',
    description: 'No PainLens task > 50 ms (any page)',
    value: worstTask ? `${fmtMs(taskValue)} ms (${dynWorse ? 'dynamic page' : worstTask.p.name})` : '—',
    limit: '50 ms',
    pass: worstTask ? taskValue <= 50 : null,
    note:
      'median over runs of the longest task running PainLens code (wall), worst page' +
      (cpu ? `; that task's CPU time ${fmtMs(cpu.median)} ms` : ''),
  });

  // 4. Dynamic page: total at most 1.5 × the static scan.
  const dyn = r.dynamic.dynamicPerStatic;
  targets.push({
    id: 'dynamic-vs-static',
    description: 'Dynamic page total ≤ 1.5 × static scan',
    value: dyn ? fmtRatio(dyn.median) : '—',
    limit: '1.5×',
    pass: dyn ? dyn.median <= 1.5 : null,
    note: dyn
      ? `${show(r.dynamic.dynamicScanMs)} ms vs ${show(r.dynamic.staticScanMs)} ms; in CPU time ${med(r.dynamic.dynamicCpuPerStaticCpu, fmtRatio)}`
      : 'not measured',
  });

  // 5. Tooltip painted within one frame after the hover delay.
  const hover = r.hover.totalMs;
  targets.push({
    id: 'tooltip-frame',
    description: 'Tooltip painted ≤ 16 ms after the hover delay',
    value: hover ? `${fmtMs(hover.median)} ms` : '—',
    limit: '16 ms',
    pass: hover ? hover.median <= 16 : null,
    note: hover ? `median of ${hover.n} hovers; max ${fmtMs(hover.max)} ms` : 'not measured',
  });

  // 6. Content script at most 80 kB minified (1 kB = 1000 bytes, as WXT prints sizes).
  targets.push({
    id: 'content-size',
    description: 'Content script ≤ 80 kB minified',
    value: r.sizes ? fmtBytes(r.sizes.contentScriptBytes) : '—',
    limit: '80 kB',
    pass: r.sizes ? r.sizes.contentScriptBytes <= 80_000 : null,
    note: r.sizes ? `${fmtBytes(r.sizes.contentScriptGzipBytes)} gzipped` : 'not measured',
  });
  return targets;
}
