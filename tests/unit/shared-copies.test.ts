// The copies in tests/fixtures/shared must stay what the shared brief says. Where ../shared is absent
// (a bare clone), there is nothing to compare with and the copies are the reference.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS_TERM_LIST_COPY, SEED_COPY, SHARED_DIR } from '../support/shared-copies';

const hasShared = fs.existsSync(path.join(SHARED_DIR, 'seed'));

describe.runIf(hasShared)('copies of the shared brief files (../shared is present)', () => {
  it('the seed copy is the seed', () => {
    const original = fs.readFileSync(path.join(SHARED_DIR, 'seed/ketamine-therapy-for-chronic-pain.txt'), 'utf8');
    expect(fs.readFileSync(SEED_COPY, 'utf8')).toBe(original);
  });

  it('the term list copy is section 5 of the facts file', () => {
    const md = fs.readFileSync(path.join(SHARED_DIR, 'notes/medical-facts.md'), 'utf8');
    const start = md.indexOf('## 5. Term list');
    const section = md.slice(start, md.indexOf('## 6.', start)).trim();
    expect(fs.readFileSync(FACTS_TERM_LIST_COPY, 'utf8')).toContain(section);
  });
});

describe('copies of the shared brief files', () => {
  it('are committed in the project', () => {
    expect(fs.statSync(SEED_COPY).size).toBeGreaterThan(1000);
    expect(fs.statSync(FACTS_TERM_LIST_COPY).size).toBeGreaterThan(1000);
  });
});
