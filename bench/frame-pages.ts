// Pages for the per-frame targets (issue 14): a non-medical article with cross-origin ad frames, a
// page of frames with nothing to explain, 500 frames each with a term, and one 2 MB unwrapped line
// with 10,000 marks. Fixed seeds: the same bytes on every machine.
import { TextMaker } from './pages';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A 1×1 GIF, drawn larger: an ad's images without a request. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** A news-style article with no glossary term: 60 paragraphs, and `frames` ad slots from `adOrigin`. */
export function makeArticlePage(adOrigin: string | null, frames: number): string {
  const t = new TextMaker(424242, [], 0);
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PainLens bench: article with ad frames</title>',
    '<style>body{font:17px/1.6 serif;max-width:44em;margin:auto}iframe{border:0;display:block;margin:1em 0}</style></head><body>',
    `<header><h1>${esc(t.words(8))}</h1><p><i>${esc(t.words(12))}</i></p></header><article>`,
  ];
  let slot = 0;
  for (let p = 0; p < 60; p++) {
    parts.push(`<p>${esc(t.words(t.int(40, 90)))}</p>`);
    if (adOrigin && slot < frames && p % 3 === 2) {
      parts.push(
        `<iframe src="${adOrigin}/dyn/ad-${slot}.html" width="300" height="250" title="advertisement"></iframe>`,
      );
      slot++;
    }
  }
  if (adOrigin)
    for (; slot < frames; slot++) {
      parts.push(
        `<iframe src="${adOrigin}/dyn/ad-${slot}.html" width="300" height="250" title="advertisement"></iframe>`,
      );
    }
  parts.push('</article></body></html>');
  return parts.join('\n');
}

/** One ad: a few images and a short line of non-medical words. */
export function makeAdFrame(i: number): string {
  const t = new TextMaker(1000 + i, [], 0);
  const images = Array.from({ length: 4 }, () => `<img src="${PIXEL}" width="140" height="100" alt="">`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>ad</title></head><body style="margin:0">${images}<a href="#">${esc(t.words(6))}</a></body></html>`;
}

/** A page of `n` same-origin frames from `frameUrl(i)`, and a short heading: the frames are the point. */
export function makeFramesPage(frameSrc: (i: number) => string, n: number, size = { w: 300, h: 250 }): string {
  const frames = Array.from(
    { length: n },
    (_, i) => `<iframe src="${frameSrc(i)}" width="${size.w}" height="${size.h}" title="frame ${i}"></iframe>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PainLens bench: ${n} frames</title></head><body><h1>Frames</h1>${frames.join('')}</body></html>`;
}

/** `n` srcdoc frames, each a short paragraph with one term (the security review's test 6a). */
export function makeManyTermFramesPage(n: number): string {
  const frames = Array.from({ length: n }, (_, i) => {
    const doc = `<p>Frame ${i}: living with fibromyalgia, day by day.</p>`;
    return `<iframe srcdoc="${doc.replace(/"/g, '&quot;')}" width="160" height="60" title="frame ${i}"></iframe>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PainLens bench: ${n} frames with a term</title></head><body>${frames.join('')}</body></html>`;
}

/**
 * One unwrapped line (`white-space: pre`) of about `bytes` characters with `marks` terms spread
 * evenly (the security review's test 6b: painting one huge line of ranges is what froze the tab).
 */
export function makeLongLinePage(bytes: number, marks: number): string {
  const t = new TextMaker(99, [], 0);
  const terms = ['ketamine', 'fibromyalgia', 'neuropathy', 'migraine', 'chronic pain'];
  const per = Math.floor(bytes / marks);
  const parts: string[] = [];
  for (let i = 0; i < marks; i++) {
    let filler = '';
    while (filler.length < per - 20) filler += `${t.words(8)} `;
    parts.push(`${filler.slice(0, per - 16)} ${terms[i % terms.length]} `);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PainLens bench: one long line</title></head><body><pre style="white-space:pre">${esc(parts.join(''))}</pre></body></html>`;
}
