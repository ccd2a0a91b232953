// Which touches explain a term: the rules of content/input/taps.ts, on happy-dom.
import { describe, expect, it } from 'vitest';
import { isInteractive } from '@/content/input/taps';

const el = (html: string, pick: string) => {
  document.body.innerHTML = html;
  return document.querySelector(pick)!;
};

describe('taps on interactive elements', () => {
  it.each([
    ['<a href="/x"><span id="t">CRPS</span></a>', '#t'],
    ['<button><b id="t">ketamine</b></button>', '#t'],
    ['<label><span id="t">pain</span><input></label>', '#t'],
    ['<details><summary id="t">Opioids</summary></details>', '#t'],
    ['<div contenteditable="true"><p id="t">nerve block</p></div>', '#t'],
    ['<div role="button"><span id="t">infusion</span></div>', '#t'],
    ['<textarea id="t"></textarea>', '#t'],
  ])('%s is the page’s own (a plain tap does what the page made it for)', (html, pick) => {
    expect(isInteractive(el(html, pick))).toBe(true);
  });

  it.each([
    ['<p><span id="t">CRPS</span></p>', '#t'],
    ['<a name="anchor"><span id="t">CRPS</span></a>', '#t'],
    ['<div contenteditable="false"><p id="t">x</p></div>', '#t'],
  ])('%s is plain text: a tap explains', (html, pick) => {
    expect(isInteractive(el(html, pick))).toBe(false);
  });

  it('has nothing to say about no element', () => {
    expect(isInteractive(null)).toBe(false);
  });
});
