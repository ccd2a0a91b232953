import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { SettingsForm, type Shortcut } from '@/components/SettingsForm';
import { DEFAULT_SETTINGS, HOVER_DELAY_MAX, HOVER_DELAY_MIN, TEXT_SIZES, type Settings } from '@/lib/settings';
import { pressKey } from './support/keyboard';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

// What the side panel reads from browser.commands for the manifest's two commands.
const SHORTCUTS: Shortcut[] = [
  { name: 'next-term', description: 'Go to the next explained term on the page', shortcut: 'Alt+Shift+N' },
  { name: 'previous-term', description: 'Go to the previous explained term on the page', shortcut: '' },
];

function show(props: Partial<Parameters<typeof SettingsForm>[0]> = {}) {
  const onChange = vi.fn<(next: Settings) => void>();
  const onRemoveSite = vi.fn<(site: string) => void>();
  render(
    <SettingsForm
      settings={{ ...DEFAULT_SETTINGS }}
      onChange={onChange}
      sites={[]}
      onRemoveSite={onRemoveSite}
      shortcuts={SHORTCUTS}
      {...props}
    />,
  );
  return { onChange, onRemoveSite };
}
const group = (name: string) => screen.getByRole('group', { name });
const delay = () => screen.getByRole('combobox', { name: 'Wait before showing a definition' }) as HTMLSelectElement;

describe('SettingsForm', () => {
  it('offers text sizes from 100% to 200% and changes only textSize', () => {
    const { onChange } = show({ settings: { ...DEFAULT_SETTINGS, textSize: 125 } });
    const size = screen.getByRole('combobox', { name: 'Text size' }) as HTMLSelectElement;
    expect(size.value).toBe('125');
    expect([...size.options].map((o) => o.value)).toEqual(TEXT_SIZES.map(String));
    fireEvent.change(size, { target: { value: '200' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, textSize: 200 });
  });

  it('turns high contrast on with a described switch', () => {
    const { onChange } = show();
    const contrast = screen.getByRole('switch', { name: 'High contrast' });
    expect(contrast.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(contrast);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, highContrast: true });
  });

  it('shows the current marking style and mention mode as checked', () => {
    show({ settings: { ...DEFAULT_SETTINGS, highlightStyle: 'background', mentions: 'first' } });
    const checked = (g: string) =>
      (within(group(g)).getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked).length;
    expect(
      (within(group('How terms are marked')).getByRole('radio', { name: /Shaded background/ }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(checked('How terms are marked')).toBe(1);
    expect(
      (within(group('Which mentions')).getByRole('radio', { name: /first mention/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(checked('Which mentions')).toBe(1);
  });

  it.each([
    [/Dotted underline/, 'underline'],
    [/Shaded background/, 'background'],
    [/No marks/, 'off'],
  ] as const)('choosing %s changes only highlightStyle', (name, value) => {
    const start: Settings = {
      paused: true,
      highlightStyle: 'underline',
      mentions: 'first',
      hoverDelayMs: 500,
      textSize: 100,
      highContrast: false,
    };
    const { onChange } = show({ settings: start });
    fireEvent.click(within(group('How terms are marked')).getByRole('radio', { name }));
    if (value === 'underline')
      expect(onChange).not.toHaveBeenCalled(); // already chosen
    else expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...start, highlightStyle: value });
  });

  it('choosing "Only the first mention" changes only mentions', () => {
    const { onChange } = show();
    fireEvent.click(screen.getByRole('radio', { name: 'Only the first mention of each term' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, mentions: 'first' });
  });

  it('offers hover delays within the allowed range, the default marked, the current one selected', () => {
    show();
    const options = [...delay().options];
    expect(options.map((o) => o.textContent)).toEqual([
      '150 milliseconds',
      '300 milliseconds (default)',
      '500 milliseconds',
      '800 milliseconds',
      '1.2 seconds',
    ]);
    expect(options.every((o) => Number(o.value) >= HOVER_DELAY_MIN && Number(o.value) <= HOVER_DELAY_MAX)).toBe(true);
    expect(delay().value).toBe(String(DEFAULT_SETTINGS.hoverDelayMs));
  });

  it('keeps a stored delay that is not in the list, in order, and selected', () => {
    show({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 1000 } });
    expect([...delay().options].map((o) => o.value)).toEqual(['150', '300', '500', '800', '1000', '1200']);
    expect(delay().value).toBe('1000');
    expect(delay().selectedOptions[0]?.textContent).toBe('1.0 seconds');
  });

  it('reports a chosen delay as a number', () => {
    const { onChange } = show();
    fireEvent.change(delay(), { target: { value: '800' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, hoverDelayMs: 800 });
  });

  it('says no site is turned off when the list is empty', () => {
    show();
    const region = screen.getByRole('region', { name: 'Sites where PainLens is off' });
    expect(region.textContent).toContain('None.');
    expect(within(region).queryAllByRole('button')).toHaveLength(0);
  });

  it('lists turned-off sites, each removable by click or keyboard', () => {
    const { onRemoveSite } = show({ sites: ['example.org', 'news.example.com'] });
    const region = screen.getByRole('region', { name: 'Sites where PainLens is off' });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.firstElementChild?.textContent),
    ).toEqual(['example.org', 'news.example.com']);
    const remove = (site: string) =>
      within(region).getByRole('button', { name: `Remove ${site}: turn PainLens back on there` });
    expect(remove('example.org').textContent).toBe('Remove');
    fireEvent.click(remove('news.example.com'));
    remove('example.org').focus();
    pressKey('Enter');
    expect(onRemoveSite.mock.calls).toEqual([['news.example.com'], ['example.org']]);
  });

  it('lists the shortcuts, with "not set" for an unassigned one', () => {
    show();
    const keys = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    const items = within(keys)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Go to the next explained term on the page: Alt+Shift+N',
      'Go to the previous explained term on the page: not set',
      'In a definition: Tab reaches its buttons, Esc closes it.',
    ]);
  });

  it('offers "Change shortcuts" only when it can open the browser settings', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Change shortcuts' })).toBeNull();
  });

  it('"Change shortcuts" calls back', () => {
    const onEditShortcuts = vi.fn();
    show({ onEditShortcuts, shortcuts: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(onEditShortcuts).toHaveBeenCalledOnce();
  });

  it('renders site names and shortcut texts containing markup as text', () => {
    show({ sites: [MARKUP], shortcuts: [{ name: 'x', description: MARKUP, shortcut: MARKUP }] });
    screen.getByRole('button', { name: `Remove ${MARKUP}: turn PainLens back on there` });
    expectNoInjectedElements(document.body);
  });
});
