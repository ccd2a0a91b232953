import { afterEach, describe, expect, it } from 'vitest';
import type { BlockKey } from '@/content/dom/dom-rules';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { mount, snapshotDom, termText } from '../support/dom-fakes';
import { scanBlock } from '../support/scan-block';

const matcher = compileGlossaryMatcher(glossary);

afterEach(() => {
  document.body.replaceChildren();
});

/** Scans one block and checks that the scan left the DOM exactly as it was. */
function scan(block: BlockKey) {
  const before = snapshotDom(document.body);
  const result = scanBlock(block, matcher);
  const after = snapshotDom(document.body);
  expect(after.html).toBe(before.html);
  expect(after.nodes).toEqual(before.nodes);
  return result;
}

function found(block: BlockKey): [string, string][] {
  return scan(block).found.map((f) => [termText(f), f.termId]);
}

describe('scanBlock', () => {
  it('joins text across inline tags: "complex <b>regional</b> pain syndrome" is one match', () => {
    const box = mount('<p>Living with complex <b>regional</b> pain syndrome today.</p>');
    const p = box.querySelector('p')!;
    const [first, bold, last] = [p.firstChild as Text, p.querySelector('b')!.firstChild as Text, p.lastChild as Text];
    const result = scan(p);
    expect(result.found).toHaveLength(1);
    const m = result.found[0]!;
    expect(m.termId).toBe('complex-regional-pain-syndrome');
    expect(m.startNode).toBe(first);
    expect(m.startOffset).toBe('Living with '.length);
    expect(m.endNode).toBe(last);
    expect(m.endOffset).toBe(' pain syndrome'.length);
    expect(m.nodes).toEqual([first, bold, last]);
    expect(result.textNodes).toBe(3);
    expect(result.chars).toBe('Living with complex regional pain syndrome today.'.length);
  });

  it('joins across nested inline tags and a word split between two tags', () => {
    const box = mount('<p><a href="#"><em>keta</em></a><span><b>mine</b></span> helps <i>some</i></p>');
    const p = box.querySelector('p')!;
    const [m] = scan(p).found;
    expect(m!.startNode).toBe(p.querySelector('em')!.firstChild);
    expect(m!.startOffset).toBe(0);
    expect(m!.endNode).toBe(p.querySelector('b')!.firstChild);
    expect(m!.endOffset).toBe(4);
    expect(m!.termId).toBe('ketamine');
  });

  it('puts a match that fills a whole node in that node, not at the edge of its neighbours', () => {
    const box = mount('<p>about <b>ketamine</b> today</p>');
    const bold = box.querySelector('b')!.firstChild as Text;
    const [m] = scan(box.querySelector('p')!).found;
    expect([m!.startNode, m!.startOffset, m!.endNode, m!.endOffset]).toEqual([bold, 0, bold, 8]);
    expect(m!.nodes).toEqual([bold]);
  });

  it('ends a run at <br> and at a nested block, so words never join across boxes', () => {
    const br = mount('<p>complex regional<br>pain syndrome</p>').querySelector('p')!;
    expect(found(br)).toEqual([]);
    const nested = mount('<div id="outer">complex regional <div id="inner">and</div> pain syndrome</div>');
    expect(found(nested.querySelector('#outer')!)).toEqual([]);
    // The nested block is read on its own, not as part of its parent.
    const withTerm = mount('<div id="o2">ketamine <p id="i2">fibromyalgia</p> ketamine</div>');
    expect(found(withTerm.querySelector('#o2')!)).toEqual([
      ['ketamine', 'ketamine'],
      ['ketamine', 'ketamine'],
    ]);
    expect(found(withTerm.querySelector('#i2')!)).toEqual([['fibromyalgia', 'fibromyalgia']]);
  });

  it('counts only the text nodes of the block itself', () => {
    const box = mount('<div id="o">one <b>two</b><p>three</p>four<script>five</script></div>');
    const result = scan(box.querySelector('#o')!);
    expect(result.textNodes).toBe(3);
    expect(result.chars).toBe('one two'.length + 'four'.length);
  });

  it.each([
    ['script', '<script>var ketamine = 1;</script>'],
    ['style', '<style>.ketamine{}</style>'],
    ['noscript', '<noscript>ketamine</noscript>'],
    ['template', '<template>ketamine</template>'],
    ['textarea', '<textarea>ketamine</textarea>'],
    ['input label text', '<button>ketamine</button>'],
    ['select', '<select><option>ketamine</option></select>'],
    ['contenteditable', '<span contenteditable="true">ketamine</span>'],
    ['role=textbox', '<span role="textbox">ketamine</span>'],
    ['code editor', '<span class="cm-editor">ketamine</span>'],
    ['aria-hidden', '<span aria-hidden="true">ketamine</span>'],
    ['hidden', '<span hidden>ketamine</span>'],
    ['painlens-ui', '<painlens-ui>ketamine</painlens-ui>'],
  ])('does not read inside %s', (_label, markup) => {
    const p = mount(`<p>fibromyalgia ${markup} fibromyalgia</p>`).querySelector('p')!;
    expect(found(p)).toEqual([
      ['fibromyalgia', 'fibromyalgia'],
      ['fibromyalgia', 'fibromyalgia'],
    ]);
  });

  it('reads a shadow root as a block of its own', () => {
    const host = mount('<p>before <x-card id="h"></x-card> after</p>').querySelector('#h')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const b = document.createElement('b');
    b.textContent = 'regional';
    shadow.append('complex ', b, ' pain syndrome');
    expect(found(shadow)).toEqual([['complex regional pain syndrome', 'complex-regional-pain-syndrome']]);
  });

  it('never changes the DOM, including many adjacent and empty text nodes', () => {
    const p = mount('<p></p>').querySelector('p')!;
    // Adjacent text nodes are what a script leaves behind; scanning must not normalize them.
    p.append('complex', ' ', '', 'regional', ' pain ', 'syndrome', '');
    const result = scan(p);
    expect(result.found.map((f) => termText(f))).toEqual(['complex regional pain syndrome']);
    expect(p.childNodes).toHaveLength(7);
    expect(result.textNodes).toBe(5);
  });
});

