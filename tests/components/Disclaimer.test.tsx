import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { Disclaimer } from '@/components/Disclaimer';
import { contentReviewedOn, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

describe('Disclaimer', () => {
  it('says it is not medical advice and when the content was reviewed, as every screen shows it', () => {
    const reviewed = formatReviewDate(contentReviewedOn);
    const { container } = render(<Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />);
    expect(container.textContent).toBe(`${notMedicalAdvice} Content reviewed ${reviewed}.`);
    expect(container.textContent).toMatch(/does not give medical advice/);
  });

  it('is plain text, with no heading, landmark, link or control a reader would have to pass', () => {
    const { container } = render(<Disclaimer text="PainLens explains." reviewedOn="1 Jan 2027" />);
    expect(container.textContent).toBe('PainLens explains. Content reviewed 1 Jan 2027.');
    expect(screen.queryAllByRole('heading')).toHaveLength(0);
    expect(screen.queryAllByRole('contentinfo')).toHaveLength(0);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('renders text containing markup as text', () => {
    const { container } = render(<Disclaimer text={MARKUP} reviewedOn={MARKUP} />);
    expect(container.textContent).toBe(`${MARKUP} Content reviewed ${MARKUP}.`);
    expectNoInjectedElements(container);
  });
});
