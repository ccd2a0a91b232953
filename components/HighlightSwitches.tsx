import type { JSX } from 'preact';
import { Switch } from './Switch';

export interface HighlightSwitchesProps {
  /** Id prefix: "" gives #pause-switch and #site-switch, "panel-" gives #panel-pause-switch… */
  idPrefix?: string;
  paused: boolean;
  /** Site of the page the popup or panel follows ('' when there is none, e.g. a browser page). */
  site: string;
  siteOff: boolean;
  onPausedChange: (paused: boolean) => void;
  onSiteOffChange: (site: string, off: boolean) => void;
}

/**
 * The two switches the popup and the side panel share: explain terms everywhere, and on this site.
 * The site switch is hidden while PainLens is paused everywhere, since it could change nothing.
 */
export function HighlightSwitches(props: HighlightSwitchesProps): JSX.Element {
  const prefix = props.idPrefix ?? '';
  return (
    <>
      <Switch
        id={`${prefix}pause-switch`}
        label="Explain terms on pages"
        checked={!props.paused}
        onChange={(on) => props.onPausedChange(!on)}
      />
      {props.site && !props.paused && (
        <Switch
          id={`${prefix}site-switch`}
          label={`Explain terms on ${props.site}`}
          checked={!props.siteOff}
          onChange={(on) => props.onSiteOffChange(props.site, !on)}
        />
      )}
    </>
  );
}
