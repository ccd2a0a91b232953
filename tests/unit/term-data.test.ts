import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { hasKey, keyTable, tableKeys } from '@/lib/key-table';
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import type { GlossaryEntry } from '@/data/types';
import {
  decodeKeys,
  encodeKeys,
  fingerprint,
  firstWordKey,
  formGroupsLength,
  formGroupsVersion,
  packFormGroups,
  packForms,
  packTermTexts,
  readFormGroups,
  readTermText,
  unpackFormGroup,
  unpackFormGroups,
  unpackForms,
  type TermTexts,
} from '@/lib/term-data';
import { compileGroupedMatcher, compileMatcher, firstStageKeys, keyTest, type TermMatch } from '@/lib/term-matcher';
import { foldString, hashFolded, parseForm } from '@/lib/term-words';
import { RULE_FORMS } from './support/rule-forms';

const entry = (forms: GlossaryEntry['forms']): GlossaryEntry => ({
  id: 'test-term',
  name: 'Test term',
  category: 'drug',
  forms,
  short: 'A test.',
  sources: [],
});

describe('packForms and unpackForms', () => {
  const matcher = compileMatcher(unpackForms(packForms(glossary)));

  it('round-trips every form of the whole glossary', () => {
    const expected = glossary.flatMap((e) =>
      e.forms.map((f) => ({
        termId: e.id,
        text: f.text,
        case: f.case,
        ambiguous: f.ambiguous ?? false,
        notAfter: f.notAfter?.length ? f.notAfter : undefined,
      })),
    );
    expect(unpackForms(packForms(glossary))).toEqual(expected);
  });

  it.each(glossary.map((e) => [e.id, e] as const))(
    'the matcher built from the packed forms finds every form of %s',
    (id, e) => {
      for (const f of e.forms) {
        const found = matcher.findMatches(f.text);
        expect(
          found.map((m) => f.text.slice(m.start, m.end)),
          f.text,
        ).toContain(f.text);
        // The longest form at that place wins, and it belongs to this entry unless the form is shared.
        if (!f.sharedReason) expect(found.some((m) => m.termId === id && m.end - m.start === f.text.length)).toBe(true);
      }
    },
  );

  it.each([
    ['an abbreviation', { text: 'CRPS', case: 'abbr' as const }, 'test-term', '^CRPS'],
    ['an ambiguous abbreviation', { text: 'IV', case: 'abbr' as const, ambiguous: true }, 'test-term', '^?IV'],
    [
      'words that must not come before',
      { text: 'IV', case: 'abbr' as const, ambiguous: true, notAfter: ['stage', 'type'] },
      'test-term',
      '^?IV!stage,type',
    ],
    ['an empty notAfter list', { text: 'oral', case: 'word' as const, notAfter: [] }, 'test-term', 'oral'],
  ])('packs %s', (_, form, id, packed) => {
    expect(packForms([entry([form])])).toEqual([[id, packed]]);
  });

  it('writes a form that only adds to the one before it as "+" and the addition, and reads it back', () => {
    const forms: GlossaryEntry['forms'] = [
      { text: 'addiction', case: 'word' },
      { text: 'addictions', case: 'word' },
      { text: 'addictions of the mind', case: 'word' },
      { text: 'SUD', case: 'abbr', ambiguous: true },
      { text: 'SUDs', case: 'abbr', ambiguous: true },
      // Not an addition: the case differs, so the flags before the text differ.
      { text: 'SUDsx', case: 'word' },
      // A "!" list is never copied into the next form.
      { text: 'IV', case: 'abbr', notAfter: ['stage'] },
      { text: 'IVs', case: 'abbr' },
    ];
    const packed = packForms([entry(forms)]);
    expect(packed).toEqual([['test-term', 'addiction|+s|+ of the mind|^?SUD|+s|SUDsx|^IV!stage|^IVs']]);
    expect(unpackForms(packed).map((f) => [f.text, f.case, f.ambiguous, f.notAfter])).toEqual(
      forms.map((f) => [f.text, f.case, f.ambiguous ?? false, f.notAfter]),
    );
  });

  it('writes a good share of the glossary as additions (160 of 794 forms today)', () => {
    const pieces = packForms(glossary).flatMap(([, f]) => f.split('|'));
    expect(pieces.filter((p) => p.startsWith('+')).length / pieces.length).toBeGreaterThan(0.15);
  });

  it.each(['a|b', '^lead', '?lead', 'bang!', 'x^y', '+lead', 'a\tb', 'a\nb'])(
    'refuses a form with a character the packing uses: %j',
    (text) => {
      expect(() => packForms([entry([{ text, case: 'word' }])])).toThrow(/test-term/);
    },
  );

  it.each(['a,b', 'a|b', 'a!b', 'a\tb', 'a\nb'])(
    'refuses a notAfter word with a character the packing uses: %j',
    (word) => {
      expect(() => packForms([entry([{ text: 'IV', case: 'abbr', notAfter: [word] }])])).toThrow(/test-term/);
    },
  );
});

