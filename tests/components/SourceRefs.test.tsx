import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { SourceRefs } from '@/components/SourceRefs';
import { createCite } from '@/lib/cite';
import { sources } from '@/data/sources';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const [a, b] = sources as [(typeof sources)[number], (typeof sources)[number]];

describe('SourceRefs', () => {
  it('renders nothing for a statement without sources', () => {
    const { container } = render(<SourceRefs refs={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('links each number to its entry in the sources view, named after the source', () => {
    render(<SourceRefs refs={cite([b.id, a.id])} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([`#sources/${b.id}`, `#sources/${a.id}`]);
    expect(links.map((l) => l.textContent)).toEqual(['2', '1']);
    screen.getByRole('link', { name: `Source 1: ${a.short}` });
    screen.getByRole('link', { name: `Source 2: ${b.short}` });
  });

  it('reads as a bracketed, comma-separated list of numbers', () => {
    const { container } = render(<SourceRefs refs={cite([a.id, b.id])} />);
    expect(container.textContent).toBe('[1, 2]');
    expect(container.firstElementChild?.tagName).toBe('SUP');
  });

  it('renders a label containing markup as text', () => {
    const { container } = render(<SourceRefs refs={[{ id: 'x', n: 7, label: MARKUP }]} />);
    screen.getByRole('link', { name: `Source 7: ${MARKUP}` });
    expectNoInjectedElements(container);
  });
});
