// Pages too big to keep as files, generated for server.setPage. Each says how many marks to expect.

const FILLER = [
  'the river runs past old stone walls and quiet fields near the town',
  'a long table of numbers follows, with dates and places and names',
  'they walked along the harbour while the boats came back at dusk',
  'every market day the square fills with carts, music and voices',
];
const TERMS = ['ketamine', 'fibromyalgia', 'neuropathy', 'migraine', 'chronic pain'];

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export interface GeneratedPage {
  html: string;
  /** Characters of text in the body. */
  chars: number;
  textNodes: number;
  /** Marks PainLens must paint. */
  expected: number;
}

/**
 * About `paragraphs` × 100 characters of text in sections of 10 paragraphs, one text node each;
 * every `termEvery`-th paragraph holds one term.
 */
export function hugePage(paragraphs = 50_000, termEvery = 5): GeneratedPage {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body>',
  ];
  let chars = 0;
  let expected = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 10 === 0) parts.push(i ? '</section><section>' : '<section>');
    let text = `${i}: ${FILLER[i % FILLER.length]}, ${FILLER[(i + 1) % FILLER.length]}`;
    if (i % termEvery === 0) {
      text = `${i}: ${FILLER[i % FILLER.length]}, then ${TERMS[(i / termEvery) % TERMS.length]} once more`;
      expected++;
    }
    text = text.padEnd(100, '.');
    chars += text.length;
    parts.push(`<p>${escapeText(text)}</p>`);
  }
  parts.push('</section></body></html>');
  return { html: parts.join(''), chars, textNodes: paragraphs, expected };
}

/**
 * One block whose text is a single run of `spans` inline elements (a log view, a long <pre>-like
 * paragraph): PainLens cannot split it at block boundaries, so it must split the work itself.
 */
export function giantBlockPage(spans = 10_000, termEvery = 10): GeneratedPage {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One giant block</title></head><body><div id="giant">',
  ];
  let chars = 0;
  let expected = 0;
  for (let i = 0; i < spans; i++) {
    let text = `${i} ${FILLER[i % FILLER.length]} `;
    if (i % termEvery === 0) {
      text = `${i} ${TERMS[(i / termEvery) % TERMS.length]} ${FILLER[i % FILLER.length]} `;
      expected++;
    }
    text = text.padEnd(100, ' ');
    chars += text.length;
    parts.push(`<span>${escapeText(text)}</span>`);
  }
  parts.push('</div></body></html>');
  return { html: parts.join(''), chars, textNodes: spans, expected };
}
