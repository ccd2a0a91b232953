import type { GlossaryDetail } from '../types';
import { drugDetails } from './drug.details';
import { routeDetails } from './route.details';
import { painScienceDetails } from './pain-science.details';
import { conditionDetails } from './condition.details';
import { treatmentDetails } from './treatment.details';
import { sideEffectDetails } from './side-effect.details';
import { mentalHealthDetails } from './mental-health.details';
import { evidenceDetails } from './evidence.details';
import { bodyDetails } from './body.details';
import { careDetails } from './care.details';

export const glossaryDetails: readonly GlossaryDetail[] = [
  ...drugDetails,
  ...routeDetails,
  ...painScienceDetails,
  ...bodyDetails,
  ...conditionDetails,
  ...treatmentDetails,
  ...sideEffectDetails,
  ...mentalHealthDetails,
  ...evidenceDetails,
  ...careDetails,
].sort((a, b) => (a.id < b.id ? -1 : 1));

const byId = new Map(glossaryDetails.map((d) => [d.id, d]));

export function findGlossaryDetail(id: string): GlossaryDetail | undefined {
  return byId.get(id);
}
