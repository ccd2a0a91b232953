// The keyboard shortcuts for stepping through terms, as the browser has them now (the user can
// change them), and the browser's own page for changing them.
import { browser } from 'wxt/browser';

/** A command as SettingsForm lists it. */
export interface TermShortcut {
  name: string;
  description: string;
  /** '' when the user has not set one. */
  shortcut: string;
}

/** next-term and previous-term; empty where the browser cannot list commands. */
export async function readTermShortcuts(): Promise<TermShortcut[]> {
  try {
    const commands = (await browser.commands?.getAll()) ?? [];
    return commands
      .filter((c) => c.name === 'next-term' || c.name === 'previous-term')
      .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
  } catch {
    return [];
  }
}

export function openShortcutSettings(): void {
  if (import.meta.env.FIREFOX) {
    // Firefox only, and missing from the polyfill's types.
    void (browser.commands as unknown as { openShortcutSettings?: () => Promise<void> }).openShortcutSettings?.();
  } else {
    void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  }
}
