import { useRef } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import './ReadAloud.css';

export interface ReadAloudProps {
  /** What is read: a guide section, an evidence card, a glossary entry. */
  id: string;
  /** Its name, for the button's accessible name ("Read aloud “How it works”"). */
  title: string;
  /** Reading now, and whether the device can read at all (hooks/use-speech.ts). */
  speaking: boolean;
  available: boolean;
  onSpeak: (id: string, text: string) => void;
  onStop: () => void;
  children: ComponentChildren;
}

/** Text of the content as shown, without the buttons and the citation marks. */
function readableText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('button, .refs, [aria-hidden="true"], script, style')) el.remove();
  // Block elements end a sentence for the voice even where the text has no full stop (headings, items).
  for (const el of copy.querySelectorAll('h1, h2, h3, h4, li, p, dt, dd, td, th, figcaption')) {
    el.append('. ');
  }
  return (copy.textContent ?? '').replace(/\.\s*\./g, '.').replace(/([.!?])\s*\.\s/g, '$1 ');
}

/** A "Read aloud" / "Stop reading" control above the content it reads; nothing when there is no voice. */
export function ReadAloud({ id, title, speaking, available, onSpeak, onStop, children }: ReadAloudProps): JSX.Element {
  const content = useRef<HTMLDivElement>(null);
  return (
    <div class="read-aloud">
      {available && (
        <p class="read-aloud-control">
          <button
            type="button"
            class="btn read-aloud-button"
            onClick={() => (speaking ? onStop() : content.current && onSpeak(id, readableText(content.current)))}
          >
            <span aria-hidden="true">{speaking ? '■' : '▶'}</span> {speaking ? 'Stop reading' : 'Read aloud'}
            <span class="visually-hidden"> “{title}”</span>
          </button>
        </p>
      )}
      <div ref={content}>{children}</div>
    </div>
  );
}
