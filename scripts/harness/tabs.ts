import type { Page, Worker } from 'playwright-core';

/**
 * The browser's tab id for a Playwright page. PainLens has no "tabs" permission, so the worker
 * cannot see page URLs; instead the page is brought to the front and the focused tab is read.
 */
export async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [t] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return t?.id ?? -1;
  });
  if (id < 0) throw new Error(`no tab id for ${page.url()}`);
  return id;
}
