import type { JSX } from 'preact';

export interface LearnCardsProps {
  sections: readonly { id: string; title: string; mainMessage: string }[];
  onOpen: (id: string) => void;
}

/** The guide as short cards (popup): each shows its main message and opens the full section in the side panel. */
export function LearnCards({ sections, onOpen }: LearnCardsProps): JSX.Element {
  return (
    <ul class="plain">
      {sections.map((s) => (
        <li key={s.id} class="card">
          <h3 style={{ marginTop: 0 }}>{s.title}</h3>
          <p>{s.mainMessage}</p>
          <button
            type="button"
            class="btn-link"
            onClick={() => onOpen(s.id)}
            aria-label={`Read more in the side panel: ${s.title}`}
          >
            Read more in the side panel
          </button>
        </li>
      ))}
    </ul>
  );
}
