import type { JSX } from 'preact';
import type { GuideSection } from '@/data/types';
import { SourceRefs, type Cite } from './SourceRefs';

export interface GuideSectionViewProps {
  section: GuideSection;
  cite: Cite;
}

export function GuideSectionView({ section, cite }: GuideSectionViewProps): JSX.Element {
  return (
    <section class="guide-section" aria-labelledby={`guide-${section.id}`}>
      <h2 id={`guide-${section.id}`} tabIndex={-1}>
        {section.title}
      </h2>
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
    </section>
  );
}
