import type { JSX } from 'preact';
import type { GuideSection } from '@/data/types';
import { SourceRefs, type Cite } from './SourceRefs';
import { SessionSteps } from './SessionSteps';
import { IconArray } from './IconArray';

export interface GuideSectionViewProps {
  section: GuideSection;
  cite: Cite;
}

/** One guide section: its one-sentence main message first, any key number as a picture, then the text, the points and any steps. */
export function GuideSectionView({ section, cite }: GuideSectionViewProps): JSX.Element {
  return (
    <section class="guide-section" aria-labelledby={`guide-${section.id}`}>
      <h2 id={`guide-${section.id}`} tabIndex={-1}>
        {section.title}
      </h2>
      <p class="main-message">
        <strong>{section.mainMessage}</strong>
      </p>
      {section.keyFrequency && (
        <IconArray
          frequency={section.keyFrequency}
          id={`guide-${section.id}-number`}
          refs={<SourceRefs refs={cite(section.keyFrequency.sources)} />}
        />
      )}
      {section.paragraphs.map((p, i) => (
        <p key={i}>
          {p.text} <SourceRefs refs={cite(p.sources)} />
        </p>
      ))}
      {section.points && section.points.length > 0 && (
        <ul>
          {section.points.map((p, i) => (
            <li key={i}>
              {p.text} <SourceRefs refs={cite(p.sources)} />
            </li>
          ))}
        </ul>
      )}
      {section.steps && section.steps.length > 0 && (
        <SessionSteps steps={section.steps} cite={cite} label={`Steps: ${section.title}`} />
      )}
    </section>
  );
}
