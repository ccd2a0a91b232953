// A PDF's text, page by page, with pdf.js. pdf.js parses in its own worker, a file of the extension
// (the `?url` import makes the build copy it there, unchanged), so the panel stays responsive and no
// code is fetched or evaluated. The library itself is imported only when a PDF is opened: the
// panel's first render does not load it, and the content script never does.
import type * as PdfJs from 'pdfjs-dist';
// oxlint-disable-next-line import/default -- Vite's `?url` import: the file's URL in the build
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { EXPLAIN_LIMITS, limitText } from '@/lib/explain-text';
import type { FileProblem } from '@/lib/file-kind';
import { pageText } from '@/lib/pdf-text-layout';

export interface PdfEngine {
  load(): Promise<typeof PdfJs>;
  /** A worker running pdf.js's worker script; null lets pdf.js run in this thread (Node tests only). */
  startWorker(): Worker | null;
}

export const browserPdfEngine: PdfEngine = {
  load: () => import('pdfjs-dist'),
  startWorker: () => new Worker(workerUrl, { type: 'module' }),
};

export type PdfReadResult =
  | { kind: 'text'; text: string; pages: number; emptyPages: number; cut: boolean }
  | { kind: 'problem'; problem: FileProblem }
  | { kind: 'cancelled' };

export interface PdfReadOptions {
  /** After each page: pages read so far, and how many there are. */
  onProgress?: (page: number, pages: number) => void;
  /** True once the reader has moved on: reading stops after the page under way. */
  cancelled?: () => boolean;
  engine?: PdfEngine;
  limits?: Partial<Record<'pdfPages' | 'textChars' | 'pageTimeoutMs' | 'openTimeoutMs', number>>;
}

class Stop extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.kind);
  }
}

function within<T>(work: Promise<T>, ms: number, problem: FileProblem, failed: Promise<never>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stop(problem)), ms);
  });
  return Promise.race([work, late, failed]).finally(() => clearTimeout(timer));
}

/** pdf.js's errors, by name (its classes are not exported from every build alike). */
function problemOf(error: unknown): FileProblem {
  if (error instanceof Stop) return error.problem;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return { kind: 'password' };
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return { kind: 'damaged' };
  }
  return { kind: 'failed' };
}

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

export async function readPdfText(data: Uint8Array, options: PdfReadOptions = {}): Promise<PdfReadResult> {
  const { onProgress, cancelled = () => false, engine = browserPdfEngine } = options;
  const limits = { ...EXPLAIN_LIMITS, ...options.limits };
  let worker: Worker | null = null;
  let task: PdfJs.PDFDocumentLoadingTask | null = null;
  try {
    const pdfjs = await engine.load();
    worker = engine.startWorker();
    // A worker that cannot start (or dies) fails the reading instead of leaving it waiting.
    const failed = new Promise<never>((_, reject) => {
      worker?.addEventListener('error', () => reject(new Stop({ kind: 'failed' })));
    });
    failed.catch(() => {});
    task = pdfjs.getDocument({
      data,
      // pdf.js's types say `port: null`, its code takes a Worker (the `workerPort` option).
      worker: worker ? new pdfjs.PDFWorker({ port: worker as never }) : undefined,
      // Text only: nothing is drawn, so no fonts, images, canvases, WebAssembly or renderer worker.
      disableFontFace: true,
      useSystemFonts: false,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      disableWorkerRendering: true,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await within(task.promise, limits.openTimeoutMs, { kind: 'too-slow', page: null }, failed);
    const pages = doc.numPages;
    if (pages > limits.pdfPages) return { kind: 'problem', problem: { kind: 'too-many-pages', pages } };
    const texts: string[] = [];
    let length = 0;
    let emptyPages = 0;
    let cut = false;
    for (let n = 1; n <= pages; n++) {
      if (cancelled()) return { kind: 'cancelled' };
      const read = async () => {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        page.cleanup();
        return pageText(content.items);
      };
      const text = await within(read(), limits.pageTimeoutMs, { kind: 'too-slow', page: n }, failed);
      if (hasWords(text)) {
        texts.push(text);
        length += text.length + 2;
      } else emptyPages++;
      onProgress?.(n, pages);
      if (length > limits.textChars) {
        cut = true;
        break;
      }
    }
    if (texts.length === 0) return { kind: 'problem', problem: { kind: 'no-text' } };
    const limited = limitText(texts.join('\n\n'), limits.textChars);
    return { kind: 'text', text: limited.text, pages, emptyPages, cut: cut || limited.cut };
  } catch (error) {
    if (cancelled()) return { kind: 'cancelled' };
    return { kind: 'problem', problem: problemOf(error) };
  } finally {
    // Frees the document and stops the worker, also after a timeout (a stuck page stops with it).
    void task?.destroy().catch(() => {});
    worker?.terminate();
  }
}
