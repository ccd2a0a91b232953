// Reads what PainLens painted, from the page's own world (the highlight registry is per document).
import type { Frame, Page } from '@playwright/test';
import { centerOfTextInPage, expectationsInPage, paintedRangesInPage, type PaintedRange } from '../../support/in-page';

export type { PaintedRange } from '../../support/in-page';

export async function readHighlights(target: Page | Frame, name = 'painlens-term'): Promise<PaintedRange[]> {
  return target.evaluate(paintedRangesInPage, { name });
}

/** Waits until PainLens's highlight count stops changing (scanning runs in idle slices). */
export async function waitForSettled(
  target: Page | Frame,
  { min = 1, quietMs = 400, timeout = 15_000 } = {},
): Promise<number> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - start < timeout) {
    const n = await target.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('painlens-term');
      return h ? h.size : -1;
    });
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n >= min && Date.now() - stableSince >= quietMs) {
      return n;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (last < min) throw new Error(`expected at least ${min} highlight(s), saw ${last}`);
  return last;
}

/** Every element with data-expect, with its expected texts (own block only). */
export async function readExpectations(target: Page | Frame): Promise<{ block: string; expected: string[] }[]> {
  return target.evaluate(expectationsInPage);
}

export async function centerOfText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(centerOfTextInPage, { selector, text });
}
