import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { PageClaims } from '@/components/PageClaims';
import { createCite } from '@/lib/cite';
import { evidenceCards } from '@/data/evidence-cards';
import { sources } from '@/data/sources';
import { findPageClaims, listConditions } from '@/lib/page-claims';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const TITLE = "What the evidence says about this page's topics";

describe('PageClaims', () => {
  it('shows the card for each condition a page ties to ketamine, as the side panel does', () => {
    const claims = findPageClaims({ ketamine: 2, fibromyalgia: 1, 'complex-regional-pain-syndrome': 3 }, evidenceCards);
    expect(claims.map((c) => c.id).sort()).toEqual(['crps', 'fibromyalgia']);
    render(<PageClaims conditions={listConditions(claims)} cards={claims} cite={cite} />);
    const region = screen.getByRole('region', { name: TITLE });
    expect(
      within(region)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby')),
    ).toEqual(claims.map((c) => `evidence-${c.id}`));
    for (const c of claims) within(region).getByRole('heading', { level: 3, name: c.title });
    expect(region.textContent).toContain(`This page mentions ketamine together with ${listConditions(claims)}.`);
  });

  it('sits under its own h2 so the cards are h3', () => {
    render(<PageClaims conditions="CRPS" cards={evidenceCards.slice(0, 1)} cite={cite} />);
    screen.getByRole('heading', { level: 2, name: TITLE });
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
  });

  it('has the heading and the introduction but no cards when given none', () => {
    render(<PageClaims conditions="CRPS" cards={[]} cite={cite} />);
    screen.getByRole('heading', { level: 2, name: TITLE });
    screen.getByText(/This page mentions ketamine together with CRPS\./);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('renders condition words containing markup as text', () => {
    const { container } = render(<PageClaims conditions={MARKUP} cards={[]} cite={cite} />);
    expect(container.textContent).toContain(`together with ${MARKUP}.`);
    expectNoInjectedElements(container);
  });
});
