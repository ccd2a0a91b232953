// "Evidence": one card per condition, each linking to its options compared and to the checklist.
import type { JSX } from 'preact';
import { evidenceCards } from '@/data/evidence-cards';
import { optionComparisons } from '@/data/options';
import { routeToHash } from '@/lib/panel-route';
import { notMedicalAdvice } from '@/data/review';
import { EvidenceCardView } from '@/components/EvidenceCardView';
import { Disclaimer } from '@/components/Disclaimer';
import { ReadAloud } from '@/components/ReadAloud';
import { useSpeech } from '@/hooks/use-speech';
import { cite, reviewed } from './panel-data';

export function EvidenceView(): JSX.Element {
  const speech = useSpeech();
  return (
    <>
      <h2>What the evidence says, condition by condition</h2>
      <p>
        Ketamine is approved only as an anesthetic. Using it for pain is off-label. These cards sum up the studies for
        each condition.
      </p>
      {evidenceCards.map((c) => {
        const options = optionComparisons.find((o) => o.cardId === c.id);
        return (
          <ReadAloud
            key={c.id}
            id={c.id}
            title={c.title}
            available={speech.available}
            speaking={speech.speaking === c.id}
            onSpeak={speech.speak}
            onStop={speech.stop}
          >
            <EvidenceCardView
              card={c}
              cite={cite}
              optionsHref={options ? routeToHash({ view: 'options', id: options.id }) : undefined}
              checklistHref={routeToHash({ view: 'checklist' })}
            />
          </ReadAloud>
        );
      })}
      <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
    </>
  );
}
