// The side panel (Chrome) / sidebar (Firefox): the full companion beside the article.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { glossary, findGlossaryEntry } from '@/data/glossary';
import { findGlossaryDetail } from '@/data/glossary/details';
import { guideSections } from '@/data/guide';
import { evidenceCards } from '@/data/evidence-cards';
import { checklistQuestions } from '@/data/checklist';
import { sources } from '@/data/sources';
import { contentReviewedOn, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { evaluateChecklist } from '@/lib/checklist-evaluate';
import { answerValues, lastAnsweredOn, todayIso } from '@/lib/answers';
import { createGlossarySearch } from '@/lib/glossary-search';
import { createCite } from '@/lib/cite';
import { findPageClaims, listConditions } from '@/lib/page-claims';
import { mergeFrameCounts } from '@/lib/messages';
import { isSiteOff } from '@/lib/settings';
import { parseRoute, routeFromHash, routeToHash, type PanelView } from '@/lib/panel-route';
import { formatSummaryText } from '@/lib/summary-text';
import { HighlightSwitches } from '@/components/HighlightSwitches';
import { PageTermList } from '@/components/PageTermList';
import { PageClaims } from '@/components/PageClaims';
import { GuideToc } from '@/components/GuideToc';
import { GuideSectionView } from '@/components/GuideSectionView';
import { EvidenceCardView } from '@/components/EvidenceCardView';
import { ChecklistForm } from '@/components/ChecklistForm';
import { DoctorSummary } from '@/components/DoctorSummary';
import { GlossarySearch } from '@/components/GlossarySearch';
import { GlossaryIndex } from '@/components/GlossaryIndex';
import { GlossaryEntryView } from '@/components/GlossaryEntryView';
import { SourcesList } from '@/components/SourcesList';
import { SettingsForm, type Shortcut } from '@/components/SettingsForm';
import { Disclaimer } from '@/components/Disclaimer';
import { Notice } from '@/components/Notice';
import { useAppState } from '../hooks/use-app-state';
import { useActiveTab } from '../hooks/use-active-tab';
import { panelRouteItem } from '../storage';
import { showTermOnPage } from '../page-actions';

const VIEWS: { id: PanelView; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'guide', label: 'Guide' },
  { id: 'evidence', label: 'Evidence' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'sources', label: 'Sources' },
  { id: 'settings', label: 'Settings' },
];

const cite = createCite(sources);
const reviewed = formatReviewDate(contentReviewedOn);

function currentRoute(): { view: PanelView; id?: string } {
  return routeFromHash(location.hash) ?? { view: 'page' };
}

