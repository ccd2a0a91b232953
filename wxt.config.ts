import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentContextPlugin } from './scripts/content-context-plugin';
import { termDataPlugin } from './scripts/term-data-plugin';

// Every permission here is justified in README.md ("Permissions and why").
export default defineConfig({
  // Explicit imports keep module boundaries visible (see tests/unit/conventions.test.ts).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), termDataPlugin(), contentContextPlugin()],
    build: {
      // Store reviewers read the output; keep it readable but small.
      minify: true,
    },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['demo-output/**', 'test-results/**', 'bench/results/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: 'PainLens',
    description:
      'Explains medical terms on the pages you read, and gives a balanced, sourced guide to ketamine therapy for chronic pain.',
    // storage: settings and checklist answers, kept on this device only.
    // contextMenus: "Explain “…” with PainLens" on selected text.
    // sidePanel is added by WXT for Chrome because entrypoints/sidepanel exists.
    permissions: ['storage', 'contextMenus'],
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    },
    action: {
      default_title: 'PainLens',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next explained term on the page',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous explained term on the page',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'painlens@painlens.org',
          // CSS Custom Highlight API and data_collection_permissions both need 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android: the popup opens as a full page, "Open full guide" and "More about this
        // term" open the panel's page in a tab (no sidebar there), and keyboard commands and the
        // context menu are used only where they exist (entrypoints/background/listeners.ts).
        // 142: the first Firefox for Android that reads data_collection_permissions (web-ext lint).
        gecko_android: {
          strict_min_version: '142.0',
        },
      },
    }),
  }),
});
