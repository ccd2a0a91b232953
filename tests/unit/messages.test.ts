import { describe, expect, it } from 'vitest';
import {
  isTermId,
  mergeFrameCounts,
  normalizeTabTerms,
  sanitizeCounts,
  type TabTerms,
  type TermCounts,
} from '@/lib/messages';
import { glossary } from '@/data/glossary';

describe('mergeFrameCounts', () => {
  it.each<[string, Record<string, TermCounts>, TermCounts]>([
    ['no frames', {}, {}],
    ['one frame', { 0: { ketamine: 3, crps: 1 } }, { ketamine: 3, crps: 1 }],
    [
      'frames adding up',
      { 0: { ketamine: 3, crps: 1 }, 4: { crps: 2, fibromyalgia: 1 }, 9: { ketamine: 1 } },
      { ketamine: 4, crps: 3, fibromyalgia: 1 },
    ],
    ['an empty frame', { 0: { ketamine: 2 }, 3: {} }, { ketamine: 2 }],
  ])('%s', (_, frames, merged) => {
    expect(mergeFrameCounts({ frames })).toEqual(merged);
  });

  it.each<[string, unknown, TermCounts]>([
    ['frames not an object', 'ketamine', {}],
    ['frames null', null, {}],
    ['a frame that is a string', { 0: 'ketamine', 1: { crps: 1 } }, { crps: 1 }],
    ['a count that is text', { 0: { ketamine: '3', crps: 2 } }, { crps: 2 }],
    ['negative, zero and fractional counts', { 0: { a: -1, b: 0, c: 0.5, d: 2.9 } }, { d: 2 }],
  ])('skips malformed data: %s', (_, frames, merged) => {
    expect(mergeFrameCounts({ frames } as Pick<TabTerms, 'frames'>)).toEqual(merged);
  });
});

describe('sanitizeCounts', () => {
  it.each<[string, unknown, TermCounts]>([
    ['valid counts', { ketamine: 2, 'nmda-receptor': 1 }, { ketamine: 2, 'nmda-receptor': 1 }],
    ['fractions rounded down', { ketamine: 2.7 }, { ketamine: 2 }],
    ['below one', { ketamine: 0.5, crps: 0, opioid: -3 }, {}],
    ['ids that are not glossary-shaped', { 'Bad Id': 1, x_y: 1, '-a': 1, 'a--b': 1, '': 1, ok: 1 }, { ok: 1 }],
    ['counts that are not numbers', { a: '4', b: null, c: true, d: [1], e: { n: 1 } }, {}],
    ['an array', [3, 4], {}],
    ['a string', 'ketamine', {}],
    ['null', null, {}],
    ['undefined', undefined, {}],
  ])('%s', (_, raw, clean) => {
    expect(sanitizeCounts(raw)).toEqual(clean);
  });
});

describe('normalizeTabTerms', () => {
  const good: TabTerms = { tabId: 7, site: 'example.com', frames: { 0: { ketamine: 2 }, 12: { crps: 1 } } };

  it.each([undefined, null])('no record (%s) is null, nothing to repair', (raw) => {
    expect(normalizeTabTerms(raw, 7)).toEqual({ value: null, repaired: [] });
  });

  it.each([
    ['a string', 'ketamine'],
    ['a number', 3],
    ['an array', [good]],
  ])('replaces %s and says so', (_, raw) => {
    expect(normalizeTabTerms(raw, 7)).toEqual({ value: null, repaired: ['tabTerms'] });
  });

  it('keeps a valid record', () => {
    expect(normalizeTabTerms(good, 7)).toEqual({ value: good, repaired: [] });
  });

  it.each<[string, Record<string, unknown>, TabTerms, string[]]>([
    ['another tab id', { ...good, tabId: 8 }, { ...good, tabId: 7 }, ['tabTerms.tabId']],
    ['a site of the wrong type', { ...good, site: 5 }, { ...good, site: '' }, ['tabTerms.site']],
    ['frames of the wrong type', { ...good, frames: [1, 2] }, { ...good, frames: {} }, ['tabTerms.frames']],
    [
      'bad frames and bad counts among good ones',
      { ...good, frames: { 0: { ketamine: 2, bad: 'x' }, top: { crps: 1 }, 3: 'crps', 4: { opioid: 1 }, 5: {} } },
      { ...good, frames: { 0: { ketamine: 2 }, 4: { opioid: 1 } } },
      ['tabTerms.frames (3 unreadable entries)'],
    ],
  ])('%s', (_, raw, value, repaired) => {
    expect(normalizeTabTerms(raw, 7)).toEqual({ value, repaired });
  });
});

describe('isTermId', () => {
  it('accepts every glossary id', () => {
    for (const e of glossary) expect(isTermId(e.id), e.id).toBe(true);
  });

  it.each(['', 'Ketamine', 'a b', '-a', 'a-', 'a--b', 'a_b', '<b>', 3, null, undefined, {}])('rejects %j', (v) => {
    expect(isTermId(v)).toBe(false);
  });
});
