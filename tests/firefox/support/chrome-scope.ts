// Firefox's own (chrome) windows, reached over WebDriver BiDi. Firefox lists them with
// browsingContext.getTree({"moz:scope": "chrome"}) when it runs with --remote-allow-system-access.
// The run uses them for two things puppeteer-core cannot do on moz-extension:// pages:
//  - an error log: BiDi reports no log events for extension pages, the background page or content
//    scripts, but every one of their errors reaches Firefox's console service;
//  - the real sidebar (sidebar_action): closing it, to see the add-on open it again, and pictures of
//    whole Firefox windows with it.
// puppeteer-core has no public API for raw BiDi commands; its BiDi Browser exposes the connection.
import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ChromeContext {
  context: string;
  url: string;
}

export interface LoggedError {
  source: string;
  message: string;
  stack: string;
}

function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error(
      'puppeteer-core no longer exposes its BiDi connection: update tests/firefox/support/chrome-scope.ts',
    );
  }
  return connection;
}

/** The browser windows (browser.xhtml), one per Firefox window. */
export async function chromeWindows(browser: Browser): Promise<ChromeContext[]> {
  const { result } = await connectionOf(browser).send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const contexts = (result as { contexts: ChromeContext[] }).contexts;
  const windows = contexts.filter((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!windows.length) {
    throw new Error('no chrome windows over BiDi: is Firefox started with --remote-allow-system-access?');
  }
  return windows;
}

/** Evaluates privileged JavaScript in a Firefox window and returns its JSON-serialisable result. */
export async function evaluateInChrome<T>(browser: Browser, context: string, expression: string): Promise<T> {
  const { result } = await connectionOf(browser).send('script.evaluate', {
    // JSON keeps the BiDi value mapping out of the way.
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  const r = result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (r.type !== 'success') throw new Error(`chrome evaluate failed: ${r.exceptionDetails?.text ?? 'unknown error'}`);
  return JSON.parse(r.result?.value ?? 'null') as T;
}

const LOG_GLOBAL = '__painlensE2eErrors';

/**
 * Starts collecting every error Firefox's console service receives (page scripts, extension pages,
 * the background page, content scripts, from every process), warnings and info left out.
 */
export async function startErrorLog(browser: Browser): Promise<string> {
  const [first] = await chromeWindows(browser);
  await evaluateInChrome(
    browser,
    first!.context,
    `(() => {
      const log = (globalThis.${LOG_GLOBAL} = []);
      const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
      const observe = (m) => {
        if (!(m instanceof Ci.nsIScriptError) || (m.flags & quiet) !== 0) return;
        log.push({ source: m.sourceName || '', message: m.errorMessage || '', stack: m.stack ? String(m.stack) : '' });
      };
      for (const m of Services.console.getMessageArray() || []) observe(m);
      Services.console.registerListener({ observe });
      return true;
    })()`,
  );
  return first!.context;
}

export function readErrorLog(browser: Browser, logContext: string): Promise<LoggedError[]> {
  return evaluateInChrome<LoggedError[]>(browser, logContext, `globalThis.${LOG_GLOBAL} || []`);
}

/** The Firefox windows that hold a tab whose URL starts with `tabUrlPrefix` (selected or not). */
export async function windowsWithTab(browser: Browser, tabUrlPrefix: string, selectedOnly = false): Promise<string[]> {
  const found: string[] = [];
  for (const w of await chromeWindows(browser)) {
    const hit = await evaluateInChrome<boolean>(
      browser,
      w.context,
      `(${selectedOnly} ? [gBrowser.selectedTab] : gBrowser.tabs).some((t) =>
        t.linkedBrowser.currentURI.spec.startsWith(${JSON.stringify(tabUrlPrefix)}))`,
    );
    if (hit) found.push(w.context);
  }
  return found;
}

export function closeSidebar(browser: Browser, windowContext: string): Promise<boolean> {
  return evaluateInChrome<boolean>(browser, windowContext, `(SidebarController.hide(), true)`);
}

/**
 * A PNG of a whole Firefox window as drawn, toolbar and sidebar included (BiDi's captureScreenshot
 * refuses chrome contexts; WindowGlobalParent.drawSnapshot composites the window's processes).
 */
export async function snapshotWindow(browser: Browser, windowContext: string): Promise<Buffer> {
  const dataUrl = await evaluateInChrome<string>(
    browser,
    windowContext,
    `(async () => {
      const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`,
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}
