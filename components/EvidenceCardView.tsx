import type { JSX } from 'preact';
import type { EvidenceCard, SourcedText } from '@/data/types';
import { SourceRefs, type Cite } from './SourceRefs';
import { IconArray } from './IconArray';
import './EvidenceCardView.css';

export interface EvidenceCardViewProps {
  card: EvidenceCard;
  cite: Cite;
  headingLevel?: 2 | 3;
  /** Where "Compare the options" points, e.g. "#options/crps-options"; no link when absent. */
  optionsHref?: string;
}

/**
 * What the evidence says for one condition: the main message first, the strength in plain words, the
 * key number as an icon array with its text equivalent, what we know and don't know, and what to ask.
 */
export function EvidenceCardView({ card, cite, headingLevel = 3, optionsHref }: EvidenceCardViewProps): JSX.Element {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const list = (title: string, items: readonly SourcedText[], kind: string) => (
    <>
      <Sub class="evidence-subhead">{title}</Sub>
      <ul class={`evidence-${kind}`}>
        {items.map((k, i) => (
          <li key={i}>
            {k.text} <SourceRefs refs={cite(k.sources)} />
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <article class="card evidence-card" aria-labelledby={`evidence-${card.id}`}>
      <H id={`evidence-${card.id}`} style={{ marginTop: 0 }}>
        {card.title}
      </H>
      <p class="main-message">
        <strong>{card.mainMessage}</strong>
      </p>
      <p>
        <span class={`strength strength-${card.strength}`}>{card.strengthLabel}</span>
      </p>
      <Sub class="evidence-subhead">Key number</Sub>
      <IconArray frequency={card.keyFrequency} id={`evidence-${card.id}-number`} />
      <p class="small">
        <SourceRefs refs={cite(card.keyFrequency.sources)} />
      </p>
      {list('What we know', card.known, 'known')}
      {list('What we don’t know', card.unknown, 'unknown')}
      <p>
        <strong>What you can do:</strong> {card.bottomLine.text} <SourceRefs refs={cite(card.bottomLine.sources)} />
      </p>
      {optionsHref && (
        <p class="no-print">
          <a href={optionsHref}>Compare ketamine with the other options for this condition</a>
        </p>
      )}
    </article>
  );
}
