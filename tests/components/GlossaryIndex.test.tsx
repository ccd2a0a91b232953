import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { GlossaryIndex } from '@/components/GlossaryIndex';
import { glossary } from '@/data/glossary';
import { routeToHash } from '@/lib/panel-route';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const hrefFor = (id: string) => routeToHash({ view: 'glossary', id });
const letterBar = () => screen.getByRole('navigation', { name: 'Jump to letter' });
const letterLinks = () => within(letterBar()).getAllByRole('link');

describe('GlossaryIndex', () => {
  it('lists every entry once, linked to its route', () => {
    render(<GlossaryIndex entries={glossary} hrefFor={hrefFor} />);
    screen.getByRole('region', { name: 'All terms, A to Z' });
    const entryLinks = screen.getAllByRole('link').filter((a) => !letterBar().contains(a));
    expect(entryLinks).toHaveLength(glossary.length);
    expect(new Set(entryLinks.map((a) => a.getAttribute('href')))).toEqual(
      new Set(glossary.map((e) => `#glossary/${e.id}`)),
    );
  });

  it('has one letter per heading, in order, and sorts names within a letter', () => {
    render(<GlossaryIndex entries={glossary} hrefFor={hrefFor} />);
    const letters = letterLinks().map((a) => a.textContent!);
    expect(letters).toEqual([...letters].sort());
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(letters);
    for (const l of letters) {
      const names = within(document.getElementById(`glossary-letter-${l}`)!.nextElementSibling as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.textContent!);
      expect(names.every((n) => n[0]!.toUpperCase() === l)).toBe(true);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    }
  });

  it('sorts case-insensitively and files names not starting with a letter under #', () => {
    render(
      <GlossaryIndex
        entries={[
          { id: 'b', name: 'beta' },
          { id: 'a2', name: 'Alpha' },
          { id: 'n', name: '5-HT' },
          { id: 'a1', name: 'acute' },
        ]}
        hrefFor={hrefFor}
      />,
    );
    expect(letterLinks().map((a) => a.textContent)).toEqual(['#', 'A', 'B']);
    const list = document.getElementById('glossary-letter-A')!.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['acute', 'Alpha']);
  });

  it('a letter scrolls to its heading and moves focus there, without changing the route', () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    render(<GlossaryIndex entries={glossary} hrefFor={hrefFor} />);
    const before = location.hash;
    const link = within(letterBar()).getByRole('link', { name: 'K' });
    expect(link.getAttribute('href')).toBe('#glossary-letter-K');
    link.focus();
    const notCancelled = fireEvent.click(link);
    expect(notCancelled).toBe(false); // the side panel routes on the hash; the click must not change it
    expect(location.hash).toBe(before);
    const heading = screen.getByRole('heading', { level: 3, name: 'K' });
    expect(scroll).toHaveBeenCalledOnce();
    expect(scroll.mock.contexts[0]).toBe(heading);
    expect(document.activeElement).toBe(heading);
  });

  it('renders nothing to jump to for no entries', () => {
    render(<GlossaryIndex entries={[]} hrefFor={hrefFor} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
  });

  it('renders names containing markup as text', () => {
    const { container } = render(<GlossaryIndex entries={[{ id: 'x', name: MARKUP }]} hrefFor={hrefFor} />);
    screen.getByRole('link', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
