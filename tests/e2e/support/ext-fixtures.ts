// The shared fixtures (./fixtures) plus extension pages that close themselves after each
// test, so one test's popup or panel never answers for the next.
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { openExtPage, POPUP_VIEWPORT, PANEL_VIEWPORT, type ExtPageOptions } from './ext-pages';

export interface ExtFixtures {
  /** Opens popup.html in a tab (400 × 600 unless told otherwise). */
  openPopup: (options?: ExtPageOptions) => Promise<Page>;
  /** Opens sidepanel.html in a tab (420 × 900 unless told otherwise). */
  openPanel: (options?: ExtPageOptions) => Promise<Page>;
  /** Opens any extension page (welcome.html, privacy.html…). */
  openExt: (file: string, options?: ExtPageOptions) => Promise<Page>;
}

export const test = base.extend<ExtFixtures>({
  // Depends on `page`, whose set-up clears settings, sites and answers: every test starts clean.
  openExt: async ({ context, extensionId, page: _clean }, use) => {
    const opened: Page[] = [];
    await use(async (file, options) => {
      const p = await openExtPage(context, extensionId, file, options);
      opened.push(p);
      return p;
    });
    for (const p of opened) if (!p.isClosed()) await p.close();
  },
  openPopup: async ({ openExt }, use) => {
    await use((options) => openExt('popup.html', { viewport: POPUP_VIEWPORT, ...options }));
  },
  openPanel: async ({ openExt }, use) => {
    await use((options) => openExt('sidepanel.html', { viewport: PANEL_VIEWPORT, ...options }));
  },
});

export { expect };
