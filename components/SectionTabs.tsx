import type { JSX } from 'preact';
import './SectionTabs.css';

export interface TabItem {
  id: string;
  label: string;
}

export interface SectionTabsProps {
  label: string;
  tabs: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
  /** Prefix for ids: tab ids are `${idPrefix}-tab-${id}`, panels `${idPrefix}-panel-${id}`. */
  idPrefix: string;
}

/** Tabs per the ARIA practices: arrow keys move between tabs, Home and End jump. */
export function SectionTabs(props: SectionTabsProps): JSX.Element {
  const index = Math.max(
    0,
    props.tabs.findIndex((t) => t.id === props.selected),
  );
  const focusTab = (i: number) => {
    const t = props.tabs[(i + props.tabs.length) % props.tabs.length]!;
    props.onSelect(t.id);
    requestAnimationFrame(() => document.getElementById(`${props.idPrefix}-tab-${t.id}`)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') focusTab(index + 1);
    else if (e.key === 'ArrowLeft') focusTab(index - 1);
    else if (e.key === 'Home') focusTab(0);
    else if (e.key === 'End') focusTab(props.tabs.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div class="section-tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
      {props.tabs.map((t, i) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`${props.idPrefix}-tab-${t.id}`}
          aria-selected={t.id === props.selected}
          aria-controls={`${props.idPrefix}-panel-${t.id}`}
          // The arrow keys treat an unknown `selected` as the first tab; Tab must reach that same tab.
          tabIndex={i === index ? 0 : -1}
          onClick={() => props.onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
