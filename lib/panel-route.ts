// Where the side panel opens. Pure.
import type { Normalized } from './settings';

/** Every view of the side panel, in the order its links show. A new view is one more name here. */
export const PANEL_VIEWS = [
  'page',
  'guide',
  'evidence',
  'options',
  'checklist',
  'glossary',
  'sources',
  'settings',
  'explain',
] as const;

export type PanelView = (typeof PANEL_VIEWS)[number];

/**
 * The most text a route carries to the Explain view (a long selection from the context menu): the
 * route sits in storage.session, whose whole quota is 10 MB, and a selection is a few pages at most.
 */
export const MAX_ROUTE_TEXT = 20_000;

export interface PanelRoute {
  view: PanelView;
  /** A guide section, evidence card, options comparison, glossary entry or source id. */
  id?: string;
  /** Glossary search text (from the context menu). */
  query?: string;
  /** Text for the Explain view (the context menu's long selection), at most MAX_ROUTE_TEXT characters. */
  text?: string;
  /** Set on every request, so the same route asked twice still moves the panel. */
  at: number;
}

const VIEWS: readonly string[] = PANEL_VIEWS;

export function parseRoute(raw: unknown): PanelRoute | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.view !== 'string' || !VIEWS.includes(r.view)) return null;
  return {
    view: r.view as PanelView,
    id: typeof r.id === 'string' ? r.id : undefined,
    query: typeof r.query === 'string' ? r.query.slice(0, 200) : undefined,
    // Only the Explain view reads text; any other route drops it rather than keep it in storage.
    text: r.view === 'explain' && typeof r.text === 'string' ? r.text.slice(0, MAX_ROUTE_TEXT) : undefined,
    at: typeof r.at === 'number' ? r.at : 0,
  };
}

/** parseRoute, saying which stored fields were unreadable (storage.session's panelRoute). */
export function normalizeRoute(raw: unknown): Normalized<PanelRoute | null> {
  if (raw === undefined || raw === null) return { value: null, repaired: [] };
  const value = parseRoute(raw);
  if (!value) return { value: null, repaired: ['panelRoute'] };
  const r = raw as Record<string, unknown>;
  const repaired: string[] = [];
  if (r.id !== undefined && typeof r.id !== 'string') repaired.push('panelRoute.id');
  if (r.query !== undefined && typeof r.query !== 'string') repaired.push('panelRoute.query');
  if (r.text !== undefined && typeof r.text !== 'string') repaired.push('panelRoute.text');
  if (typeof r.at !== 'number') repaired.push('panelRoute.at');
  return { value, repaired };
}

/** "#glossary/ketamine" style hashes, so a route survives a reload and works as a link. */
export function routeFromHash(hash: string): PanelRoute | null {
  const [view, id] = hash.replace(/^#/, '').split('/');
  return parseRoute({ view, id: id ? decodeId(id) : undefined, at: 0 });
}

/** A hand-edited or cut-off link ("%E2%80") still opens the view, without the entry. */
function decodeId(id: string): string | undefined {
  try {
    return decodeURIComponent(id);
  } catch {
    return undefined;
  }
}

export function routeToHash(route: Pick<PanelRoute, 'view' | 'id'>): string {
  return `#${route.view}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
}
