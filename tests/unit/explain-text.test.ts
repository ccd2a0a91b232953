// The Explain view's pure text work: limits, paragraphs, marking with the page's matcher and its
// precision rule, the term list, and slicing that never runs one long task.
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import {
  EXPLAIN_LIMITS,
  MAX_LOOKUP_WORDS,
  explainInSlices,
  explainParagraph,
  isTextToExplain,
  limitText,
  listTerms,
  normalizeText,
  segmentParagraph,
  splitParagraphs,
} from '@/lib/explain-text';

const matcher = compileGlossaryMatcher(glossary);
/** The entry that owns a form, so the tests follow the glossary's ids. */
const idOf = (form: string) => glossary.find((e) => e.forms.some((f) => f.text === form))!.id;

describe('which selections are text to explain', () => {
  it('keeps every glossary form a lookup, even with "the" before it', () => {
    const words = Math.max(...glossary.flatMap((e) => e.forms).map((f) => f.text.split(/\s+/).length));
    expect(words + 1, 'the longest form plus one article fits the lookup').toBeLessThanOrEqual(MAX_LOOKUP_WORDS);
    expect(isTextToExplain('the complex regional pain syndrome')).toBe(false);
  });

  it('treats prose, or a long run without spaces, as text to explain', () => {
    expect(isTextToExplain('My doctor said the nerve block may help my CRPS pain')).toBe(true);
    expect(isTextToExplain('x'.repeat(201))).toBe(true);
    expect(isTextToExplain('  ketamine  ')).toBe(false);
  });
});

describe('normalizing and limiting text', () => {
  it('turns every line break into \\n and a form feed into a paragraph end, and drops NULs', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\fe\u0000f')).toBe('a\nb\nc\nd\n\nef');
  });

  it('cuts at the limit without splitting a surrogate pair', () => {
    expect(limitText('abc', 5)).toEqual({ text: 'abc', cut: false });
    const emoji = 'ab\u{1F600}cd';
    expect(limitText(emoji, 3)).toEqual({ text: 'ab', cut: true });
    expect(limitText(emoji, 4)).toEqual({ text: 'ab\u{1F600}', cut: true });
  });
});

describe('paragraphs', () => {
  it('splits at blank lines (also lines of spaces), trims, keeps inner line breaks', () => {
    expect(splitParagraphs('  Visit summary\nDr Lee \n\n \t\nPlan: PT\n\n\n')).toEqual([
      'Visit summary\nDr Lee',
      'Plan: PT',
    ]);
  });

  it('cuts a paragraph over the limit at a sentence end, and every piece stays within it', () => {
    const sentence = 'The nerve block helped for a week. ';
    const text = sentence.repeat(200);
    const pieces = splitParagraphs(text, 300);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(300);
      expect(p.endsWith('.'), p.slice(-20)).toBe(true);
    }
    expect(pieces.join(' ')).toBe(text.trim());
  });

  it('cuts text with no spaces at all at the limit', () => {
    const pieces = splitParagraphs('y'.repeat(1000), 300);
    expect(pieces.map((p) => p.length)).toEqual([300, 300, 300, 100]);
  });
});

describe('marking terms', () => {
  it('marks glossary terms and the segments rebuild the paragraph exactly', () => {
    const text = 'She has CRPS in her left foot. A ketamine infusion was suggested.';
    const p = explainParagraph(0, text, matcher);
    const ids = p.matches.map((m) => m.termId);
    expect(ids).toContain(idOf('CRPS'));
    expect(ids.some((id) => id.startsWith('ketamine'))).toBe(true);
    const segments = segmentParagraph(p);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.termId).map((s) => s.text)).toContain('CRPS');
  });

  it('applies the precision rule per paragraph: an ambiguous word needs a medical term beside it', () => {
    const headache = idOf('headache');
    const alone = explainParagraph(0, 'This tax form gives me a headache.', matcher);
    expect(alone.matches.map((m) => m.termId)).not.toContain(headache);
    const beside = explainParagraph(0, 'With CRPS I also get a headache.', matcher);
    expect(beside.matches.map((m) => m.termId)).toContain(headache);
  });

  it('lists terms in the order the text first uses them, with counts', () => {
    const paragraphs = [
      explainParagraph(0, 'Gabapentin for neuropathy.', matcher),
      explainParagraph(1, 'More neuropathy, and gabapentin again, and gabapentin.', matcher),
    ];
    const listed = listTerms(paragraphs);
    const gaba = listed.find((t) => t.id === idOf('gabapentin'))!;
    expect(gaba).toMatchObject({ count: 3, firstParagraph: 0 });
    expect(listed[0]!.id).toBe(gaba.id);
  });
});

describe('explaining in slices', () => {
  /** A clock that advances by `step` ms on every read, and counts pauses. */
  function fakeClock(step: number) {
    let t = 0;
    const clock = {
      pauses: 0,
      now: () => (t += step),
      pause: async () => {
        clock.pauses++;
      },
    };
    return clock;
  }

  it('stops each slice at its time budget and pauses between slices', async () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} about neuropathy.`);
    const clock = fakeClock(5);
    const slices: number[] = [];
    const done = await explainInSlices(paragraphs, matcher, {
      clock,
      budgetMs: 8,
      onSlice: (s, n, total) => {
        slices.push(s.length);
        expect(total).toBe(10);
        expect(n).toBe(slices.reduce((a, b) => a + b, 0));
      },
    });
    expect(done).toBe(true);
    expect(slices.every((n) => n <= 2)).toBe(true);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(10);
    expect(clock.pauses).toBe(slices.length - 1);
  });

  it('caps a slice at maxParagraphs even on a fast clock', async () => {
    const paragraphs = Array.from({ length: 130 }, () => 'CRPS');
    const slices: number[] = [];
    await explainInSlices(paragraphs, matcher, {
      clock: fakeClock(0),
      maxParagraphs: 60,
      onSlice: (s) => slices.push(s.length),
    });
    expect(slices).toEqual([60, 60, 10]);
  });

  it('stops between slices once cancelled and says so', async () => {
    let cancel = false;
    const seen: number[] = [];
    const done = await explainInSlices(['a', 'b', 'c', 'd'], matcher, {
      clock: fakeClock(10),
      budgetMs: 1,
      onSlice: (s) => {
        seen.push(s[0]!.index);
        cancel = true;
      },
      cancelled: () => cancel,
    });
    expect(done).toBe(false);
    expect(seen).toEqual([0]);
  });
});

it('keeps the limits a reader is told about consistent', () => {
  expect(EXPLAIN_LIMITS.paragraphChars).toBeLessThan(EXPLAIN_LIMITS.textChars);
  expect(EXPLAIN_LIMITS.pageTimeoutMs).toBeLessThanOrEqual(EXPLAIN_LIMITS.openTimeoutMs);
});
