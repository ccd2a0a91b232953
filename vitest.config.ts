import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { termDataPlugin } from './scripts/term-data-plugin';

// Unit tests of pure logic run in Node; DOM, component and app tests (the popup, side panel, welcome
// and privacy apps and their hooks, with fakeBrowser) in happy-dom. Integration tests drive the
// background, storage and content bridge against WXT's in-memory fakeBrowser, in Node.
// End-to-end tests (real Chromium) live in tests/e2e and run under Playwright, not here.
export default defineConfig({
  plugins: [WxtVitest(), preact(), termDataPlugin()],
  test: {
    mockReset: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.{ts,tsx}', 'tests/components/**/*.test.tsx', 'tests/apps/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/integration/setup.ts'],
        },
      },
    ],
  },
});
