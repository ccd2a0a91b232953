import type { JSX } from 'preact';

export interface TermTooltipProps {
  titleId: string;
  name: string;
  definition: string;
  /** Short label of the main source, e.g. "ASRA/AAPM/ASA guideline, 2018". */
  source: string | null;
  /** Shown in the footer: "Not medical advice · reviewed …". */
  footnote: string;
  /** False on pages without a site (file:, data:), where turning off per site means nothing. */
  canTurnOffSite: boolean;
  /** Each is given the click, so the caller can tell a person's press from a script's. */
  onMore: (e: MouseEvent) => void;
  /** "Ask my doctor about this word". */
  onKeep: (e: MouseEvent) => void;
  /** What became of the word once kept ("On your list…"); shown in place of the button. */
  keepNote: string | null;
  onTurnOffSite: (e: MouseEvent) => void;
  onClose: (e: MouseEvent) => void;
}

/** The definition card shown beside a term on a page. A non-modal dialog, since it has buttons. */
export function TermTooltip(props: TermTooltipProps): JSX.Element {
  return (
    <div class="tip" role="dialog" aria-modal="false" aria-labelledby={props.titleId} tabIndex={-1}>
      <div class="tip-head">
        <strong class="tip-name" id={props.titleId}>
          {props.name}
        </strong>
        <button type="button" class="tip-close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="tip-definition">{props.definition}</p>
      {props.source && <p class="tip-source">Source: {props.source}</p>}
      <div class="tip-actions">
        <button type="button" class="tip-more" onClick={props.onMore}>
          More about this term
        </button>
        {props.keepNote === null && (
          <button type="button" class="tip-keep" onClick={props.onKeep}>
            Ask my doctor about this word
          </button>
        )}
        {props.canTurnOffSite && (
          <button type="button" class="tip-off" onClick={props.onTurnOffSite}>
            Turn off on this site
          </button>
        )}
      </div>
      {props.keepNote !== null && <p class="tip-note">{props.keepNote}</p>}
      <p class="tip-foot">{props.footnote}</p>
    </div>
  );
}
