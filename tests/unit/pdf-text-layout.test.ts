// pdf.js text items back into paragraphs that reflow in the side panel.
import { describe, expect, it } from 'vitest';
import { pageText, type PdfTextItem } from '@/lib/pdf-text-layout';

/** One text item on baseline y (pdf.js's transform[5]), 12 pt high. */
const at = (str: string, y: number, hasEOL = false): PdfTextItem => ({
  str,
  hasEOL,
  height: 12,
  transform: [12, 0, 0, 12, 72, y],
});

describe('PDF page text', () => {
  it('joins the lines of a paragraph and splits at a wider gap', () => {
    const items = [
      at('Your pain doctor suggested', 700, true),
      at('a nerve block for the', 686, true),
      at('pain in your leg.', 672, true),
      at('Next visit in two weeks.', 640, true),
    ];
    expect(pageText(items)).toBe(
      'Your pain doctor suggested a nerve block for the pain in your leg.\n\nNext visit in two weeks.',
    );
  });

  it('keeps a one-line heading apart from a two-line paragraph under it', () => {
    const items = [
      at('Pain clinic letter', 700, true),
      at('Diagnosis: fibromyalgia. We', 672, true),
      at('suggest exercise.', 658, true),
    ];
    expect(pageText(items)).toBe('Pain clinic letter\n\nDiagnosis: fibromyalgia. We suggest exercise.');
  });

  it('starts a new line on another baseline even without end-of-line marks', () => {
    const items = [at('Diagnosis:', 700), at(' CRPS', 700), at('Plan: physical therapy', 686)];
    expect(pageText(items)).toBe('Diagnosis: CRPS Plan: physical therapy');
  });

  // Without a dictionary a line-end hyphen cannot be told from a word's own ("self-care"), so it is
  // kept and only the space is dropped.
  it('runs a line that ends in a hyphen after a letter into the next, keeping the hyphen', () => {
    const items = [
      at('nerve-', 700, true),
      at('related pain and self-', 686, true),
      at('care 3 -', 672, true),
      at('4 times', 658, true),
    ];
    expect(pageText(items)).toBe('nerve-related pain and self-care 3 - 4 times');
  });

  it('treats text moving up the page as a new paragraph (another column)', () => {
    const items = [at('Left column ends.', 100, true), at('Right column starts.', 700, true)];
    expect(pageText(items)).toBe('Left column ends.\n\nRight column starts.');
  });

  it('skips marked-content boundaries and items without text, and survives odd items', () => {
    const items: unknown[] = [
      { type: 'beginMarkedContent' },
      at('Ketamine', 700, true),
      null,
      7,
      { str: 5 },
      at('', 686),
    ];
    expect(pageText(items)).toBe('Ketamine');
    expect(pageText([])).toBe('');
  });
});
