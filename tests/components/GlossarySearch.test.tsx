import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { GlossarySearch, type GlossaryResult } from '@/components/GlossarySearch';
import { findGlossaryEntry, glossary } from '@/data/glossary';
import { createGlossarySearch } from '@/lib/glossary-search';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const search = createGlossarySearch(glossary);
/** What the popup passes for a query. */
const resultsFor = (q: string): GlossaryResult[] =>
  search.search(q, 12).flatMap((h) => {
    const e = findGlossaryEntry(h.id);
    return e ? [{ id: e.id, name: e.name, short: e.short }] : [];
  });
const show = (query: string, extra: { onQuery?: (q: string) => void; onOpen?: (id: string) => void } = {}) => {
  const results = resultsFor(query);
  render(
    <GlossarySearch
      query={query}
      onQuery={extra.onQuery ?? (() => {})}
      results={results}
      onOpen={extra.onOpen ?? (() => {})}
      idPrefix="popup"
    />,
  );
  return results;
};
const resultButtons = () => within(screen.getByRole('list')).getAllByRole('button');

describe('GlossarySearch', () => {
  it('is a search landmark with a labelled search box', () => {
    show('');
    const box = screen.getByRole('searchbox', { name: 'Search the glossary' }) as HTMLInputElement;
    expect(screen.getByRole('search').contains(box)).toBe(true);
    expect(box.id).toBe('popup-glossary-q');
    expect(box.value).toBe('');
  });

  it('reports what is typed', () => {
    const onQuery = vi.fn();
    show('', { onQuery });
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'fibro' } });
    expect(onQuery).toHaveBeenLastCalledWith('fibro');
  });

  it('shows each result with name and definition, and opens it on click', () => {
    const onOpen = vi.fn();
    const results = show('crps', { onOpen });
    expect(results.length).toBeGreaterThan(0);
    const buttons = resultButtons();
    expect(buttons.map((b) => b.textContent)).toEqual(results.map((r) => `${r.name}${r.short}`));
    fireEvent.click(buttons[0]!);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(results[0]!.id);
  });

  it('finds a misspelt term (typo tolerance reaches the list)', () => {
    const results = show('fibromyalga');
    expect(results[0]?.id).toBe('fibromyalgia');
    expect(resultButtons()[0]!.textContent).toContain(findGlossaryEntry('fibromyalgia')!.name);
  });

  it('opens a result from the keyboard', () => {
    const onOpen = vi.fn();
    const results = show('ketamine', { onOpen });
    const second = resultButtons()[1]!;
    second.focus();
    pressKey('Enter');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(results[1]!.id);
  });

  it('announces the number of results', () => {
    const results = show('ketamine');
    expect(results.length).toBeGreaterThan(1);
    expect(screen.getByRole('status').textContent).toBe(`${results.length} results`);
  });

  it('says "1 result" in the singular', () => {
    render(
      <GlossarySearch
        query="x"
        onQuery={() => {}}
        results={[{ id: 'a', name: 'A', short: 'a' }]}
        onOpen={() => {}}
        idPrefix="p"
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('1 result');
  });

  it('says when nothing matches, and suggests another spelling', () => {
    const results = show('zzqqxx');
    expect(results).toEqual([]);
    screen.getByText('No term matches “zzqqxx”. Try another spelling.');
    expect(screen.getByRole('status').textContent).toBe('0 results');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it.each(['', '   '])('stays quiet for the empty query %j', (q) => {
    render(<GlossarySearch query={q} onQuery={() => {}} results={[]} onOpen={() => {}} idPrefix="p" />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByText(/No term matches/)).toBeNull();
  });

  it('renders a query and results containing markup as text', () => {
    const { container } = render(
      <GlossarySearch
        query={MARKUP}
        onQuery={() => {}}
        results={[{ id: 'x', name: MARKUP, short: MARKUP }]}
        onOpen={() => {}}
        idPrefix="p"
      />,
    );
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe(MARKUP);
    expectNoInjectedElements(container);
    render(<GlossarySearch query={MARKUP} onQuery={() => {}} results={[]} onOpen={() => {}} idPrefix="q" />);
    screen.getByText(`No term matches “${MARKUP}”. Try another spelling.`);
    expectNoInjectedElements(document.body);
  });
});
