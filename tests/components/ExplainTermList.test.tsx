import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { ExplainTermList } from '@/components/ExplainTermList';

const TERMS = [
  { id: 'crps', name: 'Complex regional pain syndrome (CRPS)', short: 'Severe, lasting pain.', count: 2 },
  { id: 'ketamine', name: 'Ketamine', short: 'A drug first made in 1962.', count: 1 },
];

describe('ExplainTermList', () => {
  it('lists each term with a link to its entry, its count and its short definition, in order', () => {
    render(<ExplainTermList terms={TERMS} hrefFor={(id) => `#glossary/${id}`} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').getAttribute('href'))).toEqual([
      '#glossary/crps',
      '#glossary/ketamine',
    ]);
    expect(items[0]!.textContent).toContain('2 times');
    expect(items[1]!.textContent).toContain('1 time');
    expect(items[1]!.textContent).not.toContain('1 times');
    expect(items[1]!.textContent).toContain('A drug first made in 1962.');
  });

  it('draws the optional action in each row', () => {
    render(
      <ExplainTermList
        terms={TERMS}
        hrefFor={(id) => `#${id}`}
        termActions={{
          crps: <button type="button">Keep crps</button>,
          ketamine: <button type="button">Keep ketamine</button>,
        }}
      />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Keep crps', 'Keep ketamine']);
  });
});
