import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { STOP_FORMS } from '@/scripts/content-gates/invariants';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { applyMedicalContext, compileMatcher, parseForm } from '@/lib/term-matcher';
import { RULE_FORMS } from './support/rule-forms';

const forms = RULE_FORMS;
const matcher = compileMatcher(forms);
const find = (text: string) => matcher.findMatches(text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('term matcher', () => {
  it.each([
    ['CRPS is rare.', [['CRPS', 'crps']]],
    ['crps in lower case is not the abbreviation', []],
    ['Crps mixed case is not either', []],
    ['Complex Regional Pain Syndrome, in title case', [['Complex Regional Pain Syndrome', 'crps']]],
    ['complex  regional\n   pain syndrome across lines', [['complex  regional\n   pain syndrome', 'crps']]],
    ['complex regional pain-syndrome with a hyphen', [['complex regional pain-syndrome', 'crps']]],
    ['an NMDA receptor antagonist blocks it', [['NMDA receptor antagonist', 'nmda-antagonist']]],
    [
      'the NMDA receptor and NMDA',
      [
        ['NMDA receptor', 'nmda-receptor'],
        ['NMDA', 'nmda-receptor'],
      ],
    ],
    ['the nmda receptor in lower case', []],
    ['NMDA-receptor hyphenated', [['NMDA-receptor', 'nmda-receptor']]],
    [
      'ketamine, Ketamine and KETAMINE',
      [
        ['ketamine', 'ketamine'],
        ['Ketamine', 'ketamine'],
        ['KETAMINE', 'ketamine'],
      ],
    ],
    ['ketamines and preketamine are other words', []],
    ['ketamine’s effects', [['ketamine', 'ketamine']]],
    ['Sudeck’s atrophy with a curly apostrophe', [['Sudeck’s atrophy', 'crps']]],
    ["Sudeck's atrophy with a straight one", [["Sudeck's atrophy", 'crps']]],
    [
      'anaesthetic and anesthetic',
      [
        ['anaesthetic', 'anesthetic'],
        ['anesthetic', 'anesthetic'],
      ],
    ],
    ['central sensitisation (UK)', [['central sensitisation', 'sensitization']]],
    [
      'a half life, a half-life',
      [
        ['half life', 'half-life'],
        ['half-life', 'half-life'],
      ],
    ],
    [
      'IV ketamine',
      [
        ['IV', 'iv'],
        ['ketamine', 'ketamine'],
      ],
    ],
    ['stage IV cancer', []],
    ['Type IV collagen', []],
    ['IVs are not IV', [['IV', 'iv']]],
    ['fibromyalgia2 is not a word boundary', []],
    ['(fibromyalgia)', [['fibromyalgia', 'fibromyalgia']]],
    ['Sjögren syndrome is matched as one term', [['Sjögren syndrome', 'sjogren']]],
    ['xSjögren syndrome is inside a word', []],
    ['CRPS–I is a dash, not a hyphen', [['CRPS', 'crps']]],
    // Word boundaries with letters of other scripts and with combining marks.
    ['жketamine or ketamineж', []],
    ['Greek letters: αketamine and ketamineβ', []],
    ['東京ketamine', []],
    ['ketamine\u0301 with a combining accent is another word', []],
    ['ketamine\u0663 with an Arabic-Indic digit', []],
    ['«ketamine» in guillemets', [['ketamine', 'ketamine']]],
    // Separators: no-break space and hyphens count; two hyphens, an underscore or a long gap do not.
    ['complex\u00a0regional pain syndrome', [['complex\u00a0regional pain syndrome', 'crps']]],
    ['a half\u2011life with a no-break hyphen', [['half\u2011life', 'half-life']]],
    ['complex--regional pain syndrome', []],
    ['complex_regional pain syndrome', []],
    [`complex${' '.repeat(17)}regional pain syndrome`, []],
    // Apostrophes: the modifier letter apostrophe counts; two apostrophes do not.
    ['Sudeckʼs atrophy', [['Sudeckʼs atrophy', 'crps']]],
    ["Sudeck''s atrophy", []],
    // An all-capital token inside a word form keeps its case.
    ['the Nmda receptor', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('reports offsets in UTF-16 units, after astral characters too', () => {
    const text = '😀 ketamine 😀 CRPS';
    const m = matcher.findMatches(text);
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['ketamine', 'CRPS']);
  });

  it('prefers the longest form and never overlaps', () => {
    const m = matcher.findMatches('NMDA receptor antagonist NMDA receptor NMDA');
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
    expect(m.map((x) => x.termId)).toEqual(['nmda-antagonist', 'nmda-receptor', 'nmda-receptor']);
  });

  it('handles large text quickly enough to stay linear (no catastrophic cases)', () => {
    const text = 'complex regional pain '.repeat(20000);
    expect(matcher.findMatches(text)).toEqual([]);
  });
});

describe('medical context', () => {
  it.each([
    ['oral history of the city', []],
    ['oral ketamine is absorbed poorly', ['oral', 'ketamine']],
    ['IV and half-life', []],
    ['IV fibromyalgia', ['IV', 'fibromyalgia']],
  ])('%j', (text, expected) => {
    const got = applyMedicalContext(matcher.findMatches(text)).map((m) => text.slice(m.start, m.end));
    expect(got).toEqual(expected);
  });
});

describe('parseForm', () => {
  it.each(['a.b', 'IV/IM', '(R)-ketamine', ' ketamine', 'ketamine ', 'a  b'])('rejects %j', (text) => {
    expect(() => parseForm(text)).toThrow();
  });
  it('splits tokens and separators', () => {
    expect(parseForm("N-methyl-D-aspartate Sudeck's").tokens).toEqual(['N', 'methyl', 'D', 'aspartate', 'Sudeck', 's']);
  });
  // ASCII forms take a native fast path; others (curly apostrophes, accents) the character loop. Both
  // must read every form of the glossary the same way as this plain reference.
  it('reads every glossary form, and non-ASCII ones, as its words and separators', () => {
    const texts = [
      ...new Set(glossary.flatMap((e) => e.forms.map((f) => f.text))),
      'Sudeck’s atrophy',
      'Sjögren syndrome',
      'café-au-lait',
    ];
    for (const text of texts) {
      const seps = [...text.matchAll(/[ '’-]/g)].map((m) => (m[0] === ' ' || m[0] === '-' ? 0 : 1));
      expect(parseForm(text), text).toEqual({ tokens: text.split(/[ '’-]/), seps });
    }
  });
});

describe('the real glossary', () => {
  const glossaryMatcher = compileGlossaryMatcher(glossary);

  // Forms are grouped by their first word's hash, read from the text without parsing it, and a group
  // is compiled only when a page holds that word: each form must land in the group its first word
  // finds, and be found as itself.
  it('finds every form as itself, alone and after a word (groups compiled on demand)', () => {
    const extra = ['Sudeck’s atrophy', 'Sjögren syndrome', 'café-au-lait', 'ÉTUDE clinique'];
    const forms = [
      ...glossary.flatMap((e) => e.forms.map((f) => ({ termId: e.id, text: f.text, case: f.case }))),
      ...extra.map((text) => ({ termId: 'extra', text, case: 'word' as const })),
    ];
    const matcher = compileMatcher(forms);
    for (const { text } of forms) {
      for (const before of ['', 'see ']) {
        const found = matcher.findMatches(`${before}${text}.`).map((m) => [m.start, m.end]);
        expect(found, `${before}${text}`).toContainEqual([before.length, before.length + text.length]);
      }
    }
  });
  const letters = [...'abcdefghijklmnopqrstuvwxyzéßжλ'];
  const words = [...letters, ...STOP_FORMS];

  it('never matches a single letter or a stop word, in any case, alone or in a sentence', () => {
    const variants = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
    for (const w of variants) {
      expect(glossaryMatcher.findMatches(w), w).toEqual([]);
      expect(glossaryMatcher.findMatches(`(${w}) the ${w}-${w} ${w}’s ${w}.`), w).toEqual([]);
    }
    // The stop-word list is not empty and includes the examples of the rules.
    expect(STOP_FORMS.has('in')).toBe(true);
    expect(STOP_FORMS.has('k')).toBe(true);
  });

  it('still finds a term right next to single letters and stop words', () => {
    const text = 'K: in a ketamine trial, i.e. of an NMDA receptor.';
    expect(glossaryMatcher.findMatches(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'ketamine',
      'NMDA receptor',
    ]);
  });
});
