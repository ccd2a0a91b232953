// Helpers that read PainLens's state from Firefox pages through puppeteer-core (WebDriver BiDi).
// Everything waits on a condition with a deadline; nothing sleeps for a fixed time.
import type { Page } from 'puppeteer-core';
import { centerOfTextInPage, expectationsInPage, paintedRangesInPage, type PaintedRange } from '../../support/in-page';

export const TERM_HIGHLIGHT = 'painlens-term';

export type { PaintedRange } from '../../support/in-page';

/** Polls `probe` until `done` accepts its value; throws with the last value after `timeout` ms. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 15_000, interval = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown = null;
  for (;;) {
    try {
      last = await probe();
      lastError = null;
      if (done(last)) return last;
    } catch (e) {
      lastError = e; // e.g. the page is between documents: try again
    }
    if (Date.now() >= deadline) {
      const seen = lastError ? `error: ${(lastError as Error).message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Number of ranges in PainLens's highlight, or -1 when the highlight is not registered. */
export function countHighlights(page: Page, name = TERM_HIGHLIGHT): Promise<number> {
  return page.evaluate((highlightName) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    const h = registry?.get(highlightName);
    return h ? h.size : -1;
  }, name);
}

/** Waits until the highlight count stops changing (PainLens scans in idle slices). */
export async function waitForSettled(page: Page, { min = 1, quietMs = 400, timeout = 15_000 } = {}): Promise<number> {
  let last = -2;
  let stableSince = Date.now();
  const n = await waitUntil(
    `at least ${min} highlight(s), stable for ${quietMs} ms`,
    () => countHighlights(page),
    (count) => {
      if (count !== last) {
        last = count;
        stableSince = Date.now();
        return false;
      }
      return count >= min && Date.now() - stableSince >= quietMs;
    },
    { timeout },
  );
  return n;
}

/** The painted texts in document order, each with the data-expect block it sits in. */
export function readHighlights(page: Page, name = TERM_HIGHLIGHT): Promise<PaintedRange[]> {
  return page.evaluate(paintedRangesInPage, { name });
}

/** Every element with data-expect, with its expected texts in order ("|"-separated). */
export function readExpectations(page: Page): Promise<{ block: string; expected: string[] }[]> {
  return page.evaluate(expectationsInPage);
}

/** Viewport point at the middle of the first occurrence of `text` inside `selector`. */
export function centerOfText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(centerOfTextInPage, { selector, text });
}

export interface TooltipState {
  /** Number of <painlens-ui> hosts in the document. */
  hosts: number;
  /** Where the host is attached (tag name of its parent), or null. */
  parent: string | null;
  /**
   * The card is in a closed shadow root that no page script (nor this test, which runs as one) can
   * read: what a page sees is the host in the top layer while a card shows. settled: no animation
   * running anywhere in the document (the card's fade-in included). readable: the host gives the
   * page its shadow root (it must not).
   */
  dialog: { visible: boolean; settled: boolean; readable: boolean } | null;
  /** The highlight names registered in the page. */
  highlights: string[];
}

/** What a page can see of PainLens's UI right now. */
export function readTooltip(page: Page): Promise<TooltipState> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('painlens-ui');
    const host = hosts[0];
    const open = host?.matches(':popover-open') === true;
    const shown = open
      ? {
          visible: true,
          settled: document.getAnimations().every((a) => a.playState !== 'running'),
          readable: host!.shadowRoot !== null,
        }
      : null;
    const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    return {
      hosts: hosts.length,
      parent: host?.parentElement?.localName ?? null,
      dialog: shown,
      highlights: reg ? [...reg.keys()].sort() : [],
    };
  });
}

/**
 * Opens a moz-extension:// page. Firefox's BiDi never reports "load" for extension pages, so no
 * load event is awaited; callers wait for the element they need instead.
 */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: [], timeout: 15_000 });
}
