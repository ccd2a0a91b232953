// Messages from content scripts (lib/messages.ts has their types) and the keyboard commands, which
// the worker passes on to the page in the active tab. A content script runs inside a web page, so
// nothing in its messages is trusted beyond what the browser itself says about the sender
// (security review 4 and 7): the site comes from the sender's URL, only the top frame may turn
// PainLens off for its site, no page can turn it back on, "open the side panel" needs the user's
// activation and is limited per tab, and keeping a word needs the activation and a glossary id.
import { browser, type Browser } from 'wxt/browser';
import {
  isTermId,
  sanitizeCounts,
  type BackgroundMessage,
  type ContentMessage,
  type KeepWordResult,
} from '@/lib/messages';
import { findGlossaryEntry } from '@/data/glossary';
import { todayIso } from '@/lib/answers';
import { siteKey } from '@/lib/settings';
import { keepWord, setSiteOff } from '@/utils/storage';
import { openPanelAt } from '@/utils/side-panel';
import { recordTerms } from './tab-terms';
import { ensureTermForms } from './term-forms';
import { ensureTermTexts, getTermTexts } from './term-texts';

/** At most one side panel (or its fallback tab) per tab in this long, for requests from a page. */
export const OPEN_PANEL_INTERVAL_MS = 3000;
const lastPanelOpen = new Map<number, number>();

/**
 * The site of the frame that sent the message, from what the browser reports: the frame's own URL
 * (the top frame's, as only its messages use it), else its tab's. '' for pages without a host.
 */
export function senderSite(sender: Browser.runtime.MessageSender): string {
  const url = sender.url ?? sender.tab?.url;
  if (!url) return '';
  try {
    return siteKey(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** Whether a content script's request to open the panel may go ahead now (and counts it if so). */
function mayOpenPanel(tabId: number | undefined, activated: unknown, now = Date.now()): boolean {
  if (activated !== true || tabId === undefined) return false;
  const last = lastPanelOpen.get(tabId);
  if (last !== undefined && now - last < OPEN_PANEL_INTERVAL_MS) return false;
  lastPanelOpen.set(tabId, now);
  return true;
}

/** The tab closed: forget when its panel last opened. */
export function forgetPanelOpens(tabId: number): void {
  lastPanelOpen.delete(tabId);
}

/**
 * Whether the sender is one of PainLens's own content scripts, in a web page's tab. Extension pages
 * send the background nothing (answers go through IndexedDB, the rest through storage): a message
 * from one, or from another extension, is not a content script's and is ignored.
 */
export function fromOwnContentScript(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
  const url = sender.url ?? '';
  return !url.startsWith(browser.runtime.getURL('/'));
}

/**
 * "Ask my doctor about this word" from a tooltip: a glossary term, asked with the user's activation,
 * goes on the reader's list in the extension's IndexedDB (which the page cannot open). The reply says
 * only what happened to this word, never what else is on the list.
 */
export async function keepWordFromPage(termId: unknown, activated: unknown): Promise<KeepWordResult> {
  const entry = isTermId(termId) ? findGlossaryEntry(termId) : undefined;
  if (activated !== true || !entry) return 'refused';
  return keepWord(entry.id, entry.name, todayIso());
}

/** Answers with a promise (webextension-polyfill style); undefined leaves the message to others. */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const m = message as BackgroundMessage;
  if (!fromOwnContentScript(sender)) return undefined;
  const tab = sender.tab;
  const topFrame = sender.frameId === 0;
  switch (m?.type) {
    case 'terms-found':
      if (tab?.id === undefined) return undefined;
      // Only the top frame names the tab's site, and the browser, not the message, says which it is.
      return recordTerms(
        tab.id,
        sender.frameId ?? 0,
        topFrame ? senderSite(sender) : null,
        sanitizeCounts(m.counts),
      ).then(() => undefined);
    case 'open-term':
      if (!mayOpenPanel(tab?.id, m.activated)) return Promise.resolve(undefined);
      // A malformed id opens the glossary list rather than an entry named "undefined".
      return openPanelAt({ view: 'glossary', id: isTermId(m.termId) ? m.termId : undefined }, tab).then(
        () => undefined,
      );
    case 'set-site-off':
      // Off only (a page never turns PainLens back on), for the top frame's own site.
      if (!topFrame || m.off !== true) return Promise.resolve(undefined);
      return setSiteOff(senderSite(sender), true).then(() => undefined);
    case 'keep-word':
      return keepWordFromPage(m.termId, m.activated).catch((): KeepWordResult => 'refused');
    case 'get-term-texts':
      void ensureTermTexts();
      return Promise.resolve(getTermTexts());
    case 'write-term-forms':
      // The reply comes once they are written: the content script then reads them again, once.
      return ensureTermForms().then(() => true);
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
