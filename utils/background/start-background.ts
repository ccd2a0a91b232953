// The background worker: per-tab term lists and the badge, the context menu, keyboard commands,
// install handling and opening the side panel. Registered synchronously so events wake it.
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import { fingerprint, packTermTexts, type TermTexts } from '@/lib/term-data';
import { createGlossarySearch } from '@/lib/glossary-search';
import {
  isTermId,
  mergeFrameCounts,
  sanitizeCounts,
  type BackgroundMessage,
  type ContentMessage,
  type TabTerms,
} from '@/lib/messages';
import { withSite } from '@/lib/settings';
import type { PanelRoute } from '@/lib/panel-route';
import { panelRouteItem, readTabTerms, tabTermsItem, updateDisabledSites } from '../storage';
import { TERM_TEXTS_KEY } from '../storage-keys';
import { openSidePanel } from '../side-panel';

export const MENU_ID = 'painlens-explain';
const BADGE_COLOR = '#1d6f6a';

let termTexts: TermTexts | null = null;
function getTermTexts(): TermTexts {
  return (termTexts ??= packTermTexts(glossary, sources));
}

/** Writes the tooltip texts for content scripts, unless the same texts, intact, are there already. */
export async function ensureTermTexts(): Promise<void> {
  const texts = getTermTexts();
  const version = fingerprint(texts);
  const got = await browser.storage.local.get(TERM_TEXTS_KEY);
  const stored = got[TERM_TEXTS_KEY] as { version?: unknown; texts?: unknown } | undefined;
  // The version is the texts' fingerprint, so a damaged copy under the right version is caught too.
  if (stored?.version !== version || fingerprint(stored.texts) !== version) {
    await browser.storage.local.set({ [TERM_TEXTS_KEY]: { version, texts } });
  }
}

// Frames of one tab report at once; chain updates per tab so none is lost. Closing and navigating
// go through the same chain, so a report being stored cannot bring a cleared record back.
const tabQueues = new Map<number, Promise<unknown>>();
function queueForTab<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = next.catch(() => {});
  tabQueues.set(tabId, tail);
  void tail.then(() => {
    if (tabQueues.get(tabId) === tail) tabQueues.delete(tabId);
  });
  return next;
}

export async function recordTerms(
  tabId: number,
  frameId: number,
  site: string,
  counts: Record<string, number>,
): Promise<TabTerms> {
  return queueForTab(tabId, async () => {
    const item = tabTermsItem(tabId);
    const prev = (await readTabTerms(tabId)).value ?? { tabId, site: '', frames: {} };
    const frames = { ...prev.frames };
    if (Object.keys(counts).length) frames[String(frameId)] = counts;
    else delete frames[String(frameId)];
    const next: TabTerms = { tabId, site: frameId === 0 ? site : prev.site || site, frames };
    await item.setValue(next);
    await setBadge(tabId, Object.keys(mergeFrameCounts(next)).length);
    return next;
  });
}

async function setBadge(tabId: number, distinct: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
    await action.setTitle({
      tabId,
      title:
        distinct > 0 ? `PainLens: ${distinct} explained term${distinct === 1 ? '' : 's'} on this page` : 'PainLens',
    });
  } catch {
    // The tab closed meanwhile.
  }
}

export async function clearTab(tabId: number): Promise<void> {
  await queueForTab(tabId, async () => {
    await tabTermsItem(tabId).removeValue();
    await setBadge(tabId, 0);
  });
}

/** The tab closed: forget its terms (no badge to clear). */
export function forgetTab(tabId: number): Promise<void> {
  return queueForTab(tabId, () => tabTermsItem(tabId).removeValue());
}

async function openRoute(
  route: Omit<PanelRoute, 'at'>,
  tab: { id?: number; windowId?: number } | undefined,
): Promise<void> {
  // Open first, while the user gesture lasts; the panel picks the route up from storage.
  const opening = openSidePanel(tab, route);
  await panelRouteItem.setValue({ ...route, at: Date.now() });
  await opening;
}

export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const m = message as BackgroundMessage;
  const tab = sender.tab;
  switch (m?.type) {
    case 'terms-found':
      if (tab?.id === undefined) return undefined;
      return recordTerms(
        tab.id,
        sender.frameId ?? 0,
        typeof m.site === 'string' ? m.site : '',
        sanitizeCounts(m.counts),
      ).then(() => undefined);
    case 'open-term':
      // A malformed id opens the glossary list rather than an entry named "undefined".
      return openRoute({ view: 'glossary', id: isTermId(m.termId) ? m.termId : undefined }, tab).then(() => undefined);
    case 'set-site-off':
      return updateDisabledSites((list) => withSite(list, String(m.site), m.off !== false)).then(() => undefined);
    case 'get-term-texts':
      void ensureTermTexts();
      return Promise.resolve(getTermTexts());
    default:
      return undefined;
  }
}

export async function handleCommand(command: string): Promise<void> {
  if (command !== 'next-term' && command !== 'previous-term') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: ContentMessage = { type: 'step-term', direction: command === 'next-term' ? 1 : -1 };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {
    // No content script here (a browser page, or a tab opened before install).
  });
}

const search = () => (searchIndex ??= createGlossarySearch(glossary));
let searchIndex: ReturnType<typeof createGlossarySearch> | null = null;

export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const selection = (info.selectionText ?? '').trim().slice(0, 200);
  const { best } = search().explain(selection);
  await openRoute({ view: 'glossary', id: best ?? undefined, query: best ? undefined : selection }, tab);
}

export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Explain “%s” with PainLens',
        contexts: ['selection'],
      }),
    () => {},
  );
}

export async function handleInstalled(details: { reason: string }): Promise<void> {
  createMenus();
  await ensureTermTexts();
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  }
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener((details) => void handleInstalled(details));
  browser.runtime.onStartup?.addListener(() => {
    createMenus();
    void ensureTermTexts();
  });
  browser.runtime.onMessage.addListener(handleMessage as never);
  browser.commands?.onCommand.addListener((command) => void handleCommand(command));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: its content scripts will report afresh.
    if (change.status === 'loading' && change.url !== undefined) void clearTab(tabId);
  });
  if (import.meta.env.CHROME) {
    // The toolbar icon opens the popup; the side panel opens from the popup, the tooltip or the menu.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  }
  void ensureTermTexts().catch(() => {});
}
