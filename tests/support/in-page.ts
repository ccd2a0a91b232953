// Functions that run inside a test page, shared by the Playwright helpers (tests/e2e/support) and the
// Firefox ones (tests/firefox, puppeteer-core). Each is serialized by the driver and evaluated in the
// page, so it must use nothing from outside its own body. One object argument suits both drivers.

export interface PaintedRange {
  text: string;
  /** Nearest ancestor with a data-expect attribute (its id, or its tag). */
  block: string | null;
}

/** The connected ranges of a named highlight, in document order, each with its data-expect block. */
export function paintedRangesInPage({ name }: { name: string }): PaintedRange[] {
  const h = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
  if (!h) return [];
  const out = [...h]
    .filter((r) => r.startContainer.isConnected)
    .map((r) => {
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
  return [...trees.values()]
    .flatMap((list) => list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)))
    .map(({ text, block }) => ({ text, block }));
}

/** Every element with data-expect, with its expected texts in order ("|"-separated). */
export function expectationsInPage(): { block: string; expected: string[] }[] {
  return [...document.querySelectorAll('[data-expect]')].map((el) => ({
    block: el.id || el.localName,
    expected: (el.getAttribute('data-expect') ?? '').split('|').filter(Boolean),
  }));
}

/** Viewport point at the middle of the first occurrence of `text` inside `selector`. */
export function centerOfTextInPage({ selector, text }: { selector: string; text: string }): { x: number; y: number } {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    const rect = r.getClientRects()[0];
    if (!rect) break;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`"${text}" not found in ${selector}`);
}
