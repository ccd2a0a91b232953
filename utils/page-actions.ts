// Actions the extension pages take on the page in the active tab.
import { browser } from 'wxt/browser';
import type { ContentMessage, TabTerms } from '@/lib/messages';

/** Scrolls the page to the next occurrence of a term and shows its tooltip, in the frame that has it. */
export async function showTermOnPage(tabId: number, terms: TabTerms | null, termId: string): Promise<boolean> {
  const frames = Object.entries(terms?.frames ?? {})
    .filter(([, counts]) => (counts[termId] ?? 0) > 0)
    .map(([id]) => Number(id))
    .sort((a, b) => a - b);
  const message: ContentMessage = { type: 'show-term', termId };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: frames[0] ?? 0 });
    return true;
  } catch {
    return false;
  }
}
