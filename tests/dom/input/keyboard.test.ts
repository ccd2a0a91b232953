// The keyboard commands' targets and what a screen reader hears for them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyboardTarget, announcement } from '@/content/input/keyboard';
import { TermNavigator } from '@/content/input/term-navigator';
import { TermIndex } from '@/content/term-index';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { installStaticRange, mount, restoreGlobals } from '../support/dom-fakes';
import { scanBlock } from '../support/scan-block';

const matcher = compileGlossaryMatcher(glossary);
beforeEach(() => installStaticRange());
afterEach(() => {
  restoreGlobals();
  document.body.replaceChildren();
});

function indexOf(html: string): TermIndex {
  const index = new TermIndex();
  for (const p of mount(html).querySelectorAll('p')) index.replaceBlock(p, scanBlock(p, matcher).found);
  return index;
}

describe('keyboard commands', () => {
  it('steps through the painted terms and names the occurrence it shows', () => {
    const index = indexOf('<p>Ketamine for fibromyalgia.</p><p>Oral ketamine.</p>');
    const nav = new TermNavigator(document);
    const first = keyboardTarget({ type: 'step-term', direction: 1 }, index, nav, () => true);
    expect(first?.kind).toBe('step');
    expect(first?.found?.position).toBe(1);
    expect(first?.found?.total).toBe(4); // Ketamine, fibromyalgia, Oral (beside a term), ketamine
    const entry = { id: 'ketamine', name: 'Ketamine', short: 'A medicine.', source: null };
    // PainLens's own words only: the page's text (and whatever invisible characters it holds) is not read out.
    expect(announcement(first!, entry)).toBe('Term 1 of 4: Ketamine. A medicine.');
  });

  it('shows the next occurrence of one term, named after it; nothing for other messages', () => {
    const index = indexOf('<p>Ketamine for fibromyalgia.</p><p>Oral ketamine.</p>');
    const nav = new TermNavigator(document);
    const texts = new Map([['ketamine', { id: 'ketamine', name: 'Ketamine', short: 'A medicine.', source: null }]]);
    const t = keyboardTarget({ type: 'show-term', termId: 'ketamine' }, index, nav, () => true);
    expect(t?.kind).toBe('show');
    expect(t?.found?.total).toBe(2);
    expect(announcement(t!, texts.get('ketamine'))).toBe('Ketamine, occurrence 1 of 2. A medicine.');
    expect(keyboardTarget({ type: 'terms-found' } as never, index, nav, () => true)).toBeNull();
    expect(announcement({ found: null, kind: 'step' }, undefined)).toBe('');
  });
});
