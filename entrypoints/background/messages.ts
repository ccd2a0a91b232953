// Messages from content scripts (lib/messages.ts has their types) and the keyboard commands, which
// the worker passes on to the page in the active tab.
import { browser, type Browser } from 'wxt/browser';
import { isTermId, sanitizeCounts, type BackgroundMessage, type ContentMessage } from '@/lib/messages';
import { setSiteOff } from '@/utils/storage';
import { openPanelAt } from '@/utils/side-panel';
import { recordTerms } from './tab-terms';
import { ensureTermForms } from './term-forms';
import { ensureTermTexts, getTermTexts } from './term-texts';

/** Answers with a promise (webextension-polyfill style); undefined leaves the message to others. */
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
      return openPanelAt({ view: 'glossary', id: isTermId(m.termId) ? m.termId : undefined }, tab).then(
        () => undefined,
      );
    case 'set-site-off':
      return setSiteOff(String(m.site), m.off !== false).then(() => undefined);
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
