import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { TermTooltip, type TermTooltipProps } from '@/components/TermTooltip';
import { glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import { contentFootnote } from '@/data/review';
import { packTermTexts, readTermText } from '@/lib/term-data';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

// The texts the content script shows, packed and read back as it does.
const term = readTermText(packTermTexts(glossary, sources), 'fibromyalgia')!;

function show(props: Partial<TermTooltipProps> = {}) {
  const calls = { onMore: vi.fn(), onKeep: vi.fn(), onTurnOffSite: vi.fn(), onClose: vi.fn() };
  const result = render(
    <TermTooltip
      titleId="painlens-tooltip-title"
      name={term.name}
      definition={term.short}
      source={term.source}
      footnote={contentFootnote}
      canTurnOffSite
      keepNote={null}
      {...calls}
      {...props}
    />,
  );
  return { ...calls, ...result };
}

describe('TermTooltip', () => {
  it('is a non-modal dialog named by the term', () => {
    show();
    const dialog = screen.getByRole('dialog', { name: term.name });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.getElementById('painlens-tooltip-title')?.textContent).toBe(term.name);
  });

  it('shows the definition, its source and the footnote', () => {
    expect(term.source).toBeTruthy();
    show();
    expect(screen.getByText(term.short).className).toBe('tip-definition');
    screen.getByText(`Source: ${term.source}`);
    expect(screen.getByText(contentFootnote).textContent).toMatch(/Not medical advice/);
  });

  it('leaves the source line out when there is none', () => {
    show({ source: null });
    expect(screen.queryByText(/^Source:/)).toBeNull();
  });

  it('has Close, More and Turn off buttons, each calling its own callback on click', () => {
    const { onMore, onTurnOffSite, onClose } = show();
    fireEvent.click(screen.getByRole('button', { name: 'More about this term' }));
    expect([onMore.mock.calls.length, onTurnOffSite.mock.calls.length, onClose.mock.calls.length]).toEqual([1, 0, 0]);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect([onMore.mock.calls.length, onTurnOffSite.mock.calls.length, onClose.mock.calls.length]).toEqual([1, 1, 0]);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect([onMore.mock.calls.length, onTurnOffSite.mock.calls.length, onClose.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it.each([
    ['Close', 'onClose'],
    ['More about this term', 'onMore'],
    ['Ask my doctor about this word', 'onKeep'],
    ['Turn off on this site', 'onTurnOffSite'],
  ] as const)('%s works from the keyboard (Enter and Space)', (name, callback) => {
    const calls = show();
    screen.getByRole('button', { name }).focus();
    pressKey('Enter');
    pressKey(' ');
    expect(calls[callback]).toHaveBeenCalledTimes(2);
  });

  it('reaches its buttons with Tab in reading order: Close, More, Ask my doctor, Turn off', () => {
    show();
    const order = screen.getAllByRole('button').filter((b) => b.tabIndex >= 0);
    expect(order.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Close',
      'More about this term',
      'Ask my doctor about this word',
      'Turn off on this site',
    ]);
  });

  it('once the word is kept, says so in place of "Ask my doctor about this word"', () => {
    show({ keepNote: 'Added to your list for the doctor.' });
    expect(screen.queryByRole('button', { name: 'Ask my doctor about this word' })).toBeNull();
    expect(screen.getByText('Added to your list for the doctor.').className).toBe('tip-note');
  });

  it('hides "Turn off on this site" where a site cannot be turned off', () => {
    show({ canTurnOffSite: false });
    expect(screen.queryByRole('button', { name: 'Turn off on this site' })).toBeNull();
    screen.getByRole('button', { name: 'More about this term' });
  });

  it('can take focus itself (keyboard navigation moves focus into it) but is not a Tab stop', () => {
    show();
    const dialog = screen.getByRole('dialog');
    expect(dialog.tabIndex).toBe(-1);
    dialog.focus();
    expect(document.activeElement).toBe(dialog);
  });

  it('renders a definition containing markup as text, never as elements', () => {
    const definition = '<img src=x onerror=alert(1)>';
    const { container } = show({ name: MARKUP, definition, source: MARKUP, footnote: MARKUP });
    expect(screen.getByText(definition).className).toBe('tip-definition');
    screen.getByRole('dialog', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
