// The toolbar popup: quick answers while reading. State and storage live here; components only draw.
import { useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { glossary } from '@/data/glossary';
import { guideSections } from '@/data/guide';
import { CHECKLIST_TITLE, checklistQuestions } from '@/data/checklist';
import { contentReviewedOn, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { evaluateChecklist } from '@/lib/checklist-evaluate';
import { answerValues, recordContext } from '@/lib/answers';
import {
  SURE_INTRO,
  SURE_ITEMS,
  SURE_TITLE,
  VALUE_ITEMS,
  VALUE_WEIGHTS,
  VALUES_INTRO,
  VALUES_TITLE,
} from '@/data/values';
import { createGlossarySearch } from '@/lib/glossary-search';
import { summarizePage } from '@/lib/page-terms';
import type { PanelRoute } from '@/lib/panel-route';
import { AppHeader } from '@/components/AppHeader';
import { HighlightSwitches } from '@/components/HighlightSwitches';
import { SectionTabs } from '@/components/SectionTabs';
import { PageTermList } from '@/components/PageTermList';
import { LearnCards } from '@/components/LearnCards';
import { ChecklistForm } from '@/components/ChecklistForm';
import { ValuesForm } from '@/components/ValuesForm';
import { GlossarySearch } from '@/components/GlossarySearch';
import { Disclaimer } from '@/components/Disclaimer';
import { RepairedDataNotice } from '@/components/RepairedDataNotice';
import { useAppState } from '@/hooks/use-app-state';
import { useActiveTab } from '@/hooks/use-active-tab';
import { openPanelAt } from '@/utils/side-panel';
import { showTermOnPage } from '@/utils/page-actions';
import { useReadingPrefs } from '@/hooks/use-reading-prefs';

const TABS = [
  { id: 'page', label: 'On this page' },
  { id: 'learn', label: 'Learn' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'search', label: 'Search' },
];

const VALUES_TEXTS = {
  valuesTitle: VALUES_TITLE,
  valuesIntro: VALUES_INTRO,
  sureTitle: SURE_TITLE,
  sureIntro: SURE_INTRO,
};

export function App(): JSX.Element {
  useReadingPrefs();
  const state = useAppState();
  const active = useActiveTab();
  const [tab, setTab] = useState('page');
  const [query, setQuery] = useState('');
  const search = useMemo(() => createGlossarySearch(glossary), []);
  const settings = state.settings.value;
  const page = useMemo(() => summarizePage(active.terms, state.sites.value), [active.terms, state.sites.value]);
  const results = useMemo(() => search.find(query, 12), [query, search]);
  const answers = answerValues(state.record.value.answers);
  const context = recordContext(state.record.value);
  const summary = evaluateChecklist(answers, context);

  // The side panel must open inside the click, before anything is awaited.
  const openPanel = (route: Omit<PanelRoute, 'at'>) => {
    void openPanelAt(route, { windowId: active.windowId ?? undefined }).then(() => window.close());
  };

  const emptyText = settings.paused
    ? 'PainLens is paused. Turn highlighting on to see the terms on this page.'
    : page.siteOff
      ? 'PainLens is off on this site.'
      : active.ready && !active.terms
        ? 'No explained terms found on this page (PainLens cannot read browser pages or the extension store).'
        : 'No explained terms on this page yet.';

  return (
    <>
      <AppHeader tagline="Plain-language help with medical words, and a balanced guide to ketamine for chronic pain.">
        <HighlightSwitches
          paused={settings.paused}
          site={page.site}
          siteOff={page.siteOff}
          onPausedChange={(paused) => void state.setPaused(paused)}
          onSiteOffChange={(s, off) => void state.setSiteOff(s, off)}
        />
      </AppHeader>
      <main>
        {/* Inside <main>, so every part of the popup is in a landmark (axe "region"). */}
        <SectionTabs label="PainLens sections" tabs={TABS} selected={tab} onSelect={setTab} idPrefix="popup" />
        <RepairedDataNotice repaired={state.repaired} compact />
        <div role="tabpanel" id="popup-panel-page" aria-labelledby="popup-tab-page" hidden={tab !== 'page'}>
          <h2>Explained terms on this page</h2>
          <PageTermList
            terms={page.terms}
            emptyText={emptyText}
            onChoose={(id) => {
              if (active.tabId !== null) void showTermOnPage(active.tabId, active.terms, id).then(() => window.close());
            }}
          />
        </div>
        <div role="tabpanel" id="popup-panel-learn" aria-labelledby="popup-tab-learn" hidden={tab !== 'learn'}>
          <h2>Ketamine therapy for chronic pain</h2>
          <LearnCards sections={guideSections} onOpen={(id) => openPanel({ view: 'guide', id })} />
        </div>
        <div
          role="tabpanel"
          id="popup-panel-checklist"
          aria-labelledby="popup-tab-checklist"
          hidden={tab !== 'checklist'}
        >
          <h2>{CHECKLIST_TITLE}</h2>
          <p class="small">
            Answer what you can. It does not decide anything for you. Your answers stay in PainLens on this device and
            make a list to take to your doctor.
          </p>
          <ChecklistForm
            questions={checklistQuestions}
            answers={answers}
            onAnswer={(id, a) => void state.setAnswer(id, a)}
            compact
            idPrefix="popup-q"
          />
          <ValuesForm
            items={VALUE_ITEMS}
            weights={VALUE_WEIGHTS}
            values={context.values}
            onValue={(id, w) => void state.setValue(id, w)}
            sureItems={SURE_ITEMS}
            sure={context.sure}
            onSure={(id, a) => void state.setSure(id, a)}
            texts={VALUES_TEXTS}
            idPrefix="popup"
            compact
          />
          <p>
            {summary.answered} of {summary.total} answered.{' '}
            <button type="button" class="btn-link" onClick={() => openPanel({ view: 'checklist' })}>
              See the list for my doctor
            </button>
          </p>
        </div>
        <div role="tabpanel" id="popup-panel-search" aria-labelledby="popup-tab-search" hidden={tab !== 'search'}>
          <h2>Look up a word</h2>
          <GlossarySearch
            query={query}
            onQuery={setQuery}
            results={results}
            onOpen={(id) => openPanel({ view: 'glossary', id })}
            idPrefix="popup"
          />
        </div>
        <p class="row popup-actions">
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => openPanel({ view: tab === 'checklist' ? 'checklist' : 'guide' })}
          >
            Open full guide
          </button>
          <button type="button" class="btn" onClick={() => openPanel({ view: 'explain' })}>
            Explain a PDF or text
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/privacy.html') })}
          >
            Privacy
          </button>
        </p>
        <Disclaimer text={notMedicalAdvice} reviewedOn={formatReviewDate(contentReviewedOn)} />
      </main>
    </>
  );
}
