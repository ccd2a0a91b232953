import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { EvidenceCardView } from '@/components/EvidenceCardView';
import { createCite } from '@/lib/cite';
import { evidenceCards } from '@/data/evidence-cards';
import { sources } from '@/data/sources';
import type { EvidenceCard } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const crps = evidenceCards.find((c) => c.id === 'crps')!;
const sourceLinks = (el: HTMLElement) =>
  within(el)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href'));

describe('EvidenceCardView', () => {
  it.each(evidenceCards.map((c) => [c.id, c] as const))('%s: an article named by its title', (_id, card) => {
    render(<EvidenceCardView card={card} cite={cite} />);
    const article = screen.getByRole('article', { name: card.title });
    within(article).getByRole('heading', { level: 3, name: card.title });
    expect(article.textContent).toContain(card.strengthLabel);
    expect(article.textContent).toContain(card.summary.text);
    expect(article.textContent).toContain(`Bottom line: ${card.bottomLine.text}`);
  });

  it('uses h2 when asked', () => {
    render(<EvidenceCardView card={crps} cite={cite} headingLevel={2} />);
    screen.getByRole('heading', { level: 2, name: crps.title });
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('lists the key numbers, each with its own citations', () => {
    render(<EvidenceCardView card={crps} cite={cite} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(crps.keyNumbers.length);
    items.forEach((li, i) => {
      const k = crps.keyNumbers[i]!;
      expect(li.textContent).toContain(k.text);
      expect(sourceLinks(li)).toEqual(cite(k.sources).map((c) => `#sources/${c.id}`));
    });
  });

  it('cites the summary and bottom line with numbered, named links', () => {
    const { container } = render(<EvidenceCardView card={crps} cite={cite} />);
    const all = [crps.summary, ...crps.keyNumbers, crps.bottomLine].flatMap((t) => cite(t.sources));
    expect(all.length).toBeGreaterThan(0);
    expect(sourceLinks(container as HTMLElement)).toEqual(all.map((c) => `#sources/${c.id}`));
    for (const c of all)
      expect(screen.getAllByRole('link', { name: `Source ${c.n}: ${c.label}` }).length).toBeGreaterThan(0);
  });

  it('carries the strength as a class the theme colours', () => {
    render(<EvidenceCardView card={crps} cite={cite} />);
    expect(screen.getByText(crps.strengthLabel).className).toBe(`strength strength-${crps.strength}`);
  });

  it('leaves out "Key numbers" when there are none', () => {
    render(<EvidenceCardView card={{ ...crps, keyNumbers: [] }} cite={cite} />);
    expect(screen.queryByText('Key numbers')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('gives two cards on one page distinct heading ids', () => {
    render(
      <>
        {evidenceCards.map((c) => (
          <EvidenceCardView key={c.id} card={c} cite={cite} />
        ))}
      </>,
    );
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(
      evidenceCards.map((c) => `evidence-${c.id}`),
    );
  });

  it('renders card texts containing markup as text', () => {
    const card: EvidenceCard = {
      ...crps,
      title: MARKUP,
      strengthLabel: MARKUP,
      summary: { text: MARKUP, sources: [] },
      keyNumbers: [{ text: MARKUP, sources: [] }],
      bottomLine: { text: MARKUP, sources: [] },
    };
    const { container } = render(<EvidenceCardView card={card} cite={cite} />);
    screen.getByRole('article', { name: MARKUP });
    expectNoInjectedElements(container);
  });
});
