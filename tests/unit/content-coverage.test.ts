// The coverage report counts what a reader would stumble on, read as the content script reads it.
import { describe, expect, it } from 'vitest';
import { blocksOf, measureCoverage } from '@/scripts/content-coverage';

const PAGE = `<html><body>
<nav><a href="/">Cardiomyopathy news</a></nav>
<main><h1>Living with fibromyalgia</h1>
<p>Fibromyalgia often comes with allodynia. Some readers also meet xerostomia, and didn't know it.</p>
<ul><li><p>Ask about duloxetine.</p></li></ul></main>
<footer>Thrombocytopenia newsletter</footer></body></html>`;

describe('content coverage', () => {
  it('reads leaf blocks and leaves out the page chrome', () => {
    const blocks = blocksOf(PAGE);
    expect(blocks).toContain('Living with fibromyalgia');
    expect(blocks).toContain('Ask about duloxetine.');
    expect(blocks.join(' ')).not.toMatch(/Cardiomyopathy|Thrombocytopenia/);
  });

  it('counts unfamiliar words, explained when a glossary match covers them', () => {
    const report = measureCoverage([{ name: 'p', html: PAGE }]);
    const page = report.pages[0]!;
    expect(page.unfamiliar).toBeGreaterThanOrEqual(3);
    expect(page.explained).toBeGreaterThanOrEqual(2); // fibromyalgia (twice at least), duloxetine
    const words = report.unexplained.map((u) => u.word);
    expect(words).toContain('xerostomia');
    expect(words).not.toContain("didn't");
    expect(words).not.toContain('fibromyalgia');
  });
});
