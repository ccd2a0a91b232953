import type { ComponentChildren, JSX } from 'preact';
import type { KeyFrequency } from '@/data/types';
import './IconArray.css';

export interface IconArrayProps {
  frequency: KeyFrequency;
  /** Unique within the page, for the figure's caption id. */
  id: string;
  /** Citation links, shown after the caption. */
  refs?: ComponentChildren;
}

const COLUMNS = 10;
const CELL = 12;

/**
 * A 10 × 10 icon array per group: the first `count` people are filled. Each picture is an image with
 * a text equivalent ("76 in 100 people on a ketamine drip felt strange…"); the caption says it all in words.
 */
export function IconArray({ frequency, id, refs }: IconArrayProps): JSX.Element {
  const { denominator, groups, counts } = frequency;
  const rows = Math.ceil(denominator / COLUMNS);
  return (
    <figure class="icon-array" aria-labelledby={`${id}-caption`}>
      <div class="icon-array-groups">
        {groups.map((g, gi) => (
          <div key={gi} class="icon-array-group">
            <svg
              role="img"
              aria-label={`${g.count} in ${denominator} people ${g.label.toLowerCase()} ${counts}.`}
              viewBox={`0 0 ${COLUMNS * CELL} ${rows * CELL}`}
              width={COLUMNS * CELL}
              height={rows * CELL}
              class={`icon-array-svg group-${gi}`}
            >
              {Array.from({ length: denominator }, (_, i) => {
                const x = (i % COLUMNS) * CELL + CELL / 2;
                const y = Math.floor(i / COLUMNS) * CELL + CELL / 2;
                const filled = i < g.count;
                return (
                  <circle key={i} cx={x} cy={y} r={CELL / 2 - 1.5} class={filled ? 'icon-filled' : 'icon-empty'} />
                );
              })}
            </svg>
            <p class="icon-array-label" aria-hidden="true">
              <strong>
                {g.count} in {denominator}
              </strong>{' '}
              {g.label.toLowerCase()}
            </p>
          </div>
        ))}
      </div>
      <figcaption>
        <span id={`${id}-caption`}>{frequency.text}</span> {refs}
      </figcaption>
    </figure>
  );
}
