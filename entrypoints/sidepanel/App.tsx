// The side panel (Chrome) / sidebar (Firefox): the full companion beside the article. One view per
// section (./views); the route is the hash (hooks/use-panel-route.ts). A new view is a name in
// lib/panel-route.ts's PANEL_VIEWS and one row in VIEWS below.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { PANEL_VIEWS, type PanelView } from '@/lib/panel-route';
import { AppHeader } from '@/components/AppHeader';
import { RepairedDataNotice } from '@/components/RepairedDataNotice';
import { useAppState, type AppState } from '@/hooks/use-app-state';
import { useActiveTab, type ActiveTab } from '@/hooks/use-active-tab';
import { usePanelRoute, type ShownRoute } from '@/hooks/use-panel-route';
import { PageView } from './views/PageView';
import { GuideView } from './views/GuideView';
import { EvidenceView } from './views/EvidenceView';
import { OptionsView } from './views/OptionsView';
import { ChecklistView } from './views/ChecklistView';
import { GlossaryView } from './views/GlossaryView';
import { SourcesView } from './views/SourcesView';
import { SettingsView } from './views/SettingsView';
import { ExplainView } from './views/ExplainView';
import { useReadingPrefs } from '@/hooks/use-reading-prefs';

/** What a view may use: the shared state, the active tab, its route, and the panel's own bits. */
interface ViewContext {
  state: AppState;
  active: ActiveTab;
  route: ShownRoute;
  query: string;
  setQuery: (q: string) => void;
  status: string;
  setStatus: (s: string) => void;
  /** Text handed to the Explain view (the context menu's long selection). */
  handoff: ReturnType<typeof usePanelRoute>['handoff'];
}

const VIEWS: Record<PanelView, { label: string; render: (c: ViewContext) => JSX.Element }> = {
  page: { label: 'Page', render: (c) => <PageView state={c.state} active={c.active} /> },
  guide: { label: 'Guide', render: () => <GuideView /> },
  evidence: { label: 'Evidence', render: () => <EvidenceView /> },
  options: { label: 'Options', render: (c) => <OptionsView state={c.state} comparisonId={c.route.id} /> },
  checklist: {
    label: 'Checklist',
    render: (c) => <ChecklistView state={c.state} status={c.status} onStatus={c.setStatus} />,
  },
  glossary: {
    label: 'Glossary',
    render: (c) => (
      <GlossaryView
        entryId={c.route.id}
        query={c.query}
        onQuery={c.setQuery}
        kept={c.state.kept.value}
        onKeep={(id, name) => void c.state.keepWord(id, name)}
        onRemove={(id) => void c.state.removeWord(id)}
      />
    ),
  },
  sources: { label: 'Sources', render: () => <SourcesView /> },
  settings: { label: 'Settings', render: (c) => <SettingsView state={c.state} /> },
  explain: {
    label: 'Explain',
    render: (c) => (
      <ExplainView
        handoff={c.handoff}
        kept={c.state.kept.value}
        onKeep={(id, name) => void c.state.keepWord(id, name)}
        onRemove={(id) => void c.state.removeWord(id)}
      />
    ),
  },
};

export function App(): JSX.Element {
  useReadingPrefs();
  const state = useAppState();
  const active = useActiveTab();
  const { route, query, setQuery, handoff } = usePanelRoute();
  const [status, setStatus] = useState('');

  return (
    <>
      <AppHeader tagline="Medical words explained, and what the evidence says about ketamine for chronic pain." />
      <nav class="panel-nav" aria-label="PainLens sections">
        {PANEL_VIEWS.map((id) => (
          <a key={id} href={`#${id}`} aria-current={route.view === id ? 'page' : undefined}>
            {VIEWS[id].label}
          </a>
        ))}
      </nav>
      <main>
        <RepairedDataNotice repaired={state.repaired} />
        <div key={route.view} id={`view-${route.view}`}>
          {VIEWS[route.view].render({ state, active, route, query, setQuery, status, setStatus, handoff })}
        </div>
      </main>
    </>
  );
}
