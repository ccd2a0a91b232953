// Reads what PainLens painted, from the page's own world (the highlight registry is per document).
import type { Frame, Page } from '@playwright/test';

export interface PaintedRange {
  text: string;
  /** Nearest ancestor with a data-expect attribute (its id, or its tag). */
  block: string | null;
}

export async function readHighlights(target: Page | Frame, name = 'painlens-term'): Promise<PaintedRange[]> {
  return target.evaluate((highlightName) => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(highlightName);
    if (!h) return [];
    const ranges = [...h].filter((r) => r.startContainer.isConnected);
    const out = ranges.map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const el = (
        r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement
      ) as Element | null;
      const block = el?.closest('[data-expect]') ?? null;
      return { text: range.toString().replace(/\s+/g, ' '), block: block ? block.id || block.localName : null, range };
    });
    // Ranges in different trees (the document, shadow roots) cannot be compared: order each tree's
    // ranges, and keep the trees in the order they were first met.
    const trees = new Map<Node, typeof out>();
    for (const o of out) {
      const root = o.range.startContainer.getRootNode();
      const list = trees.get(root);
      if (list) list.push(o);
      else trees.set(root, [o]);
    }
    const sorted = [...trees.values()].flatMap((list) =>
      list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)),
    );
    return sorted.map(({ text, block }) => ({ text, block }));
  }, name);
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
  return target.evaluate(() =>
    [...document.querySelectorAll('[data-expect]')].map((el) => ({
      block: el.id || el.localName,
      expected: (el.getAttribute('data-expect') ?? '').split('|').filter(Boolean),
    })),
  );
}

export async function centerOfText(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${text}" not found in ${selector}`);
    },
    { selector, text },
  );
  return box;
}
