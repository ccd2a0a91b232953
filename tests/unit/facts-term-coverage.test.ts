// Every term of the facts file's term list (section 5) is explained by the glossary: the term, or
// one of its "/"-separated spellings, is matched whole by the content script's matcher. The term list
// is the project's copy of the facts file's section 5 (tests/support/shared-copies.ts).
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { readFactsTermList } from '../support/shared-copies';

/** [number, term] for each row of section 5's tables. */
function readTermList(md: string): [string, string][] {
  const start = md.indexOf('## 5. Term list');
  const next = md.indexOf('\n## ', start + 1);
  const end = next < 0 ? md.length : next;
  if (start < 0) throw new Error('section 5 "Term list" not found in the facts file');
  return md
    .slice(start, end)
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
      return [cells[1]!, cells[2]!];
    });
}

describe('facts-file term list', () => {
  const rows = readTermList(readFactsTermList());
  const matcher = compileGlossaryMatcher(glossary);
  const matchedWhole = (text: string) => matcher.findMatches(text).some((m) => m.start === 0 && m.end === text.length);

  it('has the 100 terms the content brief names', () => {
    expect(rows).toHaveLength(100);
  });

  it.each(rows)('term %s, "%s", is explained by a glossary entry', (_n, term) => {
    const spellings = term.split(/\s*\/\s*/);
    expect(spellings.some(matchedWhole), `no glossary form matches "${term}" whole`).toBe(true);
  });
});
