// What a file from the reader's computer is (a PDF, plain text, or neither), its text when it is
// plain text, and the calm words for every way reading a file can fail. Pure.
import { EXPLAIN_LIMITS } from './explain-text';

export type FileKind = 'pdf' | 'text' | 'other';

/** The extensions and types the file picker offers. */
export const ACCEPTED_FILES = '.pdf,.txt,.text,.md,application/pdf,text/plain';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** PDF readers accept the header anywhere in the first kilobyte (some files start with junk). */
export function hasPdfHeader(head: Uint8Array): boolean {
  const end = Math.min(head.length, 1024) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    let k = 0;
    while (k < PDF_MAGIC.length && head[i + k] === PDF_MAGIC[k]) k++;
    if (k === PDF_MAGIC.length) return true;
  }
  return false;
}

/** What the name and type claim, before any byte is read. */
export function claimedKind(name: string, type: string): FileKind {
  const lower = name.toLowerCase();
  if (type === 'application/pdf' || lower.endsWith('.pdf')) return 'pdf';
  if (type === 'text/plain' || type === 'text/markdown' || /\.(?:txt|text|md)$/.test(lower)) return 'text';
  return 'other';
}

/**
 * Plain text from the file's bytes (UTF-8, or UTF-16 with its byte order mark), or null when the
 * bytes are not text: NUL bytes, or many characters that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8192).includes(0)) return null;
    text = new TextDecoder('utf-8').decode(bytes);
  }
  const sample = text.slice(0, 8192);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
  if (bad > 8 && bad > sample.length / 50) return null;
  return text;
}

export type FileProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'too-many-pages'; pages: number }
  | { kind: 'password' }
  | { kind: 'damaged' }
  | { kind: 'no-text' }
  | { kind: 'not-supported' }
  | { kind: 'not-text' }
  | { kind: 'empty' }
  | { kind: 'too-slow'; page: number | null }
  | { kind: 'failed' };

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** What went wrong, and what the reader can do instead, in plain words. */
export function problemMessage(p: FileProblem): { title: string; detail: string } {
  const paste = 'You can copy the words you need from it and paste them in the box above.';
  switch (p.kind) {
    case 'too-large':
      return {
        title: `This file is too big to open here (${megabytes(p.bytes)}).`,
        detail: `PainLens opens files of up to ${megabytes(EXPLAIN_LIMITS.fileBytes)}. ${paste}`,
      };
    case 'too-many-pages':
      return {
        title: `This PDF has ${p.pages} pages.`,
        detail: `PainLens opens PDFs of up to ${EXPLAIN_LIMITS.pdfPages} pages. ${paste}`,
      };
    case 'password':
      return {
        title: 'This PDF is locked with a password.',
        detail: `PainLens cannot open locked files. Open it in your PDF reader first. ${paste}`,
      };
    case 'damaged':
      return {
        title: 'This file could not be read as a PDF.',
        detail: 'It may be damaged, or only part of it was saved. Try saving or downloading it again.',
      };
    case 'no-text':
      return {
        title: 'This PDF has no text that PainLens can read.',
        detail:
          'It looks like a scan or a photo of pages. PainLens reads typed text only. If you can, ask for a copy with text, or type the words you want to know about in the box above.',
      };
    case 'not-supported':
      return {
        title: 'PainLens can open PDF files and plain text files.',
        detail: `For other files, open them in their own app first. ${paste}`,
      };
    case 'not-text':
      return {
        title: 'This file does not look like plain text.',
        detail: `Open it in its own app first. ${paste}`,
      };
    case 'empty':
      return { title: 'This file is empty.', detail: 'There is no text in it to explain.' };
    case 'too-slow':
      return {
        title: p.page === null ? 'This file took too long to open.' : `Page ${p.page} took too long to read.`,
        detail: `PainLens stopped, so the panel stays quick. ${paste}`,
      };
    case 'failed':
      return { title: 'This file could not be opened.', detail: paste };
  }
}
