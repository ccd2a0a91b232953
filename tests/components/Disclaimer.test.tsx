import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
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

  it('is one paragraph styled as the disclaimer', () => {
    const { container } = render(<Disclaimer text="t" reviewedOn="1 Jan 2027" />);
    expect(container.children).toHaveLength(1);
    expect(container.firstElementChild?.tagName).toBe('P');
    expect(container.firstElementChild?.className).toBe('disclaimer');
  });

  it('renders text containing markup as text', () => {
    const { container } = render(<Disclaimer text={MARKUP} reviewedOn={MARKUP} />);
    expect(container.textContent).toBe(`${MARKUP} Content reviewed ${MARKUP}.`);
    expectNoInjectedElements(container);
  });
});
