// Reading real PDF files (made at test time by tests/support/pdf-builder.ts) with the real pdf.js,
// in this thread: the same code the side panel runs with pdf.js's worker.
import { describe, expect, it } from 'vitest';
import { readPdfText, type PdfEngine } from '@/entrypoints/sidepanel/explain/read-pdf';
import { buildPdf, corruptPdf, wrapLines } from '../support/pdf-builder';

const nodeEngine: PdfEngine = {
  load: () => import('pdfjs-dist/legacy/build/pdf.mjs') as never,
  startWorker: () => null,
};
const read = (file: Buffer, options: Parameters<typeof readPdfText>[1] = {}) =>
  readPdfText(new Uint8Array(file), { engine: nodeEngine, ...options });

const SUMMARY = [
  ['Visit summary'],
  wrapLines(
    'You have complex regional pain syndrome in your right hand. We talked about a ketamine infusion and a nerve block.',
  ),
  wrapLines('Keep taking gabapentin as before. Physical therapy twice a week.'),
];

describe('reading PDFs', () => {
  it('reads the text of every page, as paragraphs, compressed or not', async () => {
    for (const compress of [false, true]) {
      const pages: number[] = [];
      const result = await read(
        buildPdf([{ paragraphs: SUMMARY }, { paragraphs: [['Page two: fibromyalgia.']] }], { compress }),
        {
          onProgress: (n) => pages.push(n),
        },
      );
      expect(result.kind).toBe('text');
      if (result.kind !== 'text') return;
      expect(result.pages).toBe(2);
      expect(pages).toEqual([1, 2]);
      expect(result.text).toContain('complex regional pain syndrome in your right hand.');
      expect(result.text).toContain('\n\nPage two: fibromyalgia.');
      expect(result.cut).toBe(false);
    }
  });

  it('counts pages that are only pictures, and says a file of pictures has no text', async () => {
    const mixed = await read(buildPdf([{ picture: true }, { paragraphs: SUMMARY }]));
    expect(mixed).toMatchObject({ kind: 'text', pages: 2, emptyPages: 1 });
    const scan = await read(buildPdf([{ picture: true }, { picture: true }]));
    expect(scan).toEqual({ kind: 'problem', problem: { kind: 'no-text' } });
  });

  it('names a locked file, a damaged file and one with too many pages', async () => {
    expect(await read(buildPdf([{ paragraphs: SUMMARY }], { password: 'secret' }))).toEqual({
      kind: 'problem',
      problem: { kind: 'password' },
    });
    expect(await read(corruptPdf())).toEqual({ kind: 'problem', problem: { kind: 'damaged' } });
    const three = buildPdf([{ paragraphs: SUMMARY }, { paragraphs: SUMMARY }, { paragraphs: SUMMARY }]);
    expect(await read(three, { limits: { pdfPages: 2 } })).toEqual({
      kind: 'problem',
      problem: { kind: 'too-many-pages', pages: 3 },
    });
  });

  it('stops at the text limit and says the text was cut', async () => {
    const pages = Array.from({ length: 5 }, () => ({ paragraphs: SUMMARY }));
    const result = await read(buildPdf(pages), { limits: { textChars: 300 } });
    expect(result.kind).toBe('text');
    if (result.kind !== 'text') return;
    expect(result.cut).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(300);
  });

  it('stops between pages once the reader moves on', async () => {
    let cancel = false;
    const result = await read(buildPdf([{ paragraphs: SUMMARY }, { paragraphs: SUMMARY }]), {
      onProgress: () => {
        cancel = true;
      },
      cancelled: () => cancel,
    });
    expect(result).toEqual({ kind: 'cancelled' });
  });
});
