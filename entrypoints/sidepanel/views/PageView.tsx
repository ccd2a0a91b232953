// "This page": the switches, the terms found in the active tab, and the evidence about the
// conditions the page mentions.
import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { evidenceCards } from '@/data/evidence-cards';
import { notMedicalAdvice } from '@/data/review';
import { findPageClaims, listConditions } from '@/lib/page-claims';
import { summarizePage } from '@/lib/page-terms';
import { HighlightSwitches } from '@/components/HighlightSwitches';
import { PageTermList } from '@/components/PageTermList';
import { PageClaims } from '@/components/PageClaims';
import { Disclaimer } from '@/components/Disclaimer';
import type { ActiveTab } from '@/hooks/use-active-tab';
import type { AppState } from '@/hooks/use-app-state';
import { showTermOnPage } from '@/utils/page-actions';
import { cite, reviewed } from './panel-data';

export interface PageViewProps {
  state: AppState;
  active: ActiveTab;
}

export function PageView({ state, active }: PageViewProps): JSX.Element {
  const settings = state.settings.value;
  const page = useMemo(() => summarizePage(active.terms, state.sites.value), [active.terms, state.sites.value]);
  const claims = findPageClaims(page.counts, evidenceCards);
  return (
    <>
      <h2>This page</h2>
      <div class="stack">
        <HighlightSwitches
          idPrefix="panel-"
          paused={settings.paused}
          site={page.site}
          siteOff={page.siteOff}
          onPausedChange={(paused) => void state.setPaused(paused)}
          onSiteOffChange={(s, off) => void state.setSiteOff(s, off)}
        />
      </div>
      <h3>Explained terms on this page</h3>
      <PageTermList
        terms={page.terms}
        emptyText={
          settings.paused
            ? 'PainLens is paused.'
            : page.siteOff
              ? 'PainLens is off on this site.'
              : 'No explained terms on this page.'
        }
        onChoose={(id) => {
          if (active.tabId !== null) void showTermOnPage(active.tabId, active.terms, id);
        }}
      />
      {claims.length > 0 && <PageClaims conditions={listConditions(claims)} cards={claims} cite={cite} />}
      <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
    </>
  );
}
