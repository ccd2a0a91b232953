// The side panel's route: which view, and which section, entry or source in it. The hash is the
// route (so links inside the panel and a reload work); a route asked for by the popup, the tooltip
// or the context menu arrives through storage (utils/side-panel.ts, openPanelAt) and becomes the hash.
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routeFromHash, routeToHash, type PanelRoute } from '@/lib/panel-route';
import { clearPanelRoute, readPanelRoute, watchPanelRoute } from '@/utils/storage';

export type ShownRoute = Pick<PanelRoute, 'view' | 'id'>;

/** A route written for a panel that opened more than this long ago was for an earlier opening. */
const FRESH_MS = 60_000;

function currentRoute(): ShownRoute {
  return routeFromHash(location.hash) ?? { view: 'page' };
}

/**
 * The route shown, and the glossary search text, which a route from the context menu can set.
 * Also brings the routed section, entry or source into view (useScrollToRoute).
 */
export function usePanelRoute(): { route: ShownRoute; query: string; setQuery: (q: string) => void } {
  const [route, setRoute] = useState(currentRoute);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    const go = (raw: unknown) => {
      const r = parseRoute(raw);
      if (!r) return false;
      if (r.query !== undefined) setQuery(r.query);
      const hash = routeToHash(r);
      if (location.hash !== hash) location.hash = hash;
      else setRoute({ view: r.view, id: r.id });
      return true;
    };
    void readPanelRoute().then(({ value: r }) => {
      // The panel that opens with a route uses it up, so a panel opened later starts where it should.
      // Panels that were already open follow it through the watch below and leave it for the opener:
      // clearing it there would race with the new panel's first read (seen in Firefox's sidebar).
      if (r && Date.now() - r.at < FRESH_MS && !location.hash && go(r)) void clearPanelRoute();
    });
    const unwatch = watchPanelRoute((r) => void go(r));
    return () => {
      window.removeEventListener('hashchange', onHash);
      unwatch();
    };
  }, []);

  useScrollToRoute(route);
  return { route, query, setQuery };
}

/**
 * Brings the chosen section, entry or source into view, and moves focus there for keyboard users.
 * The ids are the ones GuideSectionView, EvidenceCardView, OptionsComparison, GlossaryEntryView and
 * SourcesList give
 * their items.
 */
function useScrollToRoute(route: ShownRoute): void {
  useEffect(() => {
    if (!route.id) {
      window.scrollTo(0, 0);
      return;
    }
    const target =
      document.getElementById(`guide-${route.id}`) ??
      document.getElementById(`evidence-${route.id}`) ??
      document.getElementById(`options-${route.id}`) ??
      document.getElementById(`entry-${route.id}`) ??
      document.getElementById(`source-${route.id}`);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      if (target.tabIndex >= 0 || target.hasAttribute('tabindex')) target.focus({ preventScroll: true });
    }
  }, [route.view, route.id]);
}
