import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { GlossaryIndex, GlossaryTopics } from '@/components/GlossaryIndex';
import { glossaryCategoryLabels } from '@/data/glossary/categories';
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

  it('has one collapsed group per letter, in order, and sorts names within a letter', () => {
    const { container } = render(<GlossaryIndex entries={glossary} hrefFor={hrefFor} />);
    const letters = letterLinks().map((a) => a.textContent!);
    expect(letters).toEqual([...letters].sort());
    const groups = [...container.querySelectorAll('details')];
    expect(groups.map((g) => g.id)).toEqual(letters.map((l) => `glossary-letter-${l}`));
    // Closed: a keyboard meets one summary per letter, not 500 links.
    expect(groups.every((g) => !g.open)).toBe(true);
    for (const l of letters) {
      const group = document.getElementById(`glossary-letter-${l}`)!;
      const names = within(group)
        .getAllByRole('link', { hidden: true })
        .map((a) => a.textContent!);
      expect(group.querySelector('summary')!.textContent).toBe(
        `${l} (${names.length} term${names.length === 1 ? '' : 's'})`,
      );
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
    const list = document.getElementById('glossary-letter-A')!;
    expect(
      within(list)
        .getAllByRole('link', { hidden: true })
        .map((a) => a.textContent),
    ).toEqual(['acute', 'Alpha']);
  });

  it('a letter opens its group, scrolls to it and moves focus to its summary, without changing the route', () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    render(<GlossaryIndex entries={glossary} hrefFor={hrefFor} />);
    const before = location.hash;
    const link = within(letterBar()).getByRole('link', { name: 'K' });
    expect(link.getAttribute('href')).toBe('#glossary-letter-K');
    link.focus();
    const notCancelled = fireEvent.click(link);
    expect(notCancelled).toBe(false); // the side panel routes on the hash; the click must not change it
    expect(location.hash).toBe(before);
    const group = document.getElementById('glossary-letter-K') as HTMLDetailsElement;
    expect(group.open).toBe(true);
    expect(scroll).toHaveBeenCalledOnce();
    expect(scroll.mock.contexts[0]).toBe(group);
    expect(document.activeElement).toBe(group.querySelector('summary'));
  });

  it('renders nothing to jump to for no entries', () => {
    render(<GlossaryIndex entries={[]} hrefFor={hrefFor} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(document.querySelectorAll('details')).toHaveLength(0);
  });

  it('renders names containing markup as text', () => {
    const { container } = render(<GlossaryIndex entries={[{ id: 'x', name: MARKUP }]} hrefFor={hrefFor} />);
    screen.getByRole('link', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});

describe('GlossaryTopics', () => {
  const topics = () => [
    ...document.querySelectorAll<HTMLDetailsElement>('section[aria-labelledby="glossary-topics-title"] > details'),
  ];

  it("files every entry once under its topic, topics in the labels' order, each collapsed and counted", () => {
    render(<GlossaryTopics entries={glossary} categoryLabels={glossaryCategoryLabels} hrefFor={hrefFor} />);
    screen.getByRole('region', { name: 'Terms by topic' });
    const groups = topics();
    expect(groups.map((g) => g.id)).toEqual(Object.keys(glossaryCategoryLabels).map((c) => `glossary-topic-${c}`));
    expect(groups.every((g) => !g.open)).toBe(true);
    const seen: string[] = [];
    for (const [category, label] of Object.entries(glossaryCategoryLabels)) {
      const group = document.getElementById(`glossary-topic-${category}`)!;
      const links = within(group).getAllByRole('link', { hidden: true });
      const ids = links.map((a) => a.getAttribute('href')!.replace('#glossary/', ''));
      expect(ids.every((id) => glossary.find((e) => e.id === id)!.category === category)).toBe(true);
      const names = links.map((a) => a.textContent!);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
      expect(group.querySelector('summary')!.textContent).toBe(`${label} (${links.length} terms)`);
      seen.push(...ids);
    }
    expect(seen.toSorted()).toEqual(glossary.map((e) => e.id).toSorted());
  });

  it('leaves out a topic with no entries, and opens a topic with its summary', () => {
    render(
      <GlossaryTopics
        entries={[{ id: 'a', name: 'Alpha', category: 'drug' }]}
        categoryLabels={{ condition: 'Pain conditions', drug: 'Medicines' }}
        hrefFor={hrefFor}
      />,
    );
    const groups = topics();
    expect(groups.map((g) => g.querySelector('summary')!.textContent)).toEqual(['Medicines (1 term)']);
    fireEvent.click(groups[0]!.querySelector('summary')!);
    expect(groups[0]!.open).toBe(true);
  });
});
