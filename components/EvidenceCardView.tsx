import type { JSX } from 'preact';
import type { EvidenceCard, SourcedText } from '@/data/types';
import { CARD_NEXT_STEPS } from '@/data/evidence-cards';
import { SourceRefs, type Cite } from './SourceRefs';
import { IconArray } from './IconArray';
import './EvidenceCardView.css';

export interface EvidenceCardViewProps {
  card: EvidenceCard;
  cite: Cite;
  headingLevel?: 2 | 3;
  /** Where the options step links, e.g. "#options/crps-options"; the step is plain text when absent. */
  optionsHref?: string;
  /** Where the checklist step links, e.g. "#checklist"; plain text when absent. */
  checklistHref?: string;
}

/**
 * What the evidence says for one condition: the main message first, the strength in plain words, the
 * key number as an icon array with its text equivalent, what we know and don't know, and what to ask.
 */
export function EvidenceCardView({
  card,
  cite,
  headingLevel = 3,
  optionsHref,
  checklistHref,
}: EvidenceCardViewProps): JSX.Element {
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
      <IconArray
        frequency={card.keyFrequency}
        id={`evidence-${card.id}-number`}
        refs={<SourceRefs refs={cite(card.keyFrequency.sources)} />}
      />
      {list('What we know', card.known, 'known')}
      {list('What we don’t know', card.unknown, 'unknown')}
      <Sub class="evidence-subhead">What you can do</Sub>
      <ol class="evidence-next-steps">
        <li>
          {card.bottomLine.text} <SourceRefs refs={cite(card.bottomLine.sources)} />
        </li>
        <li>{optionsHref ? <a href={optionsHref}>{CARD_NEXT_STEPS.options}</a> : CARD_NEXT_STEPS.options}</li>
        <li>{checklistHref ? <a href={checklistHref}>{CARD_NEXT_STEPS.checklist}</a> : CARD_NEXT_STEPS.checklist}</li>
      </ol>
    </article>
  );
}
