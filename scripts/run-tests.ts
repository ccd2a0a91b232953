// `npm test`: every check in order, with one closing line "N passed, N failed" over all runners.
// Static checks (types, lint, format, builds, zips, web-ext lint) count as one test each; vitest,
// Playwright and the Firefox run count their own tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures: string[] = [];
const t0 = Date.now();

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return r.status ?? 1;
}

function step(name: string, fn: () => { passed: number; failed: number } | boolean): void {
  if (only.length && !only.some((o) => name.includes(o))) return;
  const start = Date.now();
  console.log(`\n=== ${name}`);
  let result: { passed: number; failed: number };
  try {
    const r = fn();
    result = typeof r === 'boolean' ? { passed: r ? 1 : 0, failed: r ? 0 : 1 } : r;
  } catch (e) {
    console.error(`${name}: ${(e as Error).message}`);
    result = { passed: 0, failed: 1 };
  }
  passed += result.passed;
  failed += result.failed;
  if (result.failed) failures.push(name);
  console.log(
    `=== ${name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - start) / 1000).toFixed(1)} s)`,
  );
}

const npx = (args: string[], env?: Record<string, string>) => run('npx', args, env) === 0;

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function chromiumCheck(): void {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    throw new Error(
      `Chromium is required for the end-to-end tests and was not found at ${p}.\n` +
        `Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
}

step('types (tsc --noEmit)', () => npx(['tsc', '--noEmit', '-p', '.']));
step('lint (oxlint)', () => npx(['oxlint', '--deny-warnings']));
step('format (prettier --check)', () => npx(['prettier', '--check', '.', '--log-level', 'warn']));
step('unit and component tests (vitest)', () => {
  const out = '.vitest-report.json';
  fs.rmSync(out, { force: true });
  run('npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile=${out}`]);
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean }>(
    out,
  );
  if (!r) throw new Error('vitest wrote no report');
  // A suite that fails to load has no failed tests but is a failure all the same.
  return { passed: r.numPassedTests, failed: r.numFailedTests || (r.success ? 0 : 1) };
});
step('content gates (content:report)', () => npx(['tsx', 'scripts/content-report.ts', '--problems']));
// A report, not a gate on a number: it proves the tool still runs and prints the figures.
step('glossary coverage report (content:coverage)', () => npx(['tsx', 'scripts/content-coverage.ts', '--top', '15']));
// One build per target: `wxt zip` builds into .output/<target> and zips that build, so the store zips,
// the end-to-end runs and the benchmark smoke all use the same one.
step('build and zip chrome-mv3 (wxt zip)', () => npx(['wxt', 'zip']));
step('build and zip firefox-mv2, with the sources zip (wxt zip -b firefox)', () =>
  npx(['wxt', 'zip', '-b', 'firefox']),
);
step('build firefox-mv3', () => npx(['wxt', 'build', '-b', 'firefox', '--mv3']));
step('web-ext lint (firefox-mv2): 0 errors, Firefox for Android declared', () => {
  const r = spawnSync(
    'npx',
    ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
    {
      encoding: 'utf8',
    },
  );
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as {
    summary: { errors: number; warnings: number };
    warnings: { code: string; description: string }[];
  };
  console.log(`web-ext lint: ${json.summary.errors} errors, ${json.summary.warnings} warnings`);
  // Firefox for Android: declared, and no manifest key newer than the declared minimum version.
  const manifest = readJson<{ browser_specific_settings?: { gecko_android?: { strict_min_version?: string } } }>(
    '.output/firefox-mv2/manifest.json',
  );
  const android = manifest?.browser_specific_settings?.gecko_android?.strict_min_version;
  const tooNew = json.warnings.filter((w) => w.code.startsWith('KEY_FIREFOX_ANDROID'));
  console.log(`Firefox for Android: min ${android ?? 'not declared'}; ${tooNew.length} keys it does not support`);
  for (const w of tooNew) console.log(`  ${w.description}`);
  return json.summary.errors === 0 && android !== undefined && tooNew.length === 0;
});
step('end-to-end in Chromium (Playwright)', () => {
  chromiumCheck();
  const out = '.e2e-report.json';
  fs.rmSync(out, { force: true });
  run('npx', ['playwright', 'test']);
  const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (!r) throw new Error('Playwright wrote no report');
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + r.stats.skipped };
});
step('end-to-end in Firefox (puppeteer-core)', () => {
  const out = 'test-results/firefox-report.json';
  fs.rmSync(out, { force: true });
  run('npx', ['tsx', 'tests/firefox/run-firefox.ts']);
  const r = readJson<{ passed: number; failed: number }>(out);
  if (!r) throw new Error('the Firefox run wrote no report');
  return r;
});

// Not a timed test: one quick run proves the benchmark still measures everything (README, "Performance"),
// on the build and zip made above.
step('benchmark smoke (npm run bench -- --quick --skip-build)', () =>
  npx(['tsx', 'bench/main.ts', '--quick', '--skip-build']),
);

console.log(
  `\nTotal time ${((Date.now() - t0) / 1000).toFixed(0)} s.${failures.length ? ` Failed: ${failures.join('; ')}` : ''}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
