import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { Notice } from '@/components/Notice';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

// The shells' notice when stored data was repaired.
const REPAIRED = 'Some saved data could not be read (settings) and was reset to defaults. Everything else was kept.';

describe('Notice', () => {
  it('shows its content as a plain, unannounced note by default', () => {
    const { container } = render(<Notice>{REPAIRED}</Notice>);
    expect(container.textContent).toBe(REPAIRED);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.firstElementChild?.className).toBe('notice');
  });

  it('is a polite live region when live', () => {
    render(<Notice live>Copied.</Notice>);
    expect(screen.getByRole('status').textContent).toBe('Copied.');
  });

  it.each([
    ['info', 'notice'],
    ['danger', 'notice notice-danger'],
    ['ok', 'notice notice-ok'],
  ] as const)('tone %s uses the theme classes %j', (tone, cls) => {
    const { container } = render(<Notice tone={tone}>x</Notice>);
    expect(container.firstElementChild?.className).toBe(cls);
  });

  it('keeps element children (the shells pass text and links)', () => {
    render(
      <Notice>
        See <a href="#settings">Settings</a>.
      </Notice>,
    );
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#settings');
  });

  it('renders a string containing markup as text', () => {
    const { container } = render(<Notice>{MARKUP}</Notice>);
    expect(container.textContent).toBe(MARKUP);
    expectNoInjectedElements(container);
  });
});
