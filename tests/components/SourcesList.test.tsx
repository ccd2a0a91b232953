import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { SourcesList } from '@/components/SourcesList';
import { sources } from '@/data/sources';
import type { Source } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('SourcesList', () => {
  it('is a region titled Sources with every source in citation order', () => {
    render(<SourcesList sources={sources} />);
    screen.getByRole('region', { name: 'Sources' });
    expect(screen.getByRole('list').tagName).toBe('OL'); // numbers match the citation marks
    expect(items().map((li) => li.id)).toEqual(sources.map((s) => `source-${s.id}`));
  });

  it('gives each entry authors, title, publisher and year, with no doubled full stop or year', () => {
    render(<SourcesList sources={sources} />);
    items().forEach((li, i) => {
      const s = sources[i]!;
      const text = li.textContent ?? '';
      expect(text).toContain(`${s.authors.replace(/\.$/, '')}. ${s.title}. ${s.publisher}.`);
      expect(text).not.toMatch(/\.\./);
      // The year follows the publisher only when the publisher line does not already carry it.
      const repeatsYear = text.includes(`${s.publisher}. ${s.year}.`);
      expect(repeatsYear).toBe(!s.publisher.includes(String(s.year)));
    });
  });

  it('links a DOI through doi.org, else the web address, opening a new tab without referrer', () => {
    render(<SourcesList sources={sources} />);
    const withDoi = sources.filter((s) => s.doi);
    const withUrl = sources.filter((s) => !s.doi && s.url);
    expect(withDoi.length).toBeGreaterThan(0);
    expect(withUrl.length).toBeGreaterThan(0);
    items().forEach((li, i) => {
      const s = sources[i]!;
      const link = within(li).getByRole('link');
      if (s.doi) {
        expect(link.getAttribute('href')).toBe(`https://doi.org/${s.doi}`);
        expect(link.textContent).toBe(`doi:${s.doi}`);
      } else {
        expect(link.getAttribute('href')).toBe(s.url);
        expect(link.textContent).toBe(s.url!.replace(/^https?:\/\//, '').replace(/\/$/, ''));
      }
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    });
  });

  it('shows a source with neither DOI nor address without a link', () => {
    const bare: Source = { ...sources[0]!, id: 'bare', doi: undefined, url: undefined };
    render(<SourcesList sources={[bare]} />);
    expect(items()).toHaveLength(1);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lets the panel move focus to an entry (a citation mark lands there)', () => {
    render(<SourcesList sources={sources} />);
    const target = document.getElementById(`source-${sources[3]!.id}`)!;
    expect(target.tabIndex).toBe(-1);
    target.focus();
    expect(document.activeElement).toBe(target);
  });

  it('renders an empty list for no sources', () => {
    render(<SourcesList sources={[]} />);
    expect(screen.getByRole('list').children).toHaveLength(0);
  });

  it('renders fields containing markup as text', () => {
    const odd: Source = { ...sources[0]!, authors: MARKUP, title: MARKUP, publisher: MARKUP, doi: MARKUP };
    const { container } = render(<SourcesList sources={[odd]} />);
    expect(items()[0]!.textContent).toContain(`${MARKUP}. ${MARKUP}. ${MARKUP}.`);
    expectNoInjectedElements(container);
  });
});