describe('packFormGroups (what a content script reads, compiled a group at a time)', () => {
  const forms = unpackForms(packForms(glossary));
  const groups = packFormGroups(forms);
  const byText = (list: readonly { termId: string; text: string }[]) => list.map((f) => `${f.termId} ${f.text}`).sort();

  it('puts every form in exactly one group, under its first word, and reads them all back', () => {
    expect(byText(unpackFormGroups(groups))).toEqual(byText(forms));
    const lines = readFormGroups(groups);
    expect(new Set(lines.map(([key]) => key)).size).toBe(lines.length);
    for (const [key, line] of lines) {
      for (const f of unpackFormGroup(line)) expect(firstWordKey(f.text), f.text).toBe(key);
    }
    // The key read straight from the text is the hash of the first token as parseForm reads it.
    for (const text of [...forms.map((f) => f.text), 'Sudeck’s atrophy', 'Sjögren syndrome', 'ÉTUDE clinique']) {
      expect(firstWordKey(text), text).toBe(hashFolded(foldString(parseForm(text).tokens[0]!)));
    }
    // Forms sharing a first word share a group: far fewer groups than forms.
    expect(lines.length).toBeLessThan(forms.length * 0.7);
    // One string, at most half as long again as the forms packed by term (ids repeat across groups).
    expect(groups.length).toBeLessThan(1.5 * JSON.stringify(packForms(glossary)).length);
  });

  it('keeps every field of a form (case, ambiguous, not-after words) and survives the JSON round trip of storage', () => {
    const rules = packFormGroups(RULE_FORMS);
    const read = unpackFormGroups(JSON.parse(JSON.stringify(rules)) as string);
    const fields = (f: (typeof RULE_FORMS)[number]) =>
      JSON.stringify([f.termId, f.text, f.case, f.ambiguous === true, f.notAfter ?? []]);
    expect(read.map(fields).sort()).toEqual(RULE_FORMS.map(fields).sort());
  });

  it('finds what the matcher over all forms finds, unpacking only the groups whose first word a text holds', () => {
    const keys = keyTable(firstStageKeys(forms));
    const unpacked: string[] = [];
    const grouped = compileGroupedMatcher(
      readFormGroups(groups),
      (line) => (unpacked.push(line), unpackFormGroup(line)),
      keyTest(keys),
    );
    const whole = compileMatcher(forms);
    const spans = (ms: TermMatch[]) => ms.map((m) => [m.start, m.end, m.termId, m.ambiguous]);
    const quiet = 'The river town held its harvest fair on a warm Saturday in the hills.';
    expect(grouped.findMatches(quiet)).toEqual([]);
    expect(grouped.mayMatch!([quiet], 1)).toBe(false);
    expect(unpacked).toHaveLength(0);
    const samples = [
      'Ketamine is an NMDA receptor antagonist; complex regional pain syndrome (CRPS) may respond.',
      ...forms.map((f) => `After ${f.text}, and ${f.text.toUpperCase()} again.`),
    ];
    for (const [i, text] of samples.entries()) {
      expect(spans(grouped.findMatches(text)), text).toEqual(spans(whole.findMatches(text)));
      // One sentence unpacks the groups of its own words, a handful of the 1,400.
      if (i === 0) expect(unpacked.length).toBeLessThan(12);
    }
    // Each group is unpacked once, however often its word comes back.
    expect(new Set(unpacked).size).toBe(unpacked.length);
    expect(unpacked.length).toBe(readFormGroups(groups).length);
    expect(grouped.formCount).toBe(forms.length);
  });
});

