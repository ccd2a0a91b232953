// A PDF page's text items (as pdf.js's getTextContent gives them) put back into lines and paragraphs.
// Pure: the items are plain data.
//
// A PDF has no paragraphs, only pieces of text placed on the page. Lines end where pdf.js says so
// (hasEOL) or where the text moves to another baseline; a paragraph ends where the gap to the next
// line is clearly wider than the page's usual line spacing. The lines of a paragraph are joined with
// spaces, so the text reflows in the narrow side panel.

/** The part of a pdf.js TextItem this needs. transform[5] is the baseline's y (upwards). */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: readonly number[];
  height?: number;
}

interface Line {
  text: string;
  y: number | null;
  height: number;
}

/** A gap this many times the usual line spacing, or more, starts a new paragraph. */
const PARAGRAPH_GAP = 1.45;

export function pageText(items: readonly unknown[]): string {
  const lines = collectLines(items);
  const paragraphs: string[][] = [];
  const spacing = usualSpacing(lines);
  let current: string[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    if (prev && current.length && startsParagraph(prev, line, spacing)) {
      paragraphs.push(current);
      current = [];
    }
    if (line.text) current.push(line.text);
    prev = line;
  }
  if (current.length) paragraphs.push(current);
  return paragraphs
    .map(joinLines)
    .filter((p) => p)
    .join('\n\n');
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string';
}

function collectLines(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | null = null;
  let height = 0;
  const end = () => {
    lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, height });
    text = '';
    y = null;
    height = 0;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue; // marked-content boundaries
    const itemY = baseline(item);
    // Another baseline without an end-of-line mark: a new line (some PDFs never set hasEOL). Words
    // on one line sit within a fraction of its height of each other.
    if (text && y !== null && itemY !== null && Math.abs(itemY - y) > Math.max(1, height * 0.5)) end();
    if (item.str) {
      text += item.str;
      if (y === null) y = itemY;
      height = Math.max(height, item.height ?? 0);
    }
    if (item.hasEOL) end();
  }
  if (text) end();
  return lines;
}

function baseline(item: PdfTextItem): number | null {
  const y = item.transform?.[5];
  return typeof y === 'number' && Number.isFinite(y) ? y : null;
}

/** The most common distance between consecutive baselines, or null when there is none to measure. */
function usualSpacing(lines: readonly Line[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!.y;
    const b = lines[i]!.y;
    if (a !== null && b !== null && lines[i - 1]!.text && lines[i]!.text) {
      const gap = a - b;
      if (gap > 0) gaps.push(gap);
    }
  }
  if (!gaps.length) return null;
  gaps.sort((x, y) => x - y);
  // The lower median: with a heading and a two-line paragraph (gaps [line, paragraph]) the upper one
  // would be the paragraph gap, and the heading would run into the paragraph.
  return gaps[(gaps.length - 1) >> 1]!;
}

function startsParagraph(prev: Line, line: Line, spacing: number | null): boolean {
  if (!line.text) return true; // an empty line
  if (prev.y === null || line.y === null) return false;
  const gap = prev.y - line.y;
  // Moving up the page: a new column or a text box elsewhere.
  if (gap < 0) return true;
  const usual = spacing ?? Math.max(prev.height, line.height) * 1.2;
  return usual > 0 && gap > usual * PARAGRAPH_GAP;
}

/** Lines joined by spaces; a line that ends in a hyphen after a letter runs on into the next. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/\p{L}-$/u.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out;
}
