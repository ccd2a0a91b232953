// What the popup and the side panel say about the page in the active tab. Pure.
import { findGlossaryEntry } from '../data/glossary';
import { mergeFrameCounts, type TabTerms, type TermCounts } from './messages';
import { isSiteOff } from './settings';

export interface PageTermCount {
  id: string;
  name: string;
  count: number;
}

export interface PageSummary {
  /** The tab's site ('' before any report, and on pages without a site). */
  site: string;
  siteOff: boolean;
  /** Occurrences per term over every frame. */
  counts: TermCounts;
  /** Most frequent first, then by name; a term missing from the glossary shows its id. */
  terms: PageTermCount[];
}

export function summarizePage(tab: TabTerms | null, disabledSites: readonly string[]): PageSummary {
  const site = tab?.site ?? '';
  const counts = tab ? mergeFrameCounts(tab) : {};
  const terms = Object.entries(counts)
    .map(([id, count]) => ({ id, name: findGlossaryEntry(id)?.name ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { site, siteOff: site !== '' && isSiteOff(disabledSites, site), counts, terms };
}