describe('packTermTexts and readTermText', () => {
  const texts = packTermTexts(glossary, sources);

  it('reads every glossary entry back with its name, its definition and a source label', () => {
    const wrong = glossary
      .filter((e) => {
        const t = readTermText(texts, e.id);
        return !t || t.id !== e.id || t.name !== e.name || t.short !== e.short || !t.source;
      })
      .map((e) => e.id);
    expect(wrong).toEqual([]);
  });

  it("labels an entry with its first source's short label, not another one's", () => {
    const two = [
      { ...sources[0]!, id: 'first-source', short: 'First, 2020' },
      { ...sources[0]!, id: 'second-source', short: 'Second, 2021' },
    ] as unknown as typeof sources;
    const out = packTermTexts([{ ...entry([]), sources: ['second-source', 'first-source'] } as GlossaryEntry], two);
    expect(readTermText(out, 'test-term')).toEqual({
      id: 'test-term',
      name: 'Test term',
      short: 'A test.',
      source: 'Second, 2021',
    });
  });

  it('has one entry per glossary entry and nothing else', () => {
    expect(Object.keys(texts).sort()).toEqual(glossary.map((e) => e.id).sort());
  });

  it('survives the JSON round trip of storage', () => {
    expect(JSON.parse(JSON.stringify(texts))).toEqual(texts);
  });

  it('gives no source label for an entry without sources or with an unknown one', () => {
    const out = packTermTexts(
      [
        { ...entry([]), sources: [] },
        { ...entry([]), id: 'other', sources: ['nope'] },
      ],
      sources,
    );
    expect(readTermText(out, 'test-term')?.source).toBeNull();
    expect(readTermText(out, 'other')?.source).toBeNull();
  });

  const bad = {
    missing: undefined,
    string: 'Ketamine',
    object: { name: 'Ketamine' },
    numberName: [1, 'short', 'src'],
    numberShort: ['Ketamine', 2, 'src'],
    empty: [],
  } as unknown as TermTexts;

  it.each([
    'missing',
    'string',
    'object',
    'numberName',
    'numberShort',
    'empty',
    'nope',
    '__proto__',
    'constructor',
    'toString',
  ])('readTermText gives null for bad input: %s', (id) => {
    expect(readTermText(bad, id)).toBeNull();
  });

  it.each<[unknown, string | null]>([
    ['Label', 'Label'],
    ['', null],
    [5, null],
    [undefined, null],
  ])('a source label of %j reads as %j', (label, source) => {
    const one = { x: ['Name', 'Short', label] } as unknown as TermTexts;
    expect(readTermText(one, 'x')).toEqual({ id: 'x', name: 'Name', short: 'Short', source });
  });
});

describe('formGroupsVersion and formGroupsLength', () => {
  const groups = packFormGroups(unpackForms(packForms(glossary)));

  it('names the fingerprint and the length, and the length reads back', () => {
    expect(formGroupsVersion(groups)).toBe(`${fingerprint(groups)}.${groups.length}`);
    expect(formGroupsLength(formGroupsVersion(groups))).toBe(groups.length);
    expect(formGroupsLength(formGroupsVersion(''))).toBe(0);
  });

  it.each(['', 'abc', 'abc.', 'abc.-1', 'abc.1.5', 'abc.x'])('a version of another shape (%j) names no length', (v) => {
    expect(formGroupsLength(v)).toBe(-1);
  });
});