export function SidePanelApp(): JSX.Element {
  const state = useAppState();
  const active = useActiveTab();
  const [route, setRoute] = useState(currentRoute);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const search = useMemo(() => createGlossarySearch(glossary), []);

  // Hash routing: links inside the panel, and routes requested by the popup, tooltip or menu.
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
    void panelRouteItem.getValue().then((r) => {
      // A route is written for the panel being opened (older than a minute: for an earlier opening).
      // The panel that opens with it uses it up, so a panel opened later starts where it should.
      // Panels that were already open follow it through watch() below and leave it for the opener:
      // clearing it there would race with the new panel's first read (seen in Firefox's sidebar).
      if (r && Date.now() - r.at < 60_000 && !location.hash && go(r)) void panelRouteItem.setValue(null);
    });
    const unwatch = panelRouteItem.watch((r) => void go(r));
    return () => {
      window.removeEventListener('hashchange', onHash);
      unwatch();
    };
  }, []);

  // Bring the chosen section, entry or source into view, and move focus there for keyboard users.
  useEffect(() => {
    if (!route.id) {
      window.scrollTo(0, 0);
      return;
    }
    const target =
      document.getElementById(`guide-${route.id}`) ??
      document.getElementById(`evidence-${route.id}`) ??
      document.getElementById(`entry-${route.id}`) ??
      document.getElementById(`source-${route.id}`);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      if (target.tabIndex >= 0 || target.hasAttribute('tabindex'))
        (target as HTMLElement).focus({ preventScroll: true });
    }
  }, [route.view, route.id]);

  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((cmds) =>
        setShortcuts(
          cmds
            .filter((c) => c.name === 'next-term' || c.name === 'previous-term')
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => {});
  }, []);

  const settings = state.settings.value;
  const counts = useMemo(() => (active.terms ? mergeFrameCounts(active.terms) : {}), [active.terms]);
  const site = active.terms?.site ?? '';
  const siteOff = site !== '' && isSiteOff(state.sites.value, site);
  const pageTerms = Object.entries(counts)
    .map(([id, count]) => ({ id, name: findGlossaryEntry(id)?.name ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const claims = findPageClaims(counts, evidenceCards);
  const summary = evaluateChecklist(answerValues(state.answers.value));
  const answeredOn = lastAnsweredOn(state.answers.value);
  const results = search.search(query, 15).flatMap((h) => {
    const e = findGlossaryEntry(h.id);
    return e ? [{ id: e.id, name: e.name, short: e.short }] : [];
  });
  const entry = route.view === 'glossary' && route.id ? findGlossaryEntry(route.id) : undefined;
  const glossaryHref = (id: string) => routeToHash({ view: 'glossary', id });

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(formatSummaryText(summary, todayIso(), lastAnsweredOn(state.answers.value)));
      setStatus('Copied. You can paste it into an email or a note.');
    } catch {
      setStatus('Copy did not work here. Use Print instead, or select the text and copy it.');
    }
  };

  const view = (id: PanelView, children: JSX.Element | JSX.Element[]) =>
    route.view === id ? <div id={`view-${id}`}>{children}</div> : null;

  return (
    <>
      <header class="app-header">
        <h1 class="brand">
          <img src="/icon/32.png" alt="" width={28} height={28} />
          PainLens
        </h1>
        <p class="tagline">Medical words explained, and what the evidence says about ketamine for chronic pain.</p>
      </header>
      <nav class="tabs" aria-label="PainLens sections">
        {VIEWS.map((v) => (
          <a key={v.id} href={`#${v.id}`} aria-current={route.view === v.id ? 'page' : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
      <main>
        {state.repaired.length > 0 && (
          <Notice>
            Some saved data could not be read ({state.repaired.join(', ')}) and was reset to defaults. Everything else,
            including your other checklist answers, was kept.
          </Notice>
        )}

        {view(
          'page',
          <>
            <h2>This page</h2>
            <div class="stack">
              <HighlightSwitches
                idPrefix="panel-"
                paused={settings.paused}
                site={site}
                siteOff={siteOff}
                onPausedChange={(paused) => void state.setPaused(paused)}
                onSiteOffChange={(s, off) => void state.setSiteOff(s, off)}
              />
            </div>
            <h3>Explained terms on this page</h3>
            <PageTermList
              terms={pageTerms}
              emptyText={
                settings.paused
                  ? 'PainLens is paused.'
                  : siteOff
                    ? 'PainLens is off on this site.'
                    : 'No explained terms on this page.'
              }
              onChoose={(id) => {
                if (active.tabId !== null) void showTermOnPage(active.tabId, active.terms, id);
              }}
            />
            {claims.length > 0 && <PageClaims conditions={listConditions(claims)} cards={claims} cite={cite} />}
            <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
          </>,
        )}

        {view(
          'guide',
          <>
            <GuideToc sections={guideSections} hrefFor={(id) => routeToHash({ view: 'guide', id })} />
            {guideSections.map((s) => (
              <GuideSectionView key={s.id} section={s} cite={cite} />
            ))}
            <p>
              <a href="#evidence">What the evidence says, condition by condition</a>
            </p>
            <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
          </>,
        )}

        {view(
          'evidence',
          <>
            <h2>What the evidence says, condition by condition</h2>
            <p>
              Ketamine is approved only as an anesthetic. Using it for pain is off-label. These cards sum up the studies
              for each condition.
            </p>
            {evidenceCards.map((c) => (
              <EvidenceCardView key={c.id} card={c} cite={cite} />
            ))}
            <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
          </>,
        )}

        {view(
          'checklist',
          <>
            <h2 class="no-print">Is ketamine worth asking about?</h2>
            <p class="no-print">
              This checklist does not decide anything. It turns your answers into points and questions to take to your
              doctor. Answers are saved on this device only.
            </p>
            <ChecklistForm
              questions={checklistQuestions}
              answers={answerValues(state.answers.value)}
              onAnswer={(id, a) => void state.setAnswer(id, a)}
              idPrefix="panel-q"
            />
            <DoctorSummary
              summary={summary}
              reviewedOn={reviewed}
              answeredOn={answeredOn ? formatReviewDate(answeredOn) : undefined}
              status={status}
              onCopy={() => void copySummary()}
              onPrint={() => window.print()}
              onReset={() => {
                void state.resetAnswers();
                setStatus('Your answers were cleared.');
              }}
            />
          </>,
        )}

        {view(
          'glossary',
          <>
            <h2>Glossary</h2>
            <GlossarySearch
              query={query}
              onQuery={setQuery}
              results={results}
              onOpen={(id) => (location.hash = glossaryHref(id))}
              idPrefix="panel"
            />
            {route.id && !entry && <Notice>No glossary entry called “{route.id}”.</Notice>}
            {entry && (
              <GlossaryEntryView
                entry={entry}
                detail={findGlossaryDetail(entry.id)}
                related={(findGlossaryDetail(entry.id)?.related ?? []).flatMap((id) => {
                  const r = findGlossaryEntry(id);
                  return r ? [{ id: r.id, name: r.name }] : [];
                })}
                hrefFor={glossaryHref}
                cite={cite}
              />
            )}
            <GlossaryIndex entries={glossary} hrefFor={glossaryHref} />
            <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
          </>,
        )}

        {view('sources', <SourcesList sources={sources} />)}

        {view(
          'settings',
          <>
            <h2>Settings</h2>
            <SettingsForm
              settings={settings}
              onChange={(next) => void state.setSettings(next)}
              sites={state.sites.value}
              onRemoveSite={(s) => void state.setSiteOff(s, false)}
              shortcuts={shortcuts}
              onEditShortcuts={() => {
                if (import.meta.env.FIREFOX)
                  void (
                    browser.commands as unknown as { openShortcutSettings?: () => Promise<void> }
                  ).openShortcutSettings?.();
                else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
              }}
            />
            <p>
              <a href="/privacy.html" target="_blank">
                Privacy policy
              </a>
            </p>
          </>,
        )}
      </main>
    </>
  );
}
