// The browser's own promise-based extension API (chrome.* in Chromium's MV3, browser.* in Firefox),
// for code that runs in every frame: webextension-polyfill and WXT's content-script context cost about
// 5 ms of start-up per frame (bench, "startup"), so the content script's modules use this instead.
import type { browser as PolyfillBrowser } from 'wxt/browser';

export type ExtensionApi = typeof PolyfillBrowser;

/** The extension API of this browser, read when called (tests stub the globals). */
export function extensionApi(): ExtensionApi {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)!;
}

/**
 * Removes a listener from an extension event. Once the extension is gone (an update, an uninstall)
 * its API objects are gone from this world too: there is then nothing left to remove.
 */
export function forgetListener(remove: () => void): void {
  try {
    remove();
  } catch {
    // The runtime went away with the extension.
  }
}
