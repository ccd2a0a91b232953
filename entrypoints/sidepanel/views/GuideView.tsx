// "Guide": ketamine therapy for chronic pain, section by section.
import type { JSX } from 'preact';
import { guideSections } from '@/data/guide';
import { notMedicalAdvice } from '@/data/review';
import { routeToHash } from '@/lib/panel-route';
import { GuideToc } from '@/components/GuideToc';
import { GuideSectionView } from '@/components/GuideSectionView';
import { Disclaimer } from '@/components/Disclaimer';
import { cite, reviewed } from './panel-data';

export function GuideView(): JSX.Element {
  return (
    <>
      <GuideToc sections={guideSections} hrefFor={(id) => routeToHash({ view: 'guide', id })} />
      {guideSections.map((s) => (
        <GuideSectionView key={s.id} section={s} cite={cite} />
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
