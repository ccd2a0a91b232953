// The side panel's route: which view, and which section, entry or source in it. The hash is the
// route (so links inside the panel and a reload work); a route asked for by the popup, the tooltip
// or the context menu arrives through storage (utils/side-panel.ts, openPanelAt) and becomes the hash.
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routeFromHash, routeToHash, type PanelRoute } from '@/lib/panel-route';
import { clearPanelRoute, readPanelRoute, watchPanelRoute } from '@/utils/storage';

export type ShownRoute = Pick<PanelRoute, 'view' | 'id'>;

/** Text a route brought for the Explain view (a long selection), and when it was asked for. */
export interface TextHandoff {
  text: string;
  at: number;
}

/** A route written for a panel that opened more than this long ago was for an earlier opening. */
const FRESH_MS = 60_000;

function currentRoute(): ShownRoute {
  return routeFromHash(location.hash) ?? { view: 'page' };
}

/**
 * The route shown, and the glossary search text, which a route from the context menu can set.
 * Also brings the routed section, entry or source into view (useScrollToRoute).
 */
export function usePanelRoute(): {
  route: ShownRoute;
  query: string;
  setQuery: (q: string) => void;
  handoff: TextHandoff | null;
} {
  const [route, setRoute] = useState(currentRoute);
  const [query, setQuery] = useState('');
  const [handoff, setHandoff] = useState<TextHandoff | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    const go = (raw: unknown) => {
      const r = parseRoute(raw);
      if (!r) return false;
      if (r.query !== undefined) setQuery(r.query);
      if (r.text !== undefined) setHandoff({ text: r.text, at: r.at });
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
      // A selection that no panel used up in time is not kept for the rest of the session.
      else if (r?.text !== undefined && Date.now() - r.at >= FRESH_MS) void clearPanelRoute();
    });
    const timers: ReturnType<typeof setTimeout>[] = [];
    const unwatch = watchPanelRoute((raw) => {
      if (!go(raw)) return;
      // This panel was open already and leaves the route for a panel opening now (above); once no
      // opening panel would take it any more, the selected text it carries is cleared.
      const r = parseRoute(raw);
      if (r?.text !== undefined) timers.push(setTimeout(() => void forgetText(r.at), FRESH_MS));
    });
    return () => {
      window.removeEventListener('hashchange', onHash);
      for (const t of timers) clearTimeout(t);
      unwatch();
    };
  }, []);

  useScrollToRoute(route);
  return { route, query, setQuery, handoff };
}

/** Clears the route with the selected text written at `at`, unless a newer route replaced it. */
async function forgetText(at: number): Promise<void> {
  const { value } = await readPanelRoute();
  if (value?.at === at && value.text !== undefined) await clearPanelRoute();
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
