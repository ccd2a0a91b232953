// Playwright fixtures: one Chromium per worker with the built extension loaded, pages served on
// 127.0.0.1, and every other request blocked so a run depends on nothing outside the machine.
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isLocalUrl, launchWithExtension } from '../../../scripts/harness/launch';
import { corpusDir } from '../../../scripts/harness/paths';
import { startServer, type PageServer } from '../../../scripts/harness/server';
import { LOCAL_KEYS, READER_DB, SESSION_KEYS } from '../../../utils/storage/keys';

// The specs that launch a browser of their own use the harness's launcher and request rule too.
export { isLocalUrl, launchWithExtension };

export interface WorkerFixtures {
  extContext: BrowserContext;
  extensionId: string;
  server: PageServer;
  /** A second server on another port: a cross-origin site for iframe tests. */
  otherServer: PageServer;
}

export interface TestFixtures {
  worker: Worker;
  /** Errors thrown in pages and in extension contexts during the test. */
  pageErrors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extContext: [
    async ({}, use) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painlens-e2e-'));
      const context = await launchWithExtension(dir);
      await context.route('**/*', (route) =>
        isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
      );
      await use(context);
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extContext }, use) => {
      let [sw] = extContext.serviceWorkers();
      sw ??= await extContext.waitForEvent('serviceworker', { timeout: 15_000 });
      await use(new URL(sw.url()).host);
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      let corpus: string | null = null;
      try {
        corpus = corpusDir();
      } catch {
        corpus = null; // corpus specs call corpusDir() themselves and fail loudly
      }
      const s = await startServer(corpus);
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  otherServer: [
    async ({}, use) => {
      const s = await startServer(null);
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extContext }, use) => {
    await use(extContext);
  },
  worker: async ({ extContext, extensionId }, use) => {
    const sw = extContext.serviceWorkers().find((w) => w.url().includes(extensionId));
    if (!sw) throw new Error('extension service worker not found');
    await use(sw);
  },
  pageErrors: async ({ extContext }, use) => {
    const errors: string[] = [];
    const onPage = (page: Page) => page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    extContext.pages().forEach(onPage);
    extContext.on('page', onPage);
    await use(errors);
    extContext.off('page', onPage);
  },
  page: async ({ extContext, worker }, use) => {
    // A clean slate: defaults for every setting, no answers, no sites turned off, and no side-panel
    // route left by an earlier test (a panel opened within a minute of one would follow it).
    await worker.evaluate(
      async ({ local, session, timings, reader }) => {
        const { storage } = (globalThis as unknown as ChromeGlobal).chrome;
        await storage.local.remove(local);
        // The answers, values and SURE live in the extension origin's IndexedDB (utils/storage/reader.ts).
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(reader.name, reader.version);
          open.onupgradeneeded = () => void open.result.createObjectStore(reader.store);
          open.addEventListener('error', () => reject(open.error));
          open.onsuccess = () => {
            const tx = open.result.transaction(reader.store, 'readwrite');
            tx.objectStore(reader.store).clear();
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.addEventListener('error', () => reject(tx.error));
          };
        });
        // The scan's User Timing measures, which the e2e probes read (utils/storage/keys.ts, devTimings).
        await storage.local.set({ [timings]: true });
        await storage.session.remove(session);
      },
      {
        local: [LOCAL_KEYS.settings, LOCAL_KEYS.disabledSites, LOCAL_KEYS.checklistAnswers],
        session: SESSION_KEYS.panelRoute,
        timings: LOCAL_KEYS.devTimings,
        reader: READER_DB,
      },
    );
    const page = await extContext.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/** The bits of the extension's `chrome` global that tests call inside the worker. */
export interface ChromeGlobal {
  chrome: {
    storage: {
      local: {
        get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string | string[]): Promise<void>;
      };
      session: {
        get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
        remove(keys: string | string[]): Promise<void>;
      };
    };
    runtime: { reload(): void; getManifest(): { version: string } };
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
}
