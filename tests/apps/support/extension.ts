// What the app tests need around fakeBrowser: the APIs it leaves unimplemented (sidePanel, commands,
// getManifest, tabs.sendMessage) as spies, a focused window with an active tab, and storage writes
// in the shape the extension pages read.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabTerms } from '@/lib/messages';
import { LOCAL_KEYS, READER_KEYS, tabTermsKey, versionKey, VERSIONS } from '@/utils/storage/keys';

export interface ExtensionStubs {
  sidePanelOpen: ReturnType<typeof vi.fn>;
  sendToTab: ReturnType<typeof vi.fn>;
  commands: { name: string; description: string; shortcut: string }[];
}

/** Stubs what fakeBrowser does not implement; call in beforeEach (after the setup's reset). */
export function stubExtension(): ExtensionStubs {
  const stubs: ExtensionStubs = {
    sidePanelOpen: vi.fn(async () => {}),
    sendToTab: vi.fn(async () => undefined),
    commands: [
      { name: 'next-term', description: 'Go to the next explained term on the page', shortcut: 'Alt+Shift+N' },
      { name: 'previous-term', description: 'Go to the previous explained term on the page', shortcut: '' },
      { name: '_execute_action', description: '', shortcut: 'Alt+P' },
    ],
  };
  Object.assign(fakeBrowser.sidePanel, { open: stubs.sidePanelOpen });
  Object.assign(fakeBrowser.tabs, { sendMessage: stubs.sendToTab });
  Object.assign(fakeBrowser.commands, { getAll: vi.fn(async () => stubs.commands) });
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.1.0', manifest_version: 3 }) });
  return stubs;
}

/** A focused window with one active tab on `url`. */
export async function openTab(url = 'https://www.example.com/article'): Promise<{ id: number; windowId: number }> {
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ windowId: win!.id, url, active: true });
  return { id: tab.id!, windowId: win!.id! };
}

/** The background's record of the terms in a tab, as it writes it. */
export async function storeTabTerms(tabId: number, site: string, frames: TabTerms['frames']): Promise<void> {
  await fakeBrowser.storage.session.set({ [tabTermsKey(tabId)]: { tabId, site, frames } });
}

/** Answers as an earlier version left them in storage.local: the pages move them on first read. */
export async function storeAnswers(answers: Record<string, { answer: string; on: string | null }>): Promise<void> {
  await fakeBrowser.storage.local.set({
    [LOCAL_KEYS.checklistAnswers]: answers,
    [versionKey(LOCAL_KEYS.checklistAnswers)]: { v: VERSIONS.checklistAnswers },
  });
}

/** The answers as the pages stored them: in the extension origin's IndexedDB, never storage.local. */
export async function readStoredAnswers(): Promise<unknown> {
  const { readReaderRaw } = await import('@/utils/storage/reader');
  const record = (await readReaderRaw(READER_KEYS.checklist)) as { answers?: unknown } | undefined;
  return record?.answers;
}

export async function readLocal(key: (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS]): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** Puts the page at `path` (search and hash), as the browser opened it. */
export function openAt(path: string): void {
  window.history.replaceState(null, '', path);
}
