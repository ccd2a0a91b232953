// What a reader's file is, and the words for every way reading it can fail.
import { describe, expect, it } from 'vitest';
import { EXPLAIN_LIMITS } from '@/lib/explain-text';
import { claimedKind, decodeText, hasPdfHeader, problemMessage, type FileProblem } from '@/lib/file-kind';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('file kinds', () => {
  it('finds the PDF header at the start or after junk within the first kilobyte, not later', () => {
    expect(hasPdfHeader(bytes('%PDF-1.7\n'))).toBe(true);
    expect(hasPdfHeader(bytes(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(hasPdfHeader(bytes(`${' '.repeat(1100)}%PDF-1.4`))).toBe(false);
    expect(hasPdfHeader(bytes('%PDF'))).toBe(false);
  });

  it('reads the claim from the type or the name', () => {
    expect(claimedKind('Summary.PDF', '')).toBe('pdf');
    expect(claimedKind('x', 'application/pdf')).toBe('pdf');
    expect(claimedKind('notes.md', '')).toBe('text');
    expect(claimedKind('letter.docx', 'application/vnd.openxmlformats')).toBe('other');
  });
});

describe('decoding text files', () => {
  it('reads UTF-8 and UTF-16 with either byte order mark', () => {
    expect(decodeText(bytes('Gabapentin 300 mg'))).toBe('Gabapentin 300 mg');
    const le = new Uint8Array([0xff, 0xfe, ...[...'CRPS'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'CRPS'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeText(le)).toBe('CRPS');
    expect(decodeText(be)).toBe('CRPS');
  });

  it('refuses binary files: NUL bytes, or many invalid UTF-8 sequences', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeNull();
    const junk = new Uint8Array(2000).map((_, i) => 0x80 + (i % 64));
    expect(decodeText(junk)).toBeNull();
  });

  it('keeps a text with a few bad characters (one damaged byte is not a binary file)', () => {
    const text = new Uint8Array([...bytes('Nerve block on Monday. '), 0xff, ...bytes(' Bring your list.')]);
    expect(decodeText(text)).toContain('Bring your list.');
  });
});

describe('problem messages', () => {
  const all: FileProblem[] = [
    { kind: 'too-large', bytes: 31 * 1024 * 1024 },
    { kind: 'too-many-pages', pages: 480 },
    { kind: 'password' },
    { kind: 'damaged' },
    { kind: 'no-text' },
    { kind: 'not-supported' },
    { kind: 'not-text' },
    { kind: 'empty' },
    { kind: 'too-slow', page: 12 },
    { kind: 'too-slow', page: null },
    { kind: 'failed' },
  ];

  it.each(all.map((p) => [p.kind, p] as const))('%s has a title and a next step in plain words', (_, problem) => {
    const { title, detail } = problemMessage(problem);
    expect(title.length).toBeGreaterThan(10);
    expect(detail.length).toBeGreaterThan(10);
    expect(`${title} ${detail}`).not.toMatch(/error|exception|invalid|undefined|null|NaN/i);
  });

  it('states the real limits and the file’s own figures', () => {
    const large = problemMessage({ kind: 'too-large', bytes: 31 * 1024 * 1024 });
    expect(large.title).toContain('31 MB');
    expect(large.detail).toContain(`${EXPLAIN_LIMITS.fileBytes / (1024 * 1024)} MB`);
    expect(problemMessage({ kind: 'too-many-pages', pages: 480 }).detail).toContain(String(EXPLAIN_LIMITS.pdfPages));
    expect(problemMessage({ kind: 'too-slow', page: 12 }).title).toContain('Page 12');
  });
});
