import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { ExplainedText } from '@/components/ExplainedText';
import type { ExplainedParagraph } from '@/lib/explain-text';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const para = (index: number, text: string, marks: [number, number, string][] = []): ExplainedParagraph => ({
  index,
  text,
  matches: marks.map(([start, end, termId]) => ({ start, end, termId }) as never),
});

describe('ExplainedText', () => {
  it('draws each paragraph with its terms in <mark>, named in the title, and the text unchanged', () => {
    const text = 'Ketamine for CRPS pain.';
    const { container } = render(
      <ExplainedText
        paragraphs={[
          para(0, text, [
            [0, 8, 'ketamine'],
            [13, 17, 'crps'],
          ]),
        ]}
        nameOf={(id) => `Name of ${id}`}
      />,
    );
    const p = container.querySelector('p.explained-paragraph')!;
    expect(p.textContent).toBe(text);
    const marks = [...p.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.title])).toEqual([
      ['Ketamine', 'Name of ketamine'],
      ['CRPS', 'Name of crps'],
    ]);
  });

  it('keeps the reader’s markup as text', () => {
    const { container } = render(<ExplainedText paragraphs={[para(0, MARKUP)]} nameOf={String} />);
    expect(container.textContent).toBe(MARKUP);
    expectNoInjectedElements(container);
  });

  it('reuses paragraphs already drawn when a new slice arrives', () => {
    const first = para(0, 'One.');
    const { container, rerender } = render(<ExplainedText paragraphs={[first]} nameOf={String} />);
    const before = container.querySelector('p');
    rerender(<ExplainedText paragraphs={[first, para(1, 'Two.')]} nameOf={String} />);
    const ps = container.querySelectorAll('p');
    expect(ps).toHaveLength(2);
    expect(ps[0]).toBe(before);
    expect(ps[1]!.textContent).toBe('Two.');
  });
});
