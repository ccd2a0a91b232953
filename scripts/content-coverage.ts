// `npm run content:coverage`: the words a reader would likely stumble on, on real health pages, that no
// glossary entry explains. A report to find the glossary's gaps with a tool rather than by guessing;
// it is not a gate on a number (npm test runs it to prove it still works).
//
// Pages: the health pages of the shared corpus (../shared/corpus/pages, or PAINLENS_CORPUS) and the
// project's own health fixtures. Each block of text (paragraph, list item, heading, table cell) is read
// the way the content script reads it: the glossary's matcher with the medical-context rule per block.
// A word counts as unfamiliar when scripts/content-gates/unfamiliar-words.ts says so (New Dale-Chall
// list and the most frequent SUBTLEX words); it is explained when a glossary match covers it.
//
//   npm run content:coverage                 the table of unexplained words, most frequent first
//   npm run content:coverage -- --top 40     only the first 40 rows
//   npm run content:coverage -- --json       the figures as JSON (for the README's before/after)
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { glossary } from '../data/glossary';
import { compileGlossaryMatcher } from '../lib/glossary-matcher';
import { applyMedicalContext } from '../lib/term-matcher';
import { findUnfamiliarWords } from './content-gates/unfamiliar-words';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The corpus pages about health (the others are the non-medical precision pages). */
const CORPUS_HEALTH_PAGES = ['medicalnewstoday.html', 'webmd-1.html', 'webmd-2.html'];
/** The project's own health articles. */
const FIXTURE_HEALTH_PAGES = ['ketamine-article.html', 'health-chronic-pain-care.html', 'health-low-back-pain.html'];
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, blockquote';
const CHROME =
  'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], ' +
  '[role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden]';

export interface PageCoverage {
  page: string;
  /** Unfamiliar word occurrences on the page. */
  unfamiliar: number;
  /** Of those, inside a glossary match. */
  explained: number;
}

export interface CoverageReport {
  entries: number;
  pages: PageCoverage[];
  /** Unexplained words by base form, most frequent first. */
  unexplained: { word: string; count: number; pages: string[] }[];
}

export function blocksOf(html: string): string[] {
  const win = new Window();
  win.document.write(html);
  // The page's own chrome (menus, headers, footers, sidebars, forms) is not what a patient reads.
  for (const el of win.document.querySelectorAll(CHROME)) el.remove();
  const out: string[] = [];
  for (const el of win.document.querySelectorAll(BLOCKS)) {
    // Leaf blocks only: a list item holding paragraphs is read through its paragraphs.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  win.happyDOM.abort();
  win.close();
  return out;
}

export function measureCoverage(pages: { name: string; html: string }[]): CoverageReport {
  const matcher = compileGlossaryMatcher(glossary);
  const byWord = new Map<string, { count: number; pages: Set<string> }>();
  const perPage: PageCoverage[] = [];
  for (const { name, html } of pages) {
    let unfamiliar = 0;
    let explained = 0;
    for (const block of blocksOf(html)) {
      const matches = applyMedicalContext(matcher.findMatches(block));
      for (const w of findUnfamiliarWords(block)) {
        // Contractions (didn't, you've) are everyday words the lists do not hold.
        if (/['’]./.test(w.word)) continue;
        unfamiliar++;
        if (matches.some((m) => m.start <= w.start && w.end <= m.end)) {
          explained++;
          continue;
        }
        const key = w.word.toLowerCase().replace(/’/g, "'");
        const row = byWord.get(key) ?? { count: 0, pages: new Set<string>() };
        row.count++;
        row.pages.add(name);
        byWord.set(key, row);
      }
    }
    perPage.push({ page: name, unfamiliar, explained });
  }
  const unexplained = [...byWord]
    .map(([word, r]) => ({ word, count: r.count, pages: [...r.pages].sort() }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
  return { entries: glossary.length, pages: perPage, unexplained };
}

function readPages(): { name: string; html: string }[] {
  const corpus = path.resolve(process.env.PAINLENS_CORPUS ?? path.join(ROOT, '../shared/corpus'), 'pages');
  const out: { name: string; html: string }[] = [];
  for (const file of CORPUS_HEALTH_PAGES) {
    const p = path.join(corpus, file);
    if (fs.existsSync(p)) out.push({ name: `corpus/${file}`, html: fs.readFileSync(p, 'utf8') });
    else console.warn(`(corpus page ${p} not found: set PAINLENS_CORPUS to the folder that holds pages/)`);
  }
  for (const file of FIXTURE_HEALTH_PAGES) {
    out.push({ name: `fixture/${file}`, html: fs.readFileSync(path.join(ROOT, 'tests/fixtures/pages', file), 'utf8') });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 60;
  const report = measureCoverage(readPages());
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
  console.log(`Glossary: ${report.entries} entries.\n`);
  console.log(`${'page'.padEnd(44)}${'unfamiliar'.padStart(11)}${'explained'.padStart(11)}`);
  let u = 0;
  let e = 0;
  for (const p of report.pages) {
    u += p.unfamiliar;
    e += p.explained;
    console.log(
      `${p.page.padEnd(44)}${String(p.unfamiliar).padStart(11)}${pct(p.explained, p.unfamiliar).padStart(11)}`,
    );
  }
  console.log(`${'all pages'.padEnd(44)}${String(u).padStart(11)}${pct(e, u).padStart(11)}\n`);
  console.log(`Unexplained unfamiliar words (${report.unexplained.length} distinct), most frequent first:`);
  for (const row of report.unexplained.slice(0, top)) {
    console.log(`${String(row.count).padStart(5)}  ${row.word.padEnd(24)}${row.pages.join(', ')}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
