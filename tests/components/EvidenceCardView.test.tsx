import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { EvidenceCardView } from '@/components/EvidenceCardView';
import { createCite } from '@/lib/cite';
import { CARD_NEXT_STEPS, evidenceCards } from '@/data/evidence-cards';
import { sources } from '@/data/sources';
import type { EvidenceCard } from '@/data/types';
import { MARKUP, expectNoInjectedElements } from './support/a11y';

const cite = createCite(sources);
const crps = evidenceCards.find((c) => c.id === 'crps')!;

describe('EvidenceCardView', () => {
  it.each(evidenceCards.map((c) => [c.id, c] as const))(
    '%s: main message first, strength, icon array, what we know and don’t know, what to do',
    (_id, card) => {
      render(<EvidenceCardView card={card} cite={cite} />);
      const article = screen.getByRole('article', { name: card.title });
      within(article).getByRole('heading', { level: 3, name: card.title });
      // The main message is the first thing after the title (review m15, CCI 2).
      const firstPara = article.querySelector('h3 + p');
      expect(firstPara?.textContent).toBe(card.mainMessage);
      expect(firstPara?.querySelector('strong')).not.toBeNull();
      expect(article.textContent).toContain(card.strengthLabel);
      // One picture per group, each an image with its numbers in words; the caption says it all.
      const images = within(article).getAllByRole('img');
      expect(images).toHaveLength(card.keyFrequency.groups.length);
      card.keyFrequency.groups.forEach((g, i) =>
        expect(images[i]!.getAttribute('aria-label')).toMatch(new RegExp(`^${g.count} in 100 people `)),
      );
      within(article).getByRole('figure', { name: card.keyFrequency.text });
      within(article).getByRole('heading', { level: 4, name: 'What we know' });
      within(article).getByRole('heading', { level: 4, name: 'What we don’t know' });
      for (const k of [...card.known, ...card.unknown]) expect(article.textContent).toContain(k.text);
      const next = within(article).getByRole('heading', { level: 4, name: 'What you can do' }).nextElementSibling!;
      expect(next.tagName).toBe('OL');
      expect([...next.querySelectorAll('li')].map((li) => li.textContent?.split(' [')[0])).toEqual([
        card.bottomLine.text,
        CARD_NEXT_STEPS.options,
        CARD_NEXT_STEPS.checklist,
      ]);
    },
  );

  it('uses h2 for the title and h3 below it when asked', () => {
    render(<EvidenceCardView card={crps} cite={cite} headingLevel={2} />);
    screen.getByRole('heading', { level: 2, name: crps.title });
    screen.getByRole('heading', { level: 3, name: 'What we know' });
  });

  it('links the options and checklist steps only when given where', () => {
    const { rerender } = render(<EvidenceCardView card={crps} cite={cite} />);
    expect(screen.queryByRole('link', { name: CARD_NEXT_STEPS.options })).toBeNull();
    expect(screen.queryByRole('link', { name: CARD_NEXT_STEPS.checklist })).toBeNull();
    rerender(
      <EvidenceCardView card={crps} cite={cite} optionsHref="#options/crps-options" checklistHref="#checklist" />,
    );
    expect(screen.getByRole('link', { name: CARD_NEXT_STEPS.options }).getAttribute('href')).toBe(
      '#options/crps-options',
    );
    expect(screen.getByRole('link', { name: CARD_NEXT_STEPS.checklist }).getAttribute('href')).toBe('#checklist');
  });

  it('cites every statement with numbered, named links', () => {
    render(<EvidenceCardView card={crps} cite={cite} />);
    const all = [crps.keyFrequency, ...crps.known, ...crps.unknown, crps.bottomLine].flatMap((t) => cite(t.sources));
    for (const c of all)
      expect(screen.getAllByRole('link', { name: `Source ${c.n}: ${c.label}` }).length).toBeGreaterThan(0);
  });

  it('carries the strength as a class the theme colours', () => {
    render(<EvidenceCardView card={crps} cite={cite} />);
    expect(screen.getByText(crps.strengthLabel).className).toBe(`strength strength-${crps.strength}`);
  });

  it('renders card texts containing markup as text', () => {
    const evil: EvidenceCard = {
      ...crps,
      title: MARKUP,
      mainMessage: MARKUP,
      known: [{ text: MARKUP, sources: [] }],
      unknown: [{ text: MARKUP, sources: [] }],
      bottomLine: { text: MARKUP, sources: [] },
      keyFrequency: { ...crps.keyFrequency, text: MARKUP },
    };
    const { container } = render(<EvidenceCardView card={evil} cite={cite} />);
    expect(screen.getByRole('heading', { name: MARKUP })).toBeTruthy();
    expectNoInjectedElements(container);
  });
});
