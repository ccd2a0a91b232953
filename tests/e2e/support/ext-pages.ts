// Helpers for the extension-page specs (popup, side panel, welcome, privacy, background).
// They build on the shared fixtures (./fixtures).
import type { BrowserContext, Page, Worker } from '@playwright/test';
import path from 'node:path';
import fs from 'node:fs';
import { waitForSettled } from './highlights';
import { SCREENSHOTS_DIR } from './paths';
import type { PageServer } from '../../../scripts/harness/server';
import { tabIdOf } from '../../../scripts/harness/tabs';
import type { LocalKey, SessionKey } from './probes';
import {
  READER_DB,
  READER_KEYS,
  SESSION_KEYS,
  tabTermsKey,
  type LOCAL_KEYS,
  type ReaderKey,
} from '../../../utils/storage/keys';

export const ARTICLE = '/fixtures/ketamine-article.html';

export interface ExtPageOptions {
  /** Pins the page to this tab ("?tab=<id>", see hooks/use-active-tab.ts). */
  tab?: number;
  hash?: string;
  viewport?: { width: number; height: number };
}

export function extUrl(extensionId: string, file: string, { tab, hash }: ExtPageOptions = {}): string {
  return `chrome-extension://${extensionId}/${file}${tab !== undefined ? `?tab=${tab}` : ''}${hash ?? ''}`;
}

/** Opens an extension page in a new tab and waits for its app to render. */
export async function openExtPage(
  context: BrowserContext,
  extensionId: string,
  file: string,
  options: ExtPageOptions = {},
): Promise<Page> {
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.goto(extUrl(extensionId, file, options));
  await page.locator('#app > *').first().waitFor();
  return page;
}

export const POPUP_VIEWPORT = { width: 400, height: 600 };
export const PANEL_VIEWPORT = { width: 420, height: 900 };

/** Loads a page on the test server, waits for its highlights to settle and returns its tab id. */
export async function openArticle(
  page: Page,
  worker: Worker,
  server: PageServer,
  pathname = ARTICLE,
  min = 1,
): Promise<number> {
  await page.goto(server.url(pathname));
  if (min > 0) await waitForSettled(page, { min });
  return tabIdOf(page, worker);
}

/** The per-tab term list the background keeps for a tab (null when none reported yet). */
export async function readTabTerms(
  worker: Worker,
  tabId: number,
): Promise<{ site: string; frames: Record<string, Record<string, number>> } | null> {
  return worker.evaluate(async (key) => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const got = await c.storage.session.get(key);
    return (got[key] as { site: string; frames: Record<string, Record<string, number>> } | undefined) ?? null;
  }, tabTermsKey(tabId));
}

