// The project's copies of the shared brief files that unit tests read: the clinic page the product was
// commissioned from, and the term list of the facts file. They live in tests/fixtures/shared so the
// unit suites need nothing outside the checkout; tests/unit/shared-copies.test.ts checks each copy
// against ../shared when that folder is present. PAINLENS_SEED and PAINLENS_FACTS override them.
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/shared');

export const SEED_COPY = path.join(FIXTURES, 'seed/ketamine-therapy-for-chronic-pain.txt');
export const FACTS_TERM_LIST_COPY = path.join(FIXTURES, 'notes/medical-facts-term-list.md');

/** The shared folder beside the checkout, where the originals live (absent on a bare clone). */
export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');

function readOrExplain(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${what} is missing at ${file}. It is committed under tests/fixtures/shared; restore it with ` +
        '`git checkout -- tests/fixtures/shared`, or point the environment variable at another copy.',
    );
  }
}

export function readSeed(): string {
  return readOrExplain(path.resolve(process.env.PAINLENS_SEED ?? SEED_COPY), 'The seed document (clinic page)');
}

export function readFactsTermList(): string {
  return readOrExplain(path.resolve(process.env.PAINLENS_FACTS ?? FACTS_TERM_LIST_COPY), 'The facts-file term list');
}
