// Where the side panel opens. Pure.

export type PanelView = 'page' | 'guide' | 'evidence' | 'checklist' | 'glossary' | 'sources' | 'settings';

export interface PanelRoute {
  view: PanelView;
  /** A guide section, evidence card or glossary entry id. */
  id?: string;
  /** Glossary search text (from the context menu). */
  query?: string;
  /** Set on every request, so the same route asked twice still moves the panel. */
  at: number;
}

const VIEWS: readonly PanelView[] = ['page', 'guide', 'evidence', 'checklist', 'glossary', 'sources', 'settings'];

export function parseRoute(raw: unknown): PanelRoute | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!VIEWS.includes(r.view as PanelView)) return null;
  return {
    view: r.view as PanelView,
    id: typeof r.id === 'string' ? r.id : undefined,
    query: typeof r.query === 'string' ? r.query.slice(0, 200) : undefined,
    at: typeof r.at === 'number' ? r.at : 0,
  };
}

/** "#glossary/ketamine" style hashes, so a route survives a reload and works as a link. */
export function routeFromHash(hash: string): PanelRoute | null {
  const [view, id] = hash.replace(/^#/, '').split('/');
  return parseRoute({ view, id: id ? decodeURIComponent(id) : undefined, at: 0 });
}

export function routeToHash(route: Pick<PanelRoute, 'view' | 'id'>): string {
  return `#${route.view}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
}
