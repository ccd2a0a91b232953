import type { JSX } from 'preact';
import type { EvidenceCard } from '@/data/types';
import { SourceRefs, type Cite } from './SourceRefs';
import './EvidenceCardView.css';

export interface EvidenceCardViewProps {
  card: EvidenceCard;
  cite: Cite;
  headingLevel?: 2 | 3;
}

/** What the evidence says for one condition: strength in plain words, key numbers, bottom line. */
export function EvidenceCardView({ card, cite, headingLevel = 3 }: EvidenceCardViewProps): JSX.Element {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card evidence-card" aria-labelledby={`evidence-${card.id}`}>
      <H id={`evidence-${card.id}`} style={{ marginTop: 0 }}>
        {card.title}
      </H>
      <p>
        <span class={`strength strength-${card.strength}`}>{card.strengthLabel}</span>
      </p>
      <p>
        {card.summary.text} <SourceRefs refs={cite(card.summary.sources)} />
      </p>
      {card.keyNumbers.length > 0 && (
        <>
          <p class="small muted" style={{ marginBottom: 0 }}>
            Key numbers
          </p>
          <ul>
            {card.keyNumbers.map((k, i) => (
              <li key={i}>
                {k.text} <SourceRefs refs={cite(k.sources)} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Bottom line:</strong> {card.bottomLine.text} <SourceRefs refs={cite(card.bottomLine.sources)} />
      </p>
    </article>
  );
}
