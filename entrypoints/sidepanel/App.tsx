// The side panel (Chrome) / sidebar (Firefox): the full companion beside the article. One view per
// section (./views); the route is the hash (hooks/use-panel-route.ts).
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { PanelView } from '@/lib/panel-route';
import { AppHeader } from '@/components/AppHeader';
import { RepairedDataNotice } from '@/components/RepairedDataNotice';
import { useAppState } from '@/hooks/use-app-state';
import { useActiveTab } from '@/hooks/use-active-tab';
import { usePanelRoute } from '@/hooks/use-panel-route';
import { PageView } from './views/PageView';
import { GuideView } from './views/GuideView';
import { EvidenceView } from './views/EvidenceView';
import { ChecklistView } from './views/ChecklistView';
import { GlossaryView } from './views/GlossaryView';
import { SourcesView } from './views/SourcesView';
import { SettingsView } from './views/SettingsView';
import { ExplainView } from './views/ExplainView';
import { useReadingPrefs } from '@/hooks/use-reading-prefs';

const VIEWS: { id: PanelView; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'guide', label: 'Guide' },
  { id: 'evidence', label: 'Evidence' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'sources', label: 'Sources' },
  { id: 'settings', label: 'Settings' },
  { id: 'explain', label: 'Explain' },
];

export function App(): JSX.Element {
  useReadingPrefs();
  const state = useAppState();
  const active = useActiveTab();
  const { route, query, setQuery, handoff } = usePanelRoute();
  const [status, setStatus] = useState('');

  const view = (): JSX.Element => {
    switch (route.view) {
      case 'page':
        return <PageView state={state} active={active} />;
      case 'guide':
        return <GuideView />;
      case 'evidence':
        return <EvidenceView />;
      case 'checklist':
        return <ChecklistView state={state} status={status} onStatus={setStatus} />;
      case 'glossary':
        return <GlossaryView entryId={route.id} query={query} onQuery={setQuery} />;
      case 'sources':
        return <SourcesView />;
      case 'settings':
        return <SettingsView state={state} />;
      case 'explain':
        return <ExplainView handoff={handoff} />;
    }
  };

  return (
    <>
      <AppHeader tagline="Medical words explained, and what the evidence says about ketamine for chronic pain." />
      <nav class="panel-nav" aria-label="PainLens sections">
        {VIEWS.map((v) => (
          <a key={v.id} href={`#${v.id}`} aria-current={route.view === v.id ? 'page' : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
      <main>
        <RepairedDataNotice repaired={state.repaired} />
        <div key={route.view} id={`view-${route.view}`}>
          {view()}
        </div>
      </main>
    </>
  );
}
