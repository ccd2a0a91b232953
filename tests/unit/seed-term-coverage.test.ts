// Every medical term of the clinic page the product was commissioned from (a copy in tests/fixtures/shared) is
// explained: the content script's matcher finds it in the page's own paragraphs, with the same
// medical-context rule it applies on any page. The list is the terms a careful reader marks in it.
import { describe, expect, it } from 'vitest';
import { glossary } from '@/data/glossary';
import { compileGlossaryMatcher } from '@/lib/glossary-matcher';
import { applyMedicalContext } from '@/lib/term-matcher';
import { readSeed } from '../support/shared-copies';

/** [text as written in the seed, glossary id that must explain it]. */
const SEED_TERMS: [string, string][] = [
  ['ketamine', 'ketamine'],
  ['anesthetic', 'anesthetic'],
  ['chronic pain', 'chronic-pain'],
  ['fibromyalgia', 'fibromyalgia'],
  ['neuropathy', 'neuropathy'],
  ['neurotransmitter', 'neurotransmitter'],
  ['N-methyl-D-aspartate', 'nmda-receptor'],
  ['dissociative effect', 'dissociation'],
  ['intravenously', 'intravenous'],
  ['intramuscularly', 'intramuscular'],
  ['medical supervision', 'controlled-medical-setting'],
  ['orally', 'oral'],
  ['sublingually', 'sublingual'],
  ['nasally', 'intranasal'],
  ['nasal sprays', 'intranasal'],
  ['neuropathic pain', 'neuropathic-pain'],
  ['complex regional pain syndrome', 'complex-regional-pain-syndrome'],
  ['CRPS', 'complex-regional-pain-syndrome'],
  ['headaches', 'headache'],
  ['cancer-related pain', 'cancer-pain'],
  ['opioid', 'opioid'],
  ['dependency', 'dependence'],
  ['hallucinations', 'hallucination'],
  ['dizziness', 'dizziness'],
  ['increased heart rate', 'increased-heart-rate'],
  ['depression', 'major-depressive-disorder'],
  ['antidepressant effects', 'antidepressant-effect'],
  ['tolerance', 'tolerance'],
  ['addiction', 'addiction'],
  ['NSAIDs', 'nsaid'],
  ['physical therapy', 'physical-therapy'],
  ['intravenous infusions', 'infusion'],
  ['treatment-resistant pain', 'treatment-resistant-pain'],
  ['comorbid', 'comorbidity'],
  ['post-surgical pain', 'postsurgical-pain'],
  ['controlled medical setting', 'controlled-medical-setting'],
  ['contraindications', 'contraindication'],
  ['hypertension', 'increased-blood-pressure'],
  ['cardiovascular conditions', 'cardiovascular-disease'],
  ['psychiatric disorders', 'psychiatric-disorder'],
  ['arthritis', 'arthritis'],
  ['nerve damage', 'neuropathy'],
  ['anxiety', 'anxiety'],
  ['difficulty sleeping', 'insomnia'],
  ['acupuncture', 'acupuncture'],
  ['side effects', 'side-effect'],
];

describe('seed document terms', () => {
  const seed = readSeed();
  const matcher = compileGlossaryMatcher(glossary);
  const found = new Set<string>();
  for (const paragraph of seed.split(/\n+/)) {
    for (const m of applyMedicalContext(matcher.findMatches(paragraph))) {
      found.add(`${paragraph.slice(m.start, m.end).toLowerCase()}→${m.termId}`);
    }
  }

  it.each(SEED_TERMS)('"%s" is explained by %s', (text, id) => {
    expect(
      glossary.some((e) => e.id === id),
      `no glossary entry ${id}`,
    ).toBe(true);
    expect(found.has(`${text.toLowerCase()}→${id}`), `"${text}" not found as ${id} in the seed`).toBe(true);
  });
});