/** Distinct term ids reported for a tab, waiting until the background has them. */
export async function waitForTabTerms(worker: Worker, tabId: number, min = 1, timeout = 10_000): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const t = await readTabTerms(worker, tabId);
    const ids = new Set(Object.values(t?.frames ?? {}).flatMap((f) => Object.keys(f)));
    if (ids.size >= min) return [...ids].sort();
    if (Date.now() - start > timeout) throw new Error(`tab ${tabId}: ${ids.size} terms reported, expected ${min}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Items under the storage module's keys, and WXT's version marks beside them ("<key>$"). */
export type LocalItems = Partial<Record<LocalKey | `${(typeof LOCAL_KEYS)['checklistAnswers']}$`, unknown>>;

export async function setLocal(worker: Worker, items: LocalItems): Promise<void> {
  await worker.evaluate(
    (v) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
      ).chrome.storage.local.set(v),
    items,
  );
}

export async function getLocal(worker: Worker, key: LocalKey): Promise<unknown> {
  return worker.evaluate(async (k) => {
    const c = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await c.storage.local.get(k))[k];
  }, key);
}

/**
 * A reader value (the checklist record, the kept words…) as the pages stored it, in the extension
 * origin's IndexedDB (utils/storage/reader.ts), read from the worker; undefined when nothing is
 * stored. Opening the database here creates it as the product does (its first upgrade step), so a
 * later page's open finds it in the same shape.
 */
export async function getReaderValue(worker: Worker, key: ReaderKey): Promise<unknown> {
  return worker.evaluate(
    ({ name, version, store, key }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => {
          if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
        };
        open.addEventListener('error', () => reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { value?: never } | undefined)?.value);
          };
          get.addEventListener('error', () => reject(get.error));
        };
      }),
    { ...READER_DB, key },
  );
}

/** The checklist record as the pages stored it (see getReaderValue). */
export async function getReaderRecord(
  worker: Worker,
): Promise<{ answers: Record<string, { answer: string; on: string | null }>; [part: string]: unknown } | undefined> {
  return (await getReaderValue(worker, READER_KEYS.checklist)) as never;
}

/** The answers (question id: answer) in the stored checklist record. */
export async function getStoredAnswers(worker: Worker): Promise<Record<string, string>> {
  const record = await getReaderRecord(worker);
  return Object.fromEntries(Object.entries(record?.answers ?? {}).map(([id, a]) => [id, a.answer]));
}

/** Saves a screenshot into test-results/screens/<name>.png. */
/** Where a screenshot called `name` goes (for element screenshots). */
export async function shootPath(name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return path.join(SCREENSHOTS_DIR, `${name}.png`);
}

export async function shoot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** URLs of every open sidepanel.html document: the real side panel (not a Playwright Page) and tabs. */
export async function sidePanelUrls(context: BrowserContext, extensionId: string): Promise<string[]> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos
      .filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`))
      .map((t) => t.url);
  } finally {
    await cdp.detach();
  }
}

/** Waits until some open side panel shows `hash` (e.g. "#guide/how-it-works"). */
export async function waitForPanelAt(
  context: BrowserContext,
  extensionId: string,
  hash: string,
  timeout = 10_000,
): Promise<string> {
  const start = Date.now();
  for (;;) {
    const hit = (await sidePanelUrls(context, extensionId)).find((u) => new URL(u).hash === hash);
    if (hit) return hit;
    if (Date.now() - start > timeout) {
      throw new Error(`no side panel at ${hash}; open: ${(await sidePanelUrls(context, extensionId)).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends any side panel left open by an earlier test to the Sources view, so hashes start known. */
export async function parkSidePanel(context: BrowserContext, extensionId: string, worker: Worker): Promise<void> {
  await setSession(worker, { [SESSION_KEYS.panelRoute]: { view: 'sources', at: Date.now() } });
  if ((await sidePanelUrls(context, extensionId)).length > 0) await waitForPanelAt(context, extensionId, '#sources');
}

/** Checked radios of a checklist form, as { questionId: answer }, read from the page. */
export async function readChecked(page: Page, idPrefix: string): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (const input of document.querySelectorAll<HTMLInputElement>(`input[type=radio][name^="${prefix}-"]:checked`)) {
      out[input.name.slice(prefix.length + 1)] = input.value;
    }
    return out;
  }, idPrefix);
}

interface SessionArea {
  chrome: {
    storage: {
      session: { get(k: string): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> };
    };
  };
}

export async function setSession(worker: Worker, items: Partial<Record<SessionKey, unknown>>): Promise<void> {
  await worker.evaluate((v) => (globalThis as unknown as SessionArea).chrome.storage.session.set(v), items);
}

export async function getSession(worker: Worker, key: SessionKey): Promise<unknown> {
  return worker.evaluate(
    async (k) => (await (globalThis as unknown as SessionArea).chrome.storage.session.get(k))[k] ?? null,
    key,
  );
}

/** How far the page scrolls sideways, and the first elements that stick out (data tables in their own scrolling region excepted). */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
      .filter((el) => !el.closest('.visually-hidden'))
      // A data table may scroll inside its own labelled, focusable region (WCAG 1.4.10 exempts
      // two-dimensional tables); the region itself must still fit, so it is not exempt.
      .filter((el) => {
        const region = el.parentElement?.closest<HTMLElement>('[role=region][tabindex="0"]');
        return !(region && getComputedStyle(region).overflowX === 'auto');
      })
      .slice(0, 5)
      .map((el) => `${el.localName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    return { overflow: root.scrollWidth - width, culprits };
  });
}