describe('medical context', () => {
  it.each([
    ['<p>Take the oral exam or the IV tour.</p>', []],
    ['<p>A tolerance of other views.</p>', []],
    ['<p>Oral history; stage IV; the drip of a tap.</p>', []],
    [
      '<p>Oral ketamine or IV ketamine.</p>',
      [
        ['Oral', 'oral'],
        ['ketamine', 'ketamine'],
        ['IV', 'intravenous'],
        ['ketamine', 'ketamine'],
      ],
    ],
    [
      '<p>Tolerance builds with <b>opioids</b>.</p>',
      [
        ['Tolerance', 'tolerance'],
        ['opioids', 'opioid'],
      ],
    ],
    // Another run of the same block counts as context.
    [
      '<p>oral<br>fibromyalgia</p>',
      [
        ['oral', 'oral'],
        ['fibromyalgia', 'fibromyalgia'],
      ],
    ],
    // "stage IV" is not intravenous even in a medical block.
    ['<p>stage IV fibromyalgia</p>', [['fibromyalgia', 'fibromyalgia']]],
  ])('%s', (markup, expected) => {
    expect(found(mount(markup).querySelector('p')!)).toEqual(expected);
  });

  it('needs the unambiguous term in the same block, not a neighbouring one', () => {
    const box = mount('<div id="d"><p id="a">Given IV and oral.</p><p id="b">ketamine</p></div>');
    expect(found(box.querySelector('#a')!)).toEqual([]);
    // The parent block's own text is empty, so its children do not lend it context either.
    expect(found(box.querySelector('#d')!)).toEqual([]);
  });
});
