import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { CrisisHelp } from '@/components/CrisisHelp';
import { crisisHelpNow, crisisHelpSoon } from '@/data/review';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

describe('CrisisHelp', () => {
  it('is an alert for "now", with 988 and the local emergency number', () => {
    render(<CrisisHelp help={crisisHelpNow} urgency="now" />);
    expect(screen.getByRole('alert').textContent).toBe(`${crisisHelpNow.title}. ${crisisHelpNow.text}`);
    expect(crisisHelpNow.text).toMatch(/988/);
    expect(crisisHelpNow.text).toMatch(/local emergency number/);
  });

  it('is a polite status for "soon", with the same numbers', () => {
    render(<CrisisHelp help={crisisHelpSoon} urgency="soon" />);
    expect(screen.getByRole('status').textContent).toContain(crisisHelpSoon.text);
    expect(crisisHelpSoon.text).toMatch(/988/);
    expect(crisisHelpSoon.text).toMatch(/local emergency number/);
  });

  it('renders markup as text', () => {
    const { container } = render(<CrisisHelp help={{ title: MARKUP, text: MARKUP }} urgency="now" />);
    expectNoInjectedElements(container);
  });
});
