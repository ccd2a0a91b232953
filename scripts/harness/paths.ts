// Where things are, for every harness that drives the built extension in a browser: the e2e tests,
// `npm run bench` and `npm run demo`.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** The project's saved test pages; the bench reads its reading pages from here too. */
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/pages');

/** The shared corpus of saved real pages: PAINLENS_CORPUS, or ../shared/corpus beside the checkout. */
export function corpusDir(): string {
  const dir = path.resolve(process.env.PAINLENS_CORPUS ?? path.join(ROOT, '../shared/corpus'));
  const pages = path.join(dir, 'pages');
  if (!fs.existsSync(pages)) {
    throw new Error(`Corpus not found at ${pages}. Set PAINLENS_CORPUS to the folder that holds pages/.`);
  }
  return pages;
}

export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    throw new Error(
      `Chromium not found at ${p}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return p;
}
