// The machine-checked map from each point of the seed document to the guide section that covers it.
import { seedPoints } from '../../data/seed-coverage';
import { guideSections } from '../../data/guide';
import { sectionText } from './quality';

/** Every point of the seed that the guide must cover (see data/seed-coverage.ts). */
export const REQUIRED_SEED_POINTS = [
  'intro-relief-alternative',
  'intro-anesthetic-history',
  'intro-conditions-named',
  'intro-fast-lasting-relief',
  'what-is-ketamine-therapy',
  'veterinary-and-medical-anesthetic',
  'mechanism-nmda',
  'mechanism-dissociation',
  'routes-iv-im-supervised',
  'routes-oral-sublingual-nasal',
  'uses-resistant-pain',
  'uses-named-conditions',
  'uses-cancer-pain',
  'benefit-rapid-onset',
  'benefit-fewer-opioids',
  'side-effects-listed',
  'side-effects-qualified-staff',
  'research-ongoing',
  'evolving-field-alternative',
  'comparison-depression-relief',
  'comparison-tolerance-dependency',
  'comparison-versatility',
  'comparison-dosage-flexibility',
  'decision-with-professional',
  'candidate-chronic-conditions',
  'candidate-treatment-resistant',
  'candidate-comorbid-depression',
  'candidate-opioid-dependency-risk',
  'candidate-medical-conditions-postsurgical',
  'candidate-controlled-setting',
  'candidate-no-contraindications',
  'fact-definition-12-weeks',
  'fact-prevalence-20-percent',
  'fact-causes',
  'fact-mental-health-impact',
  'fact-treatment-options',
];

export function findSeedCoverageProblems(): string[] {
  const problems: string[] = [];
  const byId = new Map(seedPoints.map((p) => [p.id, p]));
  const sections = new Set(guideSections.map((s) => s.id));
  for (const id of REQUIRED_SEED_POINTS) {
    if (!byId.has(id)) problems.push(`seed point ${id} is not mapped to a guide section`);
  }
  for (const p of seedPoints) {
    if (!REQUIRED_SEED_POINTS.includes(p.id)) problems.push(`seed point ${p.id} is not in REQUIRED_SEED_POINTS`);
    if (!sections.has(p.sectionId)) {
      problems.push(`seed point ${p.id}: section ${p.sectionId} does not exist`);
      continue;
    }
    const text = sectionText(p.sectionId).toLowerCase();
    if (p.mustMention.length === 0) problems.push(`seed point ${p.id}: mustMention is empty`);
    for (const word of p.mustMention) {
      if (!text.includes(word.toLowerCase()))
        problems.push(`seed point ${p.id}: section ${p.sectionId} never mentions "${word}"`);
    }
  }
  return problems;
}
