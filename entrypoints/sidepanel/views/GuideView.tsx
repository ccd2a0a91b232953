// "Guide": ketamine therapy for chronic pain, section by section.
import type { JSX } from 'preact';
import { guideSections } from '@/data/guide';
import { notMedicalAdvice } from '@/data/review';
import { routeToHash } from '@/lib/panel-route';
import { GuideToc } from '@/components/GuideToc';
import { GuideSectionView } from '@/components/GuideSectionView';
import { Disclaimer } from '@/components/Disclaimer';
import { ReadAloud } from '@/components/ReadAloud';
import { useSpeech } from '@/hooks/use-speech';
import { cite, reviewed } from './panel-data';

export function GuideView(): JSX.Element {
  const speech = useSpeech();
  return (
    <>
      <GuideToc sections={guideSections} hrefFor={(id) => routeToHash({ view: 'guide', id })} />
      {guideSections.map((s) => (
        <ReadAloud
          key={s.id}
          id={s.id}
          title={s.title}
          available={speech.available}
          speaking={speech.speaking === s.id}
          onSpeak={speech.speak}
          onStop={speech.stop}
        >
          <GuideSectionView section={s} cite={cite} />
        </ReadAloud>
      ))}
      <ul>
        <li>
          <a href={routeToHash({ view: 'evidence' })}>What the evidence says, condition by condition</a>
        </li>
        <li>
          <a href={routeToHash({ view: 'options' })}>How ketamine compares with other options</a>
        </li>
      </ul>
      <Disclaimer text={notMedicalAdvice} reviewedOn={reviewed} />
    </>
  );
}
