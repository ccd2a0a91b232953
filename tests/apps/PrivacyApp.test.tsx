// The privacy policy page (entrypoints/privacy/App.tsx).
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { App } from '@/entrypoints/privacy/App';
import { stubExtension } from './support/extension';

beforeEach(() => {
  stubExtension();
});

describe('privacy page', () => {
  it('is the policy, in the page’s main landmark, for the installed version', () => {
    render(<App />);
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('PainLens 0.1.0. Effective');
    screen.getByRole('heading', { name: 'The short version' });
  });
});
