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
    const first = keyboardTarget({ type: 'step-term', direction: 1 }, index, nav, () => true, null);
    expect(first?.label).toBe('Term');
    expect(first?.found?.position).toBe(1);
    expect(first?.found?.total).toBe(4); // Ketamine, fibromyalgia, Oral (beside a term), ketamine
    const entry = { id: 'ketamine', name: 'Ketamine', short: 'A medicine.', source: null };
    expect(announcement(first!, '  Ketamine\n ', entry)).toBe('Term 1 of 4: Ketamine. Ketamine: A medicine.');
  });

  it('shows the next occurrence of one term, named after it; nothing for other messages', () => {
    const index = indexOf('<p>Ketamine for fibromyalgia.</p><p>Oral ketamine.</p>');
    const nav = new TermNavigator(document);
    const texts = new Map([['ketamine', { id: 'ketamine', name: 'Ketamine', short: 'A medicine.', source: null }]]);
    const t = keyboardTarget({ type: 'show-term', termId: 'ketamine' }, index, nav, () => true, texts);
    expect(t?.label).toBe('Ketamine, occurrence');
    expect(t?.found?.total).toBe(2);
    expect(keyboardTarget({ type: 'terms-found' } as never, index, nav, () => true, texts)).toBeNull();
    expect(announcement({ found: null, label: 'Term' }, '', undefined)).toBe('');
  });
});
