import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { WelcomeView } from '@/components/WelcomeView';
import { Disclaimer } from '@/components/Disclaimer';
import { contentReviewedOn, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const disclaimer = <Disclaimer text={notMedicalAdvice} reviewedOn={formatReviewDate(contentReviewedOn)} />;
const sample = (
  <p id="sample">Ketamine is an anesthetic. Some clinics offer it for complex regional pain syndrome (CRPS).</p>
);

describe('WelcomeView', () => {
  it('greets with one h1 and the sections in order', () => {
    render(<WelcomeView nextShortcut="Alt+Shift+N" sample={sample} disclaimer={disclaimer} />);
    screen.getByRole('heading', { level: 1, name: 'Welcome to PainLens' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Try it here',
      'What else it does',
      'Your privacy',
    ]);
  });

  it('puts the sample paragraph under "Try it here"', () => {
    render(<WelcomeView nextShortcut="" sample={sample} disclaimer={disclaimer} />);
    const tryIt = screen.getByRole('heading', { name: 'Try it here' });
    expect(tryIt.nextElementSibling).toBe(document.getElementById('sample'));
  });

  it('shows the next-term shortcut as a key when one is set', () => {
    render(<WelcomeView nextShortcut="Alt+Shift+N" sample={sample} disclaimer={disclaimer} />);
    const kbd = screen.getByText('Alt+Shift+N');
    expect(kbd.tagName).toBe('KBD');
    expect(kbd.parentElement?.textContent).toBe(
      'Keyboard: press Alt+Shift+N to move to the next explained term on a page.',
    );
  });

  it('explains how to set a key when none is set', () => {
    const { container } = render(<WelcomeView nextShortcut="" sample={sample} disclaimer={disclaimer} />);
    expect(container.querySelector('kbd')).toBeNull();
    expect(container.textContent).toContain('set a key for “Go to the next explained term”');
  });

  it('promises privacy and links the policy page', () => {
    render(<WelcomeView nextShortcut="" sample={sample} disclaimer={disclaimer} />);
    const privacy = screen.getByRole('heading', { name: 'Your privacy' }).nextElementSibling as HTMLElement;
    expect(privacy.textContent).toContain('Nothing leaves your device.');
    expect(privacy.textContent).toContain('makes no network requests');
    expect(within(privacy).getByRole('link', { name: 'Read the privacy policy' }).getAttribute('href')).toBe(
      '/privacy.html',
    );
  });

  it('ends with the disclaimer it is given', () => {
    render(<WelcomeView nextShortcut="" sample={sample} disclaimer={disclaimer} />);
    const article = screen.getByRole('article');
    expect(article.lastElementChild?.className).toBe('disclaimer');
    expect(article.lastElementChild?.textContent).toContain(notMedicalAdvice);
  });

  it('renders a shortcut containing markup as text', () => {
    const { container } = render(<WelcomeView nextShortcut={MARKUP} sample={null} disclaimer={null} />);
    expect(container.querySelector('kbd')?.textContent).toBe(MARKUP);
    expectNoInjectedElements(container);
  });
});
