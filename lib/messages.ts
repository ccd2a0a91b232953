// Messages between the content script, the extension pages and the background. Types only.

/** Term ids found in one frame, with how often each occurs. */
export type TermCounts = Record<string, number>;

export type BackgroundMessage =
  /** A frame's current terms (sent after each change, debounced). */
  | { type: 'terms-found'; counts: TermCounts; site: string }
  /** The tooltip's "More": open the side panel at a glossary entry. */
  | { type: 'open-term'; termId: string }
  /** "Turn off on this site" from the tooltip or the popup. */
  | { type: 'set-site-off'; site: string; off: boolean }
  /** The content script found no current tooltip texts in storage: the reply carries them. */
  | { type: 'get-term-texts' };

export type ContentMessage =
  /** Keyboard navigation: the next (1) or previous (-1) term on the page. */
  | { type: 'step-term'; direction: 1 | -1 }
  /** From the popup or side panel: scroll to the next occurrence of a term and show its tooltip. */
  | { type: 'show-term'; termId: string };

/** What the background keeps per tab (in storage.session, so it survives a worker restart). */
export interface TabTerms {
  tabId: number;
  site: string;
  /** Counts per frame id. */
  frames: Record<string, TermCounts>;
}

export function mergeFrameCounts(tab: Pick<TabTerms, 'frames'>): TermCounts {
  const out: TermCounts = {};
  for (const counts of Object.values(tab.frames)) {
    for (const [id, n] of Object.entries(counts)) out[id] = (out[id] ?? 0) + n;
  }
  return out;
}
