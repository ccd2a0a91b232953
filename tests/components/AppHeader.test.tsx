import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { AppHeader } from '@/components/AppHeader';

describe('AppHeader', () => {
  it('is a banner with the name as the page heading and the tagline under it', () => {
    render(<AppHeader tagline="Medical words explained." />);
    const banner = screen.getByRole('banner');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PainLens');
    expect(banner.textContent).toBe('PainLensMedical words explained.');
  });

  it('hides the logo from screen readers (the name is already there)', () => {
    const { container } = render(<AppHeader tagline="x" />);
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('shows the controls it is given after the tagline', () => {
    render(
      <AppHeader tagline="Quick help.">
        <button type="button">Pause</button>
      </AppHeader>,
    );
    expect(screen.getByRole('banner').lastElementChild).toBe(screen.getByRole('button', { name: 'Pause' }));
  });
});
