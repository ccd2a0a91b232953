import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { EXTENSION_DIR } from './support/paths';

// The content script is loaded into every frame of every page: its size is a budget (README,
// "Performance"). Measured on the minified build that the other specs load.
const BUDGET_BYTES = 80 * 1000;

test('the content script stays under its 80 kB budget', () => {
  const file = path.join(EXTENSION_DIR, 'content-scripts/content.js');
  const size = fs.statSync(file).size;
  test.info().annotations.push({ type: 'content.js bytes', description: String(size) });
  expect(size).toBeLessThan(BUDGET_BYTES);
  // What it must not carry: the tooltip texts (read from storage on first hover) and Floating UI's
  // general DOM platform (the card is placed by content/tooltip-position.ts).
  const code = fs.readFileSync(file, 'utf8');
  expect(code).not.toContain('getOverflowAncestors');
  expect(code).not.toContain('Long-term pain all over the body');
});
