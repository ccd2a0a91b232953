// Every listener of the background worker, registered synchronously so the events that wake it
// reach them. Each returns its work's promise: the browser ignores it, and tests can await it.
import { browser } from 'wxt/browser';
import { createMenus, handleMenuClick } from './menus';
import { handleCommand, handleMessage } from './messages';
import { clearTab, forgetTab } from './tab-terms';
import { ensureTermTexts } from './term-texts';

export async function handleInstalled(details: { reason: string }): Promise<void> {
  createMenus();
  await ensureTermTexts();
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  }
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener((details) => handleInstalled(details));
  browser.runtime.onStartup?.addListener(() => {
    createMenus();
    return ensureTermTexts();
  });
  browser.runtime.onMessage.addListener(handleMessage as never);
  browser.commands?.onCommand.addListener((command) => handleCommand(command));
  // Firefox for Android has neither keyboard commands nor context menus.
  browser.contextMenus?.onClicked.addListener((info, tab) => handleMenuClick(info, tab));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: its content scripts will report afresh.
    if (change.status === 'loading' && change.url !== undefined) return clearTab(tabId);
  });
  if (import.meta.env.CHROME) {
    // The toolbar icon opens the popup; the side panel opens from the popup, the tooltip or the menu.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  }
  void ensureTermTexts().catch(() => {});
}
