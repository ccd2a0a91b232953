import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { PageTermList, type PageTerm } from '@/components/PageTermList';
import { findGlossaryEntry } from '@/data/glossary';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

/** As the popup builds them from the page's counts, most frequent first. */
const terms: PageTerm[] = (
  [
    ['ketamine', 5],
    ['fibromyalgia', 2],
    ['dissociation', 1],
  ] as const
).map(([id, count]) => ({ id, name: findGlossaryEntry(id)!.name, count }));

describe('PageTermList', () => {
  it('is a named list with one button per term, in the given order', () => {
    render(<PageTermList terms={terms} onChoose={() => {}} emptyText="none" />);
    screen.getByRole('list', { name: 'Explained terms on this page' });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(
      terms.map((t) => `${t.name} ${t.count} time${t.count === 1 ? '' : 's'} on this page`),
    );
  });

  it('names each button with its visible text followed by how often the term appears (WCAG 2.5.3)', () => {
    render(<PageTermList terms={terms} onChoose={() => {}} emptyText="none" />);
    screen.getByRole('button', { name: `${terms[0]!.name} 5 times on this page` });
    screen.getByRole('button', { name: `${terms[2]!.name} 1 time on this page` });
  });

  it('puts no aria-label on elements without a role (ARIA prohibits it there)', () => {
    const { container } = render(<PageTermList terms={terms} onChoose={() => {}} emptyText="none" />);
    const labelled = [...container.querySelectorAll('[aria-label]')].map((e) => e.tagName);
    expect(labelled.every((t) => t === 'UL' || t === 'BUTTON')).toBe(true);
  });

  it('chooses a term on click and from the keyboard', () => {
    const onChoose = vi.fn();
    render(<PageTermList terms={terms} onChoose={onChoose} emptyText="none" />);
    fireEvent.click(screen.getByRole('button', { name: /^Fibromyalgia/ }));
    screen.getByRole('button', { name: /^Ketamine/ }).focus();
    pressKey('Enter');
    expect(onChoose.mock.calls).toEqual([['fibromyalgia'], ['ketamine']]);
  });

  it('shows the empty text, and no list, when there are no terms', () => {
    const text = 'PainLens is paused. Turn highlighting on to see the terms on this page.';
    const { container } = render(<PageTermList terms={[]} onChoose={() => {}} emptyText={text} />);
    expect(container.textContent).toBe(text);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('renders names and empty text containing markup as text', () => {
    const { container } = render(
      <PageTermList terms={[{ id: 'x', name: MARKUP, count: 2 }]} onChoose={() => {}} emptyText="" />,
    );
    screen.getByRole('button', { name: `${MARKUP} 2 times on this page` });
    expectNoInjectedElements(container);
    const empty = render(<PageTermList terms={[]} onChoose={() => {}} emptyText={MARKUP} />);
    expect(empty.container.textContent).toBe(MARKUP);
    expectNoInjectedElements(empty.container);
  });
});
