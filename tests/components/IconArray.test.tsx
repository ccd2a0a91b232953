import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { IconArray } from '@/components/IconArray';
import { evidenceCards } from '@/data/evidence-cards';
import type { KeyFrequency } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

describe('IconArray', () => {
  it.each(evidenceCards.map((c) => [c.id, c.keyFrequency] as const))(
    '%s: one 100-icon picture per group, the first count filled, each named in words',
    (id, f) => {
      render(<IconArray frequency={f} id={id} />);
      const images = screen.getAllByRole('img');
      expect(images).toHaveLength(f.groups.length);
      f.groups.forEach((g, i) => {
        const svg = images[i]!;
        expect(svg.querySelectorAll('circle')).toHaveLength(100);
        expect(svg.querySelectorAll('circle.icon-filled')).toHaveLength(g.count);
        expect(svg.getAttribute('aria-label')).toBe(`${g.count} in 100 people ${g.label.toLowerCase()} ${f.counts}.`);
      });
      // The figure is named by its caption: the text equivalent of the whole picture.
      expect(screen.getByRole('figure', { name: f.text })).toBeTruthy();
    },
  );

  it('fills none for 0 and all for 100', () => {
    const f: KeyFrequency = {
      counts: 'x',
      denominator: 100,
      groups: [
        { label: 'A', count: 0 },
        { label: 'B', count: 100 },
      ],
      text: '0 in 100 and 100 in 100.',
      sources: [],
    };
    render(<IconArray frequency={f} id="t" />);
    const [a, b] = screen.getAllByRole('img');
    expect(a!.querySelectorAll('circle.icon-filled')).toHaveLength(0);
    expect(b!.querySelectorAll('circle.icon-filled')).toHaveLength(100);
  });

  it('renders markup as text', () => {
    const f: KeyFrequency = {
      counts: MARKUP,
      denominator: 100,
      groups: [{ label: MARKUP, count: 3 }],
      text: MARKUP,
      sources: [],
    };
    const { container } = render(<IconArray frequency={f} id="t" />);
    expectNoInjectedElements(container);
  });
});
