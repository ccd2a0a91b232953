import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { SectionTabs, type TabItem } from '@/components/SectionTabs';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

// The popup's tabs (entrypoints/popup/App.tsx).
const TABS: TabItem[] = [
  { id: 'page', label: 'On this page' },
  { id: 'learn', label: 'Learn' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'search', label: 'Search' },
];

/** Controlled as the popup does it: the selection follows onSelect. */
function Harness({ onSelect, initial = 'page' }: { onSelect: (id: string) => void; initial?: string }) {
  const [selected, setSelected] = useState(initial);
  return (
    <SectionTabs
      label="PainLens sections"
      tabs={TABS}
      selected={selected}
      onSelect={(id) => {
        onSelect(id);
        setSelected(id);
      }}
      idPrefix="popup"
    />
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('SectionTabs', () => {
  it('is a named tablist with one tab per item, in order', () => {
    render(<Harness onSelect={() => {}} />);
    screen.getByRole('tablist', { name: 'PainLens sections' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(TABS.map((t) => t.label));
  });

  it('marks only the selected tab, and only it is in the Tab order', () => {
    render(<Harness onSelect={() => {}} initial="checklist" />);
    for (const t of TABS) {
      const el = tab(t.label);
      expect(el.getAttribute('aria-selected')).toBe(String(t.id === 'checklist'));
      expect(el.tabIndex).toBe(t.id === 'checklist' ? 0 : -1);
    }
  });

  it('ties each tab to its panel with the id scheme the shells use', () => {
    render(<Harness onSelect={() => {}} />);
    for (const t of TABS) {
      expect(tab(t.label).id).toBe(`popup-tab-${t.id}`);
      expect(tab(t.label).getAttribute('aria-controls')).toBe(`popup-panel-${t.id}`);
    }
  });

  it('selects a tab on click', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.click(tab('Search'));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('search');
    expect(tab('Search').getAttribute('aria-selected')).toBe('true');
  });

  it.each(['Enter', ' '])('selects the focused tab with %j', (key) => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    tab('Learn').focus();
    pressKey(key);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('learn');
  });

  it.each([
    ['ArrowRight', 'page', 'learn'],
    ['ArrowRight', 'search', 'page'],
    ['ArrowLeft', 'learn', 'page'],
    ['ArrowLeft', 'page', 'search'],
    ['Home', 'checklist', 'page'],
    ['End', 'learn', 'search'],
  ])('%s from %s selects %s and moves focus there', async (key, from, to) => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} initial={from} />);
    const start = TABS.find((t) => t.id === from)!;
    const end = TABS.find((t) => t.id === to)!;
    tab(start.label).focus();
    const down = fireEvent.keyDown(tab(start.label), { key });
    expect(down).toBe(false); // handled: the page does not scroll
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(to);
    await waitFor(() => expect(document.activeElement).toBe(tab(end.label)));
    expect(tab(end.label).tabIndex).toBe(0);
    expect(tab(start.label).tabIndex).toBe(-1);
  });

  it('leaves other keys alone (not handled, not cancelled)', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    tab('On this page').focus();
    for (const key of ['ArrowDown', 'ArrowUp', 'a', 'Tab']) {
      expect(fireEvent.keyDown(tab('On this page'), { key })).toBe(true);
    }
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('keeps one tab reachable with Tab when the selected id is unknown', () => {
    render(<SectionTabs label="Sections" tabs={TABS} selected="gone" onSelect={() => {}} idPrefix="x" />);
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([tab('On this page')]);
    expect(screen.getAllByRole('tab').every((t) => t.getAttribute('aria-selected') === 'false')).toBe(true);
  });

  it('with an unknown selection, ArrowRight moves from the first tab to the second', () => {
    const onSelect = vi.fn();
    render(<SectionTabs label="Sections" tabs={TABS} selected="gone" onSelect={onSelect} idPrefix="x" />);
    fireEvent.keyDown(tab('On this page'), { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('learn');
  });

  it('renders labels containing markup as text', () => {
    const { container } = render(
      <SectionTabs label={MARKUP} tabs={[{ id: 'a', label: MARKUP }]} selected="a" onSelect={() => {}} idPrefix="m" />,
    );
    screen.getByRole('tab', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
