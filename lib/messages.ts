// Messages between the content script, the extension pages and the background: their types, and
// the checks for counts that arrive in a message or come back from storage.session. Pure.
import type { Normalized } from './settings';

/** Term ids found in one frame, with how often each occurs. */
export type TermCounts = Record<string, number>;

export type BackgroundMessage =
  /** A frame's current terms (sent after each change, debounced). */
  | { type: 'terms-found'; counts: TermCounts; site: string }
  /**
   * The tooltip's "More": open the side panel at a glossary entry. `activated`: the frame had user
   * activation when it asked (navigator.userActivation); the background opens nothing without it.
   */
  | { type: 'open-term'; termId: string; activated?: boolean }
  /**
   * "Turn off on this site" from the tooltip. The background takes the site from the sender, never
   * from `site`, accepts it only from the top frame, and never turns a site back on for a page.
   */
  | { type: 'set-site-off'; site: string; off: boolean }
  /**
   * The tooltip's "Ask my doctor about this word": keep a glossary term for the handout. Needs the
   * user's activation, like open-term; the reply is a KeepWordResult.
   */
  | { type: 'keep-word'; termId: string; activated?: boolean }
  /** The content script found no current tooltip texts in storage: the reply carries them. */
  | { type: 'get-term-texts' }
  /** The content script found no current match forms in storage: the reply (true) says they are written. */
  | { type: 'write-term-forms' };

/** What became of a request to keep a word: kept now, kept before, the list is full, or not accepted. */
export type KeepWordResult = 'kept' | 'already' | 'full' | 'refused';

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

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRAME_ID = /^(0|[1-9][0-9]{0,9})$/;

/** Glossary ids are kebab-case: lower-case letters and digits joined by single hyphens. */
export function isTermId(v: unknown): v is string {
  return typeof v === 'string' && TERM_ID.test(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keeps the well-formed counts of a message or stored frame (positive, whole) and how many were not. */
function readCounts(raw: unknown): { counts: TermCounts; bad: number } {
  const counts: TermCounts = {};
  if (!isRecord(raw)) return { counts, bad: raw === undefined || raw === null ? 0 : 1 };
  let bad = 0;
  for (const [id, n] of Object.entries(raw)) {
    if (TERM_ID.test(id) && typeof n === 'number' && Number.isFinite(n) && n >= 1) counts[id] = Math.floor(n);
    else bad++;
  }
  return { counts, bad };
}

/** The counts a content script reported, without anything malformed. */
export function sanitizeCounts(raw: unknown): TermCounts {
  return readCounts(raw).counts;
}

/** Total count per term over every frame of a tab. Malformed counts are skipped. */
export function mergeFrameCounts(tab: Pick<TabTerms, 'frames'>): TermCounts {
  const out: TermCounts = {};
  if (!isRecord(tab.frames)) return out;
  for (const raw of Object.values(tab.frames)) {
    const { counts } = readCounts(raw);
    for (const [id, n] of Object.entries(counts)) out[id] = (out[id] ?? 0) + n;
  }
  return out;
}

/** A tab's stored record, validated: what is unreadable is dropped, and named in `repaired`. */
export function normalizeTabTerms(raw: unknown, tabId: number): Normalized<TabTerms | null> {
  if (raw === undefined || raw === null) return { value: null, repaired: [] };
  if (!isRecord(raw)) return { value: null, repaired: ['tabTerms'] };
  const repaired: string[] = [];
  if (raw.tabId !== tabId) repaired.push('tabTerms.tabId');
  if (typeof raw.site !== 'string') repaired.push('tabTerms.site');
  const frames: Record<string, TermCounts> = {};
  if (!isRecord(raw.frames)) {
    repaired.push('tabTerms.frames');
  } else {
    let bad = 0;
    for (const [frameId, value] of Object.entries(raw.frames)) {
      if (!FRAME_ID.test(frameId) || !isRecord(value)) {
        bad++;
        continue;
      }
      const read = readCounts(value);
      bad += read.bad;
      if (Object.keys(read.counts).length) frames[frameId] = read.counts;
    }
    if (bad) repaired.push(`tabTerms.frames (${bad} unreadable entr${bad === 1 ? 'y' : 'ies'})`);
  }
  return { value: { tabId, site: typeof raw.site === 'string' ? raw.site : '', frames }, repaired };
}
