// Pages for `npm run bench`: which files to load, and the generated pages (a large article, and the
// dynamic/static pair). Generated with a fixed seed, so every run and every machine gets the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import type { MatcherForm } from '../lib/term-matcher';

export interface PageFile {
  /** Short name shown in the table, e.g. "corpus/wikipedia-2". */
  name: string;
  source: 'fixture' | 'corpus' | 'generated';
  dir: string;
  file: string;
  bytes: number;
}

/** Pages this large (HTML bytes) count as "large" for the scan and mark.js targets. */
export const LARGE_PAGE_BYTES = 500_000;

export function listHtml(dir: string, source: PageFile['source'], prefix: string): PageFile[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`No such directory: ${dir}`);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({
      name: `${prefix}/${file.replace(/\.html$/, '')}`,
      source,
      dir,
      file,
      bytes: fs.statSync(path.join(dir, file)).size,
    }));
}

/**
 * The project's fixtures that are reading pages. The others are test scenarios (mutation storms,
 * re-rendering apps, pages that overwrite the DOM APIs, iframes, editors): they measure themselves,
 * not PainLens, and some break any code injected into them on purpose.
 */
export const BENCH_FIXTURES = ['ketamine-article', 'precision', 'mentions', 'markup-text', 'rtl', 'ext-clinic'];
/** `--quick`: one page is enough to prove every measurement still works. */
export const QUICK_FIXTURES = ['ketamine-article'];

// ---- deterministic text ---------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for it as was with be by on not he I this are or his from at which but have an ' +
  'they you were their one all we can her has there been if more when will would who so no other into time ' +
  'people new two years after most also first work state city country government island region river north ' +
  'south west east between during through under later early history century population war national ' +
  'several public school university church early small large major local area part place team club season ' +
  'record album music film series company market production system report study family life world day ' +
  'water land sea coast mountain forest wine sheep farm export trade economy parliament election minister ' +
  'treaty settlers colony province district council museum library stadium railway harbour bridge village'
).split(' ');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class TextMaker {
  private readonly rand: () => number;
  constructor(
    seed: number,
    private readonly forms: readonly MatcherForm[],
    private readonly termRate: number,
  ) {
    this.rand = mulberry32(seed);
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  words(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      if (this.forms.length && this.chance(this.termRate)) out.push(this.pick(this.forms).text);
      else out.push(this.pick(WORDS));
      if (this.chance(0.08)) out[out.length - 1] += this.pick([',', '.', ';', ':']);
    }
    return out.join(' ');
  }
}

// ---- the large page -----------------------------------------------------------------------------

/**
 * A long encyclopedia-style article with inline markup in paragraphs, lists, tables and a link-heavy
 * nav: about 520 kB of HTML and 11,000 text nodes. Unlike the corpus's Wikipedia page (one term),
 * glossary terms come at about 1 word in 60 (about 1,100 painted), which loads the index and painter.
 */
