// A tiny PDF writer for the tests: real PDF files made at test time, so none is committed and each
// test says what is in its file. Pages of text (Helvetica, a standard font every reader knows),
// pages that are only a picture (like a scan), password protection (the standard security handler,
// revision 2: RC4 with a 40-bit key) and compressed streams. Offsets and the cross-reference table
// are exact, so pdf.js reads the files without repairing them.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

export type PdfPage =
  /** Paragraphs of text; each paragraph is a list of lines. */
  | { paragraphs: string[][] }
  /** A grey picture filling most of the page, and no text at all. */
  | { picture: true };

export interface PdfOptions {
  /** Protects the file with this password (it cannot be opened without it). */
  password?: string;
  /** Compresses the page streams (FlateDecode), as most real files are. */
  compress?: boolean;
}

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => crypto.createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);

/** Escapes a line for a PDF string literal; the tests write ASCII only. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, '\\$&')})`;
}

function pageContent(page: PdfPage): Buffer {
  if ('picture' in page) return Buffer.from('q 460 0 0 640 76 76 cm /Im1 Do Q\n', 'latin1');
  const ops = ['BT', '/F1 11 Tf', '14 TL', '72 720 Td'];
  page.paragraphs.forEach((lines, i) => {
    if (i > 0) ops.push('T*'); // an empty line between paragraphs
    for (const line of lines) ops.push(`${pdfString(line)} Tj`, 'T*');
  });
  ops.push('ET');
  return Buffer.from(`${ops.join('\n')}\n`, 'latin1');
}

/** Builds a PDF file from its pages. */
export function buildPdf(pages: readonly PdfPage[], options: PdfOptions = {}): Buffer {
  // Objects: 1 catalog, 2 page tree, 3 font, 4 picture, then a page and its content per page.
  const objects: (string | { dict: string; stream: Buffer })[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const grey = Buffer.alloc(16 * 16, 0xa0);
  objects[4] = {
    dict: '/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8',
    stream: grey,
  };
  pages.forEach((page, i) => {
    const id = pageIds[i]!;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ` +
      `/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    const content = pageContent(page);
    objects[id + 1] = options.compress
      ? { dict: '/Filter /FlateDecode', stream: zlib.deflateSync(content) }
      : { dict: '', stream: content };
  });

  const fileId = crypto.createHash('md5').update(JSON.stringify(pages)).digest();
  let encryptId: number | null = null;
  let fileKey: Buffer | null = null;
  if (options.password !== undefined) {
    const permissions = -4; // every permission bit set but the two low reserved ones
    const owner = rc4(md5(padded(`${options.password}-owner`)).subarray(0, 5), padded(options.password));
    const p = Buffer.alloc(4);
    p.writeInt32LE(permissions);
    fileKey = md5(padded(options.password), owner, p, fileId).subarray(0, 5);
    const user = rc4(fileKey, PASSWORD_PAD);
    encryptId = objects.length;
    objects[encryptId] =
      `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`;
  }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  const write = (b: Buffer) => {
    chunks.push(b);
    offset += b.length;
  };
  for (let id = 1; id < objects.length; id++) {
    const obj = objects[id]!;
    offsets[id] = offset;
    if (typeof obj === 'string') {
      write(Buffer.from(`${id} 0 obj\n${obj}\nendobj\n`, 'latin1'));
      continue;
    }
    let stream = obj.stream;
    if (fileKey && id !== encryptId) {
      const objectKey = md5(fileKey, Buffer.from([id & 255, (id >> 8) & 255, (id >> 16) & 255, 0, 0])).subarray(0, 10);
      stream = rc4(objectKey, stream);
    }
    write(Buffer.from(`${id} 0 obj\n<< ${obj.dict} /Length ${stream.length} >>\nstream\n`, 'latin1'));
    write(stream);
    write(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
  const xref = offset;
  const rows = ['0000000000 65535 f \n'];
  for (let id = 1; id < objects.length; id++) rows.push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  const id = fileId.toString('hex');
  const trailer =
    `<< /Size ${objects.length} /Root 1 0 R /ID [<${id}> <${id}>]` +
    `${encryptId !== null ? ` /Encrypt ${encryptId} 0 R` : ''} >>`;
  write(Buffer.from(`xref\n0 ${objects.length}\n${rows.join('')}trailer\n${trailer}\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** A file that starts like a PDF and is not one: the header, then bytes in no PDF structure. */
export function corruptPdf(): Buffer {
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) & 255;
  return Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), noise]);
}

/** Lines of about 70 characters from a paragraph's words, as a word processor would set them. */
export function wrapLines(text: string, width = 70): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
