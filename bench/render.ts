// The terminal tables of a bench result.
import { fmtBytes, fmtRatio, med, ratioOf, show, table } from './format';
import { PHASES, type BenchResult, type PageSummary, type Stat } from './results-model';

function showMark(p: PageSummary, timeboxMs: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (p.markTimedOut > 0) {
    return `≥${show(p.markMs, seconds)} (${p.markTimedOut}/${p.runs.length} stopped at ${seconds(timeboxMs)})`;
  }
  return show(p.markMs, seconds);
}

function showMarkRatio(p: PageSummary): string {
  if (!p.markPerScan) return '—';
  return `${p.markTimedOut > 0 ? '≥' : ''}${show(p.markPerScan, fmtRatio)}`;
}

export function renderReport(r: BenchResult): string {
  const out: string[] = [];
  const runsNote = r.config.runs > 1 ? `median [min–max] of ${r.config.runs} runs` : '1 run';
  out.push(
    `PainLens benchmark — ${r.date}, ${r.label}`,
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; load average ${r.machine.loadAverageStart.map((x) => x.toFixed(2)).join(' ')} at start, ${r.machine.loadAverageEnd.map((x) => x.toFixed(2)).join(' ')} at end`,
    `Browser: ${r.browser.name} ${r.browser.version} (headless); Node ${r.machine.node}; commit ${r.git.commit}${r.git.dirty ? ' (dirty)' : ''}`,
    `${r.config.forms} match forms; times in ms, ${runsNote}. Large page: ≥ 500 kB of HTML.`,
    '',
    'Scan cost (ms). PainLens scan: sum of its painlens:scan measures (wall). CPU columns: thread time from a traced',
    'load (scan slices) or call (floor); CPU/CPU is their ratio, the same comparison without the load of other processes.',
    table(
      [
        'page',
        'HTML kB',
        'text nodes',
        'PainLens scan',
        'scan CPU',
        'floor',
        'floor CPU',
        'scan/floor',
        'CPU/CPU',
        'RegExp, cold',
        'mark.js',
        'mark.js/PainLens',
      ],
      r.pages.map((p) => [
        p.name + (p.large ? ' *' : ''),
        (p.htmlBytes / 1000).toFixed(0),
        p.textNodes ? p.textNodes.median.toFixed(0) : '—',
        show(p.scanMs),
        med(p.sliceCpuMs),
        show(p.floorMs),
        med(p.floorCpuMs),
        show(p.scanPerFloor, fmtRatio),
        med(p.scanCpuPerFloorCpu, fmtRatio),
        show(p.regexMs),
        showMark(p, r.config.markTimeboxMs),
        showMarkRatio(p),
      ]),
    ),
    '',
    'Main thread and memory (medians; min and max are in the JSON). PainLens task: longest task running PainLens code',
    '(traced), wall / CPU. Long Tasks API columns: longest entry overlapping a scan slice, and over the whole load with and',
    'without the extension (0 = none of 50 ms or more).',
    table(
      [
        'page',
        'slices',
        'longest slice',
        'PainLens task',
        'startup',
        'PainLens total',
        'LT in scan',
        'LT, ext',
        'LT, no ext',
        'heap Δ JS',
        'heap Δ C++',
        'painted',
        'mark.js marks',
      ],
      r.pages.map((p) => [
        p.name,
        med(p.slices, (x) => x.toFixed(0)),
        med(p.maxSliceMs),
        `${med(p.painlensTaskMs)} / ${med(p.painlensTaskCpuMs)}`,
        `${med(p.startupMs)} / ${med(p.startupCpuMs)}`,
        `${med(p.painlensTotalMs)} / ${med(p.painlensTotalCpuMs)}`,
        med(p.longestTaskScanMs),
        med(p.longestTaskExtMs),
        med(p.longestTaskPlainMs),
        med(p.heapJsDeltaBytes, fmtBytes),
        med(p.heapEmbedderDeltaBytes, fmtBytes),
        med(p.highlights, (x) => x.toFixed(0)),
        med(p.markMarks, (x) => x.toFixed(0)),
      ]),
    ),
    '',
    'Where the time goes (diagnostic: warm synchronous passes in a page without the extension; CPU ms, wall in the JSON)',
    table(
      [
        'page',
        'blocks',
        'floor',
        'every node',
        'walk, skip rules',
        '+ join runs',
        '+ match',
        '+ index, paint',
        'node walk+match',
        'node walk+RegExp',
      ],
      r.pages.map((p) => [
        p.name,
        med(p.blocks, (x) => x.toFixed(0)),
        ...PHASES.map((k) => med(p.phases?.[k]?.cpuMs ?? null)),
      ]),
    ),
    '',
    "The same passes cold (diagnostic): the first pass in a fresh copy of the page, as the floor and PainLens's scan are",
    '(JS wrappers are made for every node touched, and the code is not optimized yet); wall / CPU ms, and CPU over the',
    "floor's CPU. every node: a JS walk of every node (firstChild/nextSibling), reading each text node's data.",
    "floor, isolated world: the floor's walk, cold, in a fresh copy of the page, run in an isolated world (where a",
    "content script runs) rather than the page's own; the same walk costs more there. structure floor: a native",
    'TreeWalker over every element and text node, reading names and text, cold in an isolated world of a third copy:',
    'the least a scan pays that must know where blocks begin and end and what to skip, before it reads a word.',
    'reading floor: that walk past the subtrees a scan skips by tag, reading each character outside them once in JS (a',
    'word count), cold in an isolated world of a fourth copy: the least any matcher in JS pays. lookup floor: the reading',
    "floor hashing each word and looking it up in a table of the forms' first words, cold on a fifth copy: the least a",
    'JS dictionary matcher pays.',
    table(
      [
        'page',
        'floor',
        'every node',
        'walk, skip rules',
        '+ join, match',
        'PainLens scan',
        'floor, isolated world',
        'scan / isolated floor',
        'structure floor, isolated (/ floor)',
        'scan / structure floor',
        'reading floor, isolated (/ floor)',
        'scan / reading floor',
        'lookup floor, isolated (/ floor)',
        'scan / lookup floor',
      ],
      r.pages.map((p) => {
        const floorCpu = p.floorCpuMs?.median ?? null;
        const cell = (x: { wallMs: Stat | null; cpuMs: Stat | null } | undefined) =>
          x ? `${med(x.wallMs)} / ${med(x.cpuMs)} (${ratioOf(x.cpuMs, floorCpu)})` : '—';
        return [
          p.name,
          `${med(p.floorMs)} / ${med(p.floorCpuMs)}`,
          cell(p.coldPhases?.nodeWalk),
          cell(p.coldPhases?.blockWalk),
          cell(p.coldPhases?.blockScan),
          `${med(p.scanMs)} / ${med(p.sliceCpuMs)} (${ratioOf(p.sliceCpuMs, floorCpu)})`,
          p.floorIsolatedMs ? `${med(p.floorIsolatedMs)} / ${med(p.floorIsolatedCpuMs ?? null)}` : '—',
          show(p.scanPerIsolatedFloor ?? null, fmtRatio),
          p.structureFloorIsolatedMs
            ? `${med(p.structureFloorIsolatedMs)} / ${med(p.structureFloorIsolatedCpuMs ?? null)} (${show(p.structurePerIsolatedFloor ?? null, fmtRatio)})`
            : '—',
          show(p.scanPerStructureFloor ?? null, fmtRatio),
          p.readingFloorIsolatedMs
            ? `${med(p.readingFloorIsolatedMs)} / ${med(p.readingFloorIsolatedCpuMs ?? null)} (${show(p.readingPerIsolatedFloor ?? null, fmtRatio)})`
            : '—',
          show(p.scanPerReadingFloor ?? null, fmtRatio),
          p.lookupFloorIsolatedMs
            ? `${med(p.lookupFloorIsolatedMs)} / ${med(p.lookupFloorIsolatedCpuMs ?? null)} (${show(p.lookupPerIsolatedFloor ?? null, fmtRatio)})`
            : '—',
          show(p.scanPerLookupFloor ?? null, fmtRatio),
        ];
      }),
    ),
    '',
    `Dynamic page (${r.config.dynamic.paragraphs} paragraphs in ${r.config.dynamic.batches} batches, ${r.config.dynamic.intervalMs} ms apart): ` +
      `PainLens ${show(r.dynamic.dynamicScanMs)} ms in ${show(r.dynamic.dynamicSlices, (x) => x.toFixed(0))} slices ` +
      `(longest ${show(r.dynamic.dynamicMaxSliceMs)}) vs ${show(r.dynamic.staticScanMs)} ms static = ${show(r.dynamic.dynamicPerStatic, fmtRatio)}; ` +
      `in CPU time ${med(r.dynamic.dynamicCpuMs)} vs ${med(r.dynamic.staticCpuMs)} = ${med(r.dynamic.dynamicCpuPerStaticCpu, fmtRatio)}; ` +
      `longest PainLens task ${med(r.dynamic.dynamicTaskMs)} / ${med(r.dynamic.dynamicTaskCpuMs)} CPU`,
    `Hover (delay ${r.config.hoverDelayMs} ms, ${r.hover.samples.length} hovers): rest → tooltip painted, minus the delay: ${show(r.hover.totalMs)} ms ` +
      `(rest → next frame ${show(r.hover.toFrameMs)}; frame + delay → tooltip in DOM ${show(r.hover.showMs)}; → next frame ${show(r.hover.paintMs)})`,
    r.sizes
      ? `Sizes: content-scripts/content.js ${fmtBytes(r.sizes.contentScriptBytes)} (${fmtBytes(r.sizes.contentScriptGzipBytes)} gzipped); ${r.sizes.zipFile} ${fmtBytes(r.sizes.zipBytes)}`
      : 'Sizes: —',
    '',
    'Targets (issue 14)',
    table(
      ['', 'target', 'measured', 'limit', 'note'],
      r.targets.map((t) => [
        t.pass === null ? '  ?  ' : t.pass ? 'PASS ' : 'FAIL ',
        t.description,
        t.value,
        t.limit,
        t.note,
      ]),
    ),
  );
  if (r.errors.length) out.push('', `Errors (${r.errors.length}):`, ...r.errors.map((e) => `  - ${e}`));
  return out.join('\n');
}
