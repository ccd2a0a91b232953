import fs from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary/index';
import { listMatcherForms } from '@/lib/glossary-matcher';
import { compileRegexMatcher } from '@/lib/regex-matcher';
import { compileMatcher, type MatcherForm } from '@/lib/term-matcher';
import { RULE_FORMS } from './support/rule-forms';

const forms = RULE_FORMS;

const SAMPLES = [
  'CRPS is rare.',
  'crps in lower case is not the abbreviation',
  'Complex Regional Pain Syndrome, in title case',
  'complex  regional\n   pain syndrome across lines',
  'complex regional pain-syndrome with a hyphen',
  'complex regional pain - syndrome with a spaced hyphen',
  'complex regional pain -- syndrome with two hyphens is not one',
  'complex regional                  pain syndrome: 18 spaces is too many',
  'an NMDA receptor antagonist blocks it',
  'the NMDA receptor and NMDA',
  'the nmda receptor in lower case',
  'NMDA-receptor hyphenated, NMDA Receptor in title case',
  'ketamine, Ketamine and KETAMINE',
  'ketamines and preketamine are other words',
  'ketamine’s effects',
  'Sudeck’s atrophy with a curly apostrophe',
  "Sudeck's atrophy with a straight one, Sudeck''s with two",
  'anaesthetic and anesthetic',
  'central sensitisation (UK)',
  'a half life, a half-life, a half‐life with U+2010',
  'IV ketamine',
  'stage IV cancer, Type IV collagen, stage-IV, stage, IV',
  'IVs are not IV',
  'fibromyalgia2 is not a word boundary',
  '(fibromyalgia)',
  'Sjögren syndrome is matched as one term',
  'xSjögren syndrome is inside a word',
  'CRPS–I is a dash, not a hyphen',
  '😀 ketamine 😀 CRPS',
  'oral\u00a0ketamine with a no-break space, oral\u2028ketamine with a line separator',
  'KETAMINE\u212a is followed by a Kelvin sign, \u212aetamine starts with one',
  '',
];

function same(text: string, list: readonly MatcherForm[]): void {
  const expected = compileMatcher(list).findMatches(text);
  const got = compileRegexMatcher(list).findMatches(text);
  // Compare as short lines, so a difference in a long text reads as the terms that differ.
  const show = (m: typeof got) => m.map((x) => `${x.start}-${x.end} ${text.slice(x.start, x.end)} ${x.termId}`);
  expect(show(got)).toEqual(show(expected));
  expect(got).toEqual(expected);
}

/** Forms in batches of about `size`, never splitting the forms that share a first word (case folded). */
function batchesByFirstWord(list: readonly MatcherForm[], size: number): MatcherForm[][] {
  const groups = new Map<string, MatcherForm[]>();
  for (const f of list) {
    const key = f.text.split(/[ '-]/)[0]!.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const batches: MatcherForm[][] = [[]];
  for (const group of groups.values()) {
    if (batches.at(-1)!.length + group.length > size && batches.at(-1)!.length > 0) batches.push([]);
    batches.at(-1)!.push(...group);
  }
  return batches;
}

describe('combined-RegExp matcher', () => {
  it.each(SAMPLES)('finds what compileMatcher finds in %j', (text) => {
    same(text, forms);
  });

  it('finds real matches, so the comparison above is not vacuous', () => {
    const m = compileRegexMatcher(forms).findMatches('the NMDA receptor and oral ketamine, not stage IV');
    expect(m.map((x) => x.termId)).toEqual(['nmda-receptor', 'oral', 'ketamine']);
    expect(m.map((x) => x.ambiguous)).toEqual([false, true, false]);
  });

  it('agrees with compileMatcher on the demo article with the whole glossary', () => {
    const all = listMatcherForms(glossary);
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages/ketamine-article.html'), 'utf8');
    const text = html.replace(/<[^>]*>/g, ' ');
    const expected = compileMatcher(all).findMatches(text);
    expect(expected.length).toBeGreaterThan(30);
    expect(compileRegexMatcher(all).findMatches(text)).toEqual(expected);
  });

  it('agrees with compileMatcher on every glossary form written in other cases and separators', () => {
    // The combined RegExp tries every alternative at every character, so one text of all the variants
    // against all 2,900 forms takes seconds. Forms that can begin at the same word are kept together
    // (the choice of the longest match is made among all of them), and each batch is checked on the
    // variants of its own forms: every form and every variant is still compared, at a fraction of the cost.
    const batches = batchesByFirstWord(listMatcherForms(glossary), 150);
    expect(batches.flat()).toHaveLength(listMatcherForms(glossary).length);
    for (const batch of batches) {
      const variants = [
        ...new Set(
          batch.flatMap((f) => [
            f.text,
            f.text.toUpperCase(),
            f.text.toLowerCase(),
            f.text.replace(/ /g, '-'),
            f.text.replace(/-/g, '  '),
            `${f.notAfter?.[0] ?? 'the'} ${f.text}`,
          ]),
        ),
      ];
      same(variants.join(', '), batch);
      same(variants.join(' '), batch);
    }
  });

  it('keeps every form that can begin at the same word in one batch', () => {
    const firstWord = (f: MatcherForm) => f.text.split(/[ '-]/)[0]!.toLowerCase();
    const batches = batchesByFirstWord(listMatcherForms(glossary), 150);
    const batchOf = new Map<string, number>();
    batches.forEach((batch, i) => {
      for (const f of batch) {
        expect(batchOf.get(firstWord(f)) ?? i, f.text).toBe(i);
        batchOf.set(firstWord(f), i);
      }
    });
    expect(batches.length).toBeGreaterThan(1);
  });

  it('agrees with compileMatcher on random texts built from form pieces', () => {
    const pieces = [
      ...new Set(forms.flatMap((f) => f.text.split(/[ '-]/))),
      'Stage',
      'type',
      'x',
      '2',
      'é',
      '\u0301',
      '😀',
    ];
    const seps = [' ', '  ', '-', ' - ', '--', "'", '’', '\n', '\u00a0', ', ', '(', ')', '–', '', ' '.repeat(17)];
    const word = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
      fc.constantFrom(...pieces).map((p) => p[0]!.toUpperCase() + p.slice(1)),
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(...seps)), { maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(compileRegexMatcher(forms).findMatches(t)).toEqual(compileMatcher(forms).findMatches(t));
      }),
      { numRuns: 400 },
    );
  });

  it('rejects forms it cannot represent, as compileMatcher does', () => {
    for (const text of ['a.b', 'IV/IM', ' ketamine', 'ketamine ', 'a  b']) {
      expect(() => compileRegexMatcher([{ termId: 'x', text, case: 'word' }])).toThrow();
    }
  });

  it('matches nothing with no forms', () => {
    expect(compileRegexMatcher([]).findMatches('ketamine')).toEqual([]);
  });
});
