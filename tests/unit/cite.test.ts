import { describe, expect, it } from 'vitest';
import { createCite } from '@/lib/cite';
import { sources } from '@/data/sources';
import type { Source } from '@/data/types';

const source = (id: string, short: string): Source => ({
  id,
  short,
  authors: 'A',
  title: 'T',
  publisher: 'P',
  year: 2020,
  kind: 'review',
});
const list = [source('alpha', 'Alpha 2020'), source('beta', 'Beta 2021'), source('gamma', 'Gamma 2022')];
const cite = createCite(list);

describe('createCite', () => {
  it.each<[string[], [string, number, string][]]>([
    [['alpha'], [['alpha', 1, 'Alpha 2020']]],
    [['gamma'], [['gamma', 3, 'Gamma 2022']]],
    [
      ['gamma', 'alpha'],
      [
        ['gamma', 3, 'Gamma 2022'],
        ['alpha', 1, 'Alpha 2020'],
      ],
    ],
    [['unknown', 'beta'], [['beta', 2, 'Beta 2021']]],
    [['unknown'], []],
    [[], []],
  ])('%j', (ids, expected) => {
    expect(cite(ids)).toEqual(expected.map(([id, n, label]) => ({ id, n, label })));
  });

  it('numbers the real sources by their place in the list', () => {
    const citeAll = createCite(sources);
    expect(citeAll(sources.map((s) => s.id)).map((c) => c.n)).toEqual(sources.map((_, i) => i + 1));
    expect(citeAll(sources.map((s) => s.id)).map((c) => c.label)).toEqual(sources.map((s) => s.short));
  });
});
