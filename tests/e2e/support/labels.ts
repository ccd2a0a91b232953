// Compares what PainLens painted with the labels in a fixture: every element with data-expect
// lists, in order, the exact texts that must be marked in its own text ("|"-separated; "" means none).
// Labeled elements inside open shadow roots count too.
import type { Frame, Page } from '@playwright/test';
import { readHighlights, type PaintedRange } from './highlights';

export interface LabelMismatch {
  block: string;
  expected: string[];
  got: string[];
}

export interface LabelReport {
  /** Labeled blocks whose marks differ from their label. */
  mismatches: LabelMismatch[];
  /** Marks outside every labeled block. */
  unlabeled: PaintedRange[];
  /** Number of labeled blocks checked. */
  blocks: number;
  /** Number of marks in total. */
  painted: number;
}

/** Labels from `attr` (data-expect, or another such as data-expect-first), shadow roots included. */
export async function readLabels(
  target: Page | Frame,
  attr = 'data-expect',
): Promise<{ block: string; expected: string[] }[]> {
  return target.evaluate((attr) => {
    const out: { block: string; expected: string[] }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.hasAttribute(attr)) {
          out.push({
            block: el.id || el.localName,
            expected: (el.getAttribute(attr) ?? '').split('|').filter(Boolean),
          });
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  }, attr);
}

export async function compareLabels(target: Page | Frame, attr = 'data-expect'): Promise<LabelReport> {
  const painted = await readHighlights(target);
  const labels = await readLabels(target, attr);
  const mismatches: LabelMismatch[] = [];
  for (const { block, expected } of labels) {
    const got = painted.filter((p) => p.block === block).map((p) => p.text.trim());
    if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push({ block, expected, got });
  }
  return {
    mismatches,
    unlabeled: painted.filter((p) => p.block === null),
    blocks: labels.length,
    painted: painted.length,
  };
}

/** Sum of the labels' expected marks. */
export async function expectedCount(target: Page | Frame, attr = 'data-expect'): Promise<number> {
  return (await readLabels(target, attr)).reduce((n, l) => n + l.expected.length, 0);
}
