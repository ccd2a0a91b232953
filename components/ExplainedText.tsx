import { useRef } from 'preact/hooks';
import type { JSX, VNode } from 'preact';
import { segmentParagraph, type ExplainedParagraph } from '@/lib/explain-text';
import './ExplainedText.css';

export interface ExplainedTextProps {
  paragraphs: readonly ExplainedParagraph[];
  /** A term's name, for the marked word's tooltip. */
  nameOf: (termId: string) => string;
}

/**
 * The reader's text, paragraph by paragraph, with the glossary terms marked. Everything is text nodes:
 * the reader's text never becomes markup. Paragraphs arrive in slices; each one is drawn once and
 * then reused as it is, so a new slice costs only its own paragraphs.
 */
export function ExplainedText({ paragraphs, nameOf }: ExplainedTextProps): JSX.Element {
  const drawn = useRef(new WeakMap<ExplainedParagraph, VNode>());
  return (
    <div class="explained-text">
      {paragraphs.map((p) => {
        let node = drawn.current.get(p);
        if (!node) {
          node = (
            <p key={p.index} class="explained-paragraph">
              {segmentParagraph(p).map((s, i) =>
                s.termId ? (
                  <mark key={i} class="explained-term" title={nameOf(s.termId)}>
                    {s.text}
                  </mark>
                ) : (
                  s.text
                ),
              )}
            </p>
          );
          drawn.current.set(p, node);
        }
        return node;
      })}
    </div>
  );
}
