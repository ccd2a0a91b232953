import type { JSX } from 'preact';
import type { EvidenceCard } from '@/data/types';
import { EvidenceCardView } from './EvidenceCardView';
import type { Cite } from './SourceRefs';

export interface PageClaimsProps {
  /** Conditions the page names next to ketamine, in words ("fibromyalgia and CRPS"). */
  conditions: string;
  cards: readonly EvidenceCard[];
  cite: Cite;
}

/** "What this page claims": the evidence for each condition a page ties to ketamine. */
export function PageClaims({ conditions, cards, cite }: PageClaimsProps): JSX.Element {
  return (
    <section aria-labelledby="page-claims-title">
      <h2 id="page-claims-title">What the evidence says about this page's topics</h2>
      <p>
        This page mentions ketamine together with {conditions}. Here is what studies have found so far, so you can read
        the page with that in mind.
      </p>
      {cards.map((c) => (
        <EvidenceCardView key={c.id} card={c} cite={cite} />
      ))}
    </section>
  );
}