export function makeLargePage(forms: readonly MatcherForm[]): string {
  const t = new TextMaker(20261126, forms, 1 / 60);
  const parts: string[] = [
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>PainLens bench: large generated page</title>\n',
    '<style>body{font:16px/1.5 sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse}td{border:1px solid #ccc}</style>\n',
    '</head>\n<body>\n<nav>\n<ul>\n',
  ];
  for (let i = 0; i < 400; i++) parts.push(`<li><a href="#s${i % 130}">${esc(t.words(t.int(1, 3)))}</a></li>\n`);
  parts.push('</ul>\n</nav>\n<main>\n<h1>A long generated article</h1>\n');
  for (let s = 0; s < 130; s++) {
    parts.push(`<section id="s${s}">\n<h2>${esc(t.words(t.int(2, 5)))}</h2>\n`);
    for (let p = 0; p < 7; p++) {
      let html = '';
      const pieces = t.int(3, 7);
      for (let k = 0; k < pieces; k++) {
        const text = esc(t.words(t.int(6, 22)));
        const tag = t.chance(0.55) ? t.pick(['a', 'b', 'i', 'span', 'sup']) : '';
        html +=
          tag === 'a' ? `<a href="#s${t.int(0, 129)}">${text}</a> ` : tag ? `<${tag}>${text}</${tag}> ` : `${text} `;
      }
      parts.push(`<p>${html.trim()}</p>\n`);
    }
    parts.push('<ul>\n');
    for (let k = 0; k < 6; k++) parts.push(`<li><a href="#s${t.int(0, 129)}">${esc(t.words(t.int(2, 6)))}</a></li>\n`);
    parts.push('</ul>\n');
    if (s % 2 === 0) {
      parts.push('<table>\n');
      for (let r = 0; r < 6; r++) {
        parts.push('<tr>');
        for (let c = 0; c < 4; c++) parts.push(`<td>${esc(t.words(t.int(1, 4)))}</td>`);
        parts.push('</tr>\n');
      }
      parts.push('</table>\n');
    }
    parts.push('</section>\n');
  }
  parts.push('</main>\n</body>\n</html>\n');
  return parts.join('');
}

// ---- the dynamic page and its static twin ---------------------------------------------------------

export interface DynamicSpec {
  paragraphs: number;
  batches: number;
  /** Pause between batches, ms: long enough for the page to be idle in between, as in a live feed. */
  intervalMs: number;
}

export const DYNAMIC: DynamicSpec = { paragraphs: 1000, batches: 100, intervalMs: 30 };

type Segment = [tag: '' | 'a' | 'b' | 'em', text: string];

function feedParagraphs(forms: readonly MatcherForm[], n: number): Segment[][] {
  const t = new TextMaker(7, forms, 1 / 25);
  const out: Segment[][] = [];
  for (let i = 0; i < n; i++) {
    const p: Segment[] = [];
    const pieces = t.int(2, 5);
    for (let k = 0; k < pieces; k++)
      p.push([t.chance(0.4) ? t.pick(['a', 'b', 'em'] as const) : '', t.words(t.int(5, 14))]);
    out.push(p);
  }
  return out;
}

function renderParagraph(p: Segment[]): string {
  return `<p>${p.map(([tag, text]) => (tag ? `<${tag}>${esc(text)}</${tag}>` : esc(text))).join(' ')}</p>`;
}

/**
 * The feed page. Static: all paragraphs in the HTML. Dynamic: none; `__appendAll()` appends them in
 * batches with DOM calls (the same elements and text nodes as the static page).
 */
export function makeFeedPage(forms: readonly MatcherForm[], spec: DynamicSpec, mode: 'static' | 'dynamic'): string {
  const data = feedParagraphs(forms, spec.paragraphs);
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const body = mode === 'static' ? data.map(renderParagraph).join('') : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>PainLens bench: ${mode} feed</title></head>
<body>
<h1>Live health news feed</h1>
<main id="feed">${body}</main>
<script>
const FEED = ${json};
window.__appendAll = (batches, intervalMs) => new Promise((resolve) => {
  const feed = document.getElementById('feed');
  const per = Math.ceil(FEED.length / batches);
  let next = 0;
  const start = performance.now();
  const tick = () => {
    for (const segments of FEED.slice(next, next + per)) {
      // The same text nodes as the static HTML: text and the spaces around tags merged.
      const p = document.createElement('p');
      let pending = '';
      segments.forEach(([tag, text], i) => {
        pending += i ? ' ' : '';
        if (!tag) { pending += text; return; }
        if (pending) p.append(pending);
        pending = '';
        const el = document.createElement(tag);
        el.textContent = text;
        p.append(el);
      });
      if (pending) p.append(pending);
      feed.append(p);
    }
    next += per;
    if (next < FEED.length) setTimeout(tick, intervalMs);
    else resolve({ start, end: performance.now() });
  };
  tick();
});
</script>
</body>
</html>
`;
}
