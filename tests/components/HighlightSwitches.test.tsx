import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { HighlightSwitches } from '@/components/HighlightSwitches';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const base = {
  paused: false,
  site: 'example.org',
  siteOff: false,
  onPausedChange: () => {},
  onSiteOffChange: () => {},
};

describe('HighlightSwitches', () => {
  it('shows the pause switch and the site switch, with ids from the prefix', () => {
    render(<HighlightSwitches {...base} idPrefix="panel-" />);
    expect(screen.getByRole('switch', { name: 'Explain terms on pages' }).id).toBe('panel-pause-switch');
    expect(screen.getByRole('switch', { name: 'Explain terms on example.org' }).id).toBe('panel-site-switch');
  });

  it('uses plain ids without a prefix (the popup)', () => {
    render(<HighlightSwitches {...base} />);
    expect(screen.getByRole('switch', { name: 'Explain terms on pages' }).id).toBe('pause-switch');
    expect(screen.getByRole('switch', { name: 'Explain terms on example.org' }).id).toBe('site-switch');
  });

  it.each([
    [false, 'true'],
    [true, 'false'],
  ])('paused=%s shows the pause switch with aria-checked=%s', (paused, checked) => {
    render(<HighlightSwitches {...base} paused={paused} />);
    expect(screen.getByRole('switch', { name: 'Explain terms on pages' }).getAttribute('aria-checked')).toBe(checked);
  });

  it('hides the site switch while paused everywhere, and where there is no site', () => {
    const { rerender } = render(<HighlightSwitches {...base} paused />);
    expect(screen.getAllByRole('switch')).toHaveLength(1);
    rerender(<HighlightSwitches {...base} site="" />);
    expect(screen.getAllByRole('switch')).toHaveLength(1);
  });

  it('asks to pause or resume, and to turn the site off or on', () => {
    const onPausedChange = vi.fn();
    const onSiteOffChange = vi.fn();
    const { rerender } = render(
      <HighlightSwitches {...base} onPausedChange={onPausedChange} onSiteOffChange={onSiteOffChange} />,
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Explain terms on pages' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Explain terms on example.org' }));
    rerender(<HighlightSwitches {...base} siteOff onPausedChange={onPausedChange} onSiteOffChange={onSiteOffChange} />);
    expect(screen.getByRole('switch', { name: 'Explain terms on example.org' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Explain terms on example.org' }));
    expect(onPausedChange.mock.calls).toEqual([[true]]);
    expect(onSiteOffChange.mock.calls).toEqual([
      ['example.org', true],
      ['example.org', false],
    ]);
  });

  it('shows a site name with markup as text', () => {
    const { container } = render(<HighlightSwitches {...base} site={MARKUP} />);
    expectNoInjectedElements(container);
  });
});
