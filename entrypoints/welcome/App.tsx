// The welcome page: the real page code runs on it, so the sample paragraph behaves as on any site.
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { findGlossaryEntry, glossary } from '@/data/glossary';
import { sources } from '@/data/sources';
import { contentFootnote, contentReviewedOn, formatReviewDate, notMedicalAdvice } from '@/data/review';
import { listMatcherForms } from '@/lib/glossary-matcher';
import { packTermTexts, toTermTextMap } from '@/lib/term-data';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { routeToHash } from '@/lib/panel-route';
import { todayIso } from '@/lib/answers';
import { startContent, type ContentController } from '@/content/start-content';
import { startReader } from '@/content/start-reader';
import { WelcomeView } from '@/components/WelcomeView';
import { Disclaimer } from '@/components/Disclaimer';
import { pageLifecycle } from '@/utils/page-lifecycle';
import { exposeSurfaceProbe } from '@/utils/content-probe';
import { readTermShortcuts } from '@/utils/shortcuts';
import { keepWord } from '@/utils/storage';
import { useReadingPrefs } from '@/hooks/use-reading-prefs';

export function App(): JSX.Element {
  useReadingPrefs();
  const [controller, setController] = useState<ContentController | null>(null);
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    const life = pageLifecycle();
    const started = startContent(
      window,
      life,
      {
        site: '',
        loadState: async () => ({ settings: { ...DEFAULT_SETTINGS }, siteOff: false }),
        watchState: () => {},
        reportTerms: () => {},
        loadTermTexts: async () => toTermTextMap(packTermTexts(glossary, sources)),
        openTerm: (id) => {
          void browser.tabs.create({
            url: browser.runtime.getURL(`/sidepanel.html${routeToHash({ view: 'glossary', id })}`),
          });
        },
        // The welcome page is the extension's own: it keeps the word itself, like the side panel.
        keepWord: async (id) => {
          const entry = findGlossaryEntry(id);
          return entry ? keepWord(entry.id, entry.name, todayIso()) : 'refused';
        },
        turnOffSite: () => {},
        onMessage: () => {},
      },
      { forms: listMatcherForms(glossary), footnote: contentFootnote, loadReader: () => startReader },
    );
    setController(started);
    exposeSurfaceProbe(started);
    void readTermShortcuts().then((list) => setShortcut(list.find((x) => x.name === 'next-term')?.shortcut ?? ''));
    return () => life.dispose();
  }, []);
  return (
    <main class="welcome-main">
      <WelcomeView
        nextShortcut={shortcut}
        sample={
          <div class="card sample">
            <p id="sample">
              Ketamine is an anesthetic. Some clinics offer it by IV infusion for complex regional pain syndrome (CRPS)
              or fibromyalgia. It blocks the NMDA receptor, and it can cause dissociation, a feeling of being detached
              from your body. Nerve damage, called neuropathy, is another cause of long-lasting pain.
            </p>
            <p class="small muted">
              Rest your mouse on an underlined word, or{' '}
              <button
                type="button"
                class="btn-link"
                onClick={() => controller?.handle({ type: 'step-term', direction: 1 })}
              >
                step through the terms with the keyboard
              </button>
              .
            </p>
          </div>
        }
        disclaimer={<Disclaimer text={notMedicalAdvice} reviewedOn={formatReviewDate(contentReviewedOn)} />}
      />
    </main>
  );
}