describe('fingerprint', () => {
  const texts = packTermTexts(glossary, sources);

  it('is stable for equal values', () => {
    expect(fingerprint(texts)).toBe(fingerprint(JSON.parse(JSON.stringify(texts))));
    expect(fingerprint(texts)).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('does not depend on the order of keys (a storage area may give them back sorted)', () => {
    const reversed = Object.fromEntries(Object.entries(texts).toReversed());
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(texts)[0]);
    expect(fingerprint(reversed)).toBe(fingerprint(texts));
    expect(fingerprint({ b: 1, a: { d: 2, c: 3 } })).toBe(fingerprint({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('tells arrays in a different order apart', () => {
    expect(fingerprint(['a', 'b'])).not.toBe(fingerprint(['b', 'a']));
  });

  it('changes when any one tooltip text changes', () => {
    const seen = new Set([fingerprint(texts)]);
    for (const id of Object.keys(texts).slice(0, 40)) {
      const [name, short, source] = texts[id]!;
      seen.add(fingerprint({ ...texts, [id]: [name, `${short} `, source] }));
    }
    expect(seen.size).toBe(41);
  });
});

describe("encodeKeys and decodeKeys (the first stage's keys in the content script)", () => {
  it('round-trip any sorted, distinct 30-bit keys', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0x3fffffff }), { maxLength: 300 }), (list) => {
        const keys = Uint32Array.from(list.sort((a, b) => a - b));
        expect(tableKeys(decodeKeys(encodeKeys(keys)))).toEqual(keys);
      }),
      { numRuns: 300 },
    );
    const edges = Uint32Array.from([
      0, 1, 127, 128, 16383, 16384, 0xfffffe, 0xffffff, 0x1fffffe, 0x3ffffffe, 0x3fffffff,
    ]);
    expect(tableKeys(decodeKeys(encodeKeys(edges)))).toEqual(edges);
    // A gap of exactly one chunk, and of several.
    for (const list of [[0xffffff], [0, 0xffffff], [0, 0xffffff * 2], [5, 5 + 0xffffff * 3 + 1]]) {
      expect(tableKeys(decodeKeys(encodeKeys(Uint32Array.from(list))))).toEqual(Uint32Array.from(list));
    }
  });

  it('look every key up in place, and no other (with keys in every bucket and at its edges)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0x3fffffff }), { maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 0x3fffffff }), { maxLength: 50 }),
        (list, probes) => {
          const keys = Uint32Array.from(list.sort((a, b) => a - b));
          const table = decodeKeys(encodeKeys(keys));
          for (const k of keys) expect(hasKey(table, k)).toBe(true);
          const set = new Set(list);
          for (const p of probes) expect(hasKey(table, p)).toBe(set.has(p));
        },
      ),
      { numRuns: 200 },
    );
    const table = decodeKeys(encodeKeys(Uint32Array.from([0, 0xffffff, 0x1000000, 0x3fffffff])));
    expect(
      [0, 0xffffff, 0x1000000, 0x3fffffff, 1, 0xfffffe, 0x1000001, 0x3ffffffe, 2 ** 30].map((k) => hasKey(table, k)),
    ).toEqual([true, true, true, true, false, false, false, false, false]);
  });

  it('refuse a table that is not one (wrong length, counts that do not add up)', () => {
    expect(() => decodeKeys(btoa('abc'))).toThrow('not a key table');
    const bytes = Uint8Array.from(Buffer.from(encodeKeys(Uint32Array.from([1, 2, 3])), 'base64'));
    bytes[0] = 9;
    expect(() => decodeKeys(Buffer.from(bytes).toString('base64'))).toThrow('do not add up');
  });

  it('refuse keys out of order (the gaps would be negative)', () => {
    expect(() => encodeKeys(Uint32Array.from([5, 3]))).toThrow('sorted and distinct');
    expect(() => encodeKeys(Uint32Array.from([5, 5]))).toThrow('sorted and distinct');
  });

  it("keep the whole glossary's keys at 3 bytes a key (4 base64 characters) and a 128-byte header, not the 5.3 of plain words", () => {
    const keys = firstStageKeys(unpackForms(packForms(glossary)));
    const encoded = encodeKeys(keys);
    expect(tableKeys(decodeKeys(encoded))).toEqual(keys);
    // 3 bytes a key and the 128-byte header, in base64.
    expect(encoded.length).toBe(Math.ceil((128 + keys.length * 3) / 3) * 4);
  });

  it("decode the same with and without the browser's Uint8Array.fromBase64", () => {
    const keys = firstStageKeys(unpackForms(packForms(glossary)));
    const encoded = encodeKeys(keys);
    const U8 = Uint8Array as unknown as { fromBase64?: unknown };
    const had = Object.getOwnPropertyDescriptor(U8, 'fromBase64');
    try {
      Object.defineProperty(U8, 'fromBase64', {
        configurable: true,
        value: (s: string) => Uint8Array.from(Buffer.from(s, 'base64')),
      });
      expect(tableKeys(decodeKeys(encoded))).toEqual(keys);
      delete U8.fromBase64;
      expect(tableKeys(decodeKeys(encoded))).toEqual(keys);
    } finally {
      if (had) Object.defineProperty(U8, 'fromBase64', had);
      else delete U8.fromBase64;
    }
  });
});
