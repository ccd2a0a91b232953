// Every listener of the background worker, registered synchronously so the events that wake it
// reach them. Each returns its work's promise: the browser ignores it, and tests can await it.
import { browser } from 'wxt/browser';
import { createMenus, handleMenuClick } from './menus';
import { forgetPanelOpens, handleCommand, handleMessage } from './messages';
import { clearTab, forgetTab } from './tab-terms';
import { ensureTermForms } from './term-forms';
import { ensureTermTexts } from './term-texts';
import { moveAnswersOutOfLocal } from '@/utils/storage';

/**
 * The checklist answers of earlier versions leave storage.local, which content scripts can read, as
 * soon as the worker starts (after an update, before any page is opened); pages do it too.
 */
function moveAnswers(): Promise<unknown> {
  return moveAnswersOutOfLocal().catch(() => {
    // Left where they were; the next start, or the first page that reads them, tries again.
  });
}

/** The glossary data the content scripts read from storage.local: written at install, update and start. */
function ensureContentData(): Promise<unknown> {
  return Promise.all([ensureTermTexts(), ensureTermForms()]);
}

export async function handleInstalled(details: { reason: string }): Promise<void> {
  createMenus();
  await moveAnswers();
  await ensureContentData();
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  }
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener((details) => handleInstalled(details));
  browser.runtime.onStartup?.addListener(() => {
    createMenus();
    return ensureContentData();
  });
  browser.runtime.onMessage.addListener(handleMessage as never);
  browser.commands?.onCommand.addListener((command) => handleCommand(command));
  // Firefox for Android has neither keyboard commands nor context menus.
  browser.contextMenus?.onClicked.addListener((info, tab) => handleMenuClick(info, tab));
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetPanelOpens(tabId);
    return forgetTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: its content scripts will report afresh.
    if (change.status === 'loading' && change.url !== undefined) return clearTab(tabId);
  });
  if (import.meta.env.CHROME) {
    // The toolbar icon opens the popup; the side panel opens from the popup, the tooltip or the menu.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  }
  void ensureContentData().catch(() => {});
  void moveAnswers();
}
