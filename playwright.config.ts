import { defineConfig } from '@playwright/test';

// End-to-end tests in real Chromium with the built extension (.output/chrome-mv3) loaded.
// Run `npm run build` first; `npm test` does both.
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  // One browser per worker; each worker loads the extension once. 2 workers suit a 2-core machine.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.e2e-report.json' }]],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  // Tests tagged @timed measure frame gaps and wall-clock slices; they run after every other test, one at a time
  // (one file, one worker), so the other worker's load cannot fail them. If a dependency fails they are skipped,
  // and npm test counts a skipped test as failed.
  projects: [
    { name: 'chromium', grepInvert: /@timed/ },
    { name: 'timed', grep: /@timed/, dependencies: ['chromium'] },
  ],
});
