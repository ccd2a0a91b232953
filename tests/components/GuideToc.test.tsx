import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { GuideToc } from '@/components/GuideToc';
import { guideSections } from '@/data/guide';
import { routeToHash } from '@/lib/panel-route';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const hrefFor = (id: string) => routeToHash({ view: 'guide', id });

describe('GuideToc', () => {
  it('is a navigation landmark linking every section in order', () => {
    render(<GuideToc sections={guideSections} hrefFor={hrefFor} />);
    const nav = screen.getByRole('navigation', { name: 'Guide contents' });
    within(nav).getByRole('heading', { name: 'Contents' });
    expect(within(nav).getByRole('list').tagName).toBe('OL');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual(guideSections.map((s) => [s.title, `#guide/${s.id}`]));
  });

  it('has an empty list for no sections', () => {
    render(<GuideToc sections={[]} hrefFor={hrefFor} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('renders titles containing markup as text', () => {
    const { container } = render(<GuideToc sections={[{ id: 'x', title: MARKUP }]} hrefFor={hrefFor} />);
    screen.getByRole('link', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
