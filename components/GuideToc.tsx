import type { JSX } from 'preact';
import './GuideToc.css';

export interface GuideTocProps {
  sections: readonly { id: string; title: string }[];
  /** Where the links point: "#guide/<id>". */
  hrefFor: (id: string) => string;
}

export function GuideToc({ sections, hrefFor }: GuideTocProps): JSX.Element {
  return (
    <nav class="toc" aria-label="Guide contents">
      <h2>Contents</h2>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={hrefFor(s.id)}>{s.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
