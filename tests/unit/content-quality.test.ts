// The content gates: sourced, readable, original, balanced, structurally sound.
import { describe, expect, it } from 'vitest';
import {
  findEmptyTexts,
  findForbiddenWords,
  findReadabilityProblems,
  findSeedOverlaps,
  findSourceProblems,
  listReadability,
  MAX_GRADE,
} from '@/scripts/content-gates/quality';
import { findGlossaryProblems } from '@/scripts/content-gates/invariants';
import { findSeedCoverageProblems, REQUIRED_SEED_POINTS } from '@/scripts/content-gates/seed-check';
import { glossary } from '@/data/glossary';
import { guideSections } from '@/data/guide';
import { evidenceCards } from '@/data/evidence-cards';
import { checklistQuestions } from '@/data/checklist';
import { sources } from '@/data/sources';
import { readSeed } from '../support/shared-copies';
import { listMatcherForms } from '@/lib/glossary-matcher';
import { parseForm } from '@/lib/term-matcher';

describe('patient content', () => {
  it('has at least 100 glossary entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(100);
  });

  it('has every required guide section, evidence card and checklist group', () => {
    expect(guideSections.map((s) => s.id)).toEqual([
      'what-it-is',
      'how-it-works',
      'how-it-is-given',
      'what-it-is-used-for',
      'benefits-and-evidence',
      'side-effects-and-risks',
      'approval-and-warnings',
      'compared-with-usual-treatments',
      'who-might-consider-it',
      'current-research',
      'chronic-pain-facts',
    ]);
    expect(evidenceCards.map((c) => c.id)).toEqual([
      'crps',
      'fibromyalgia',
      'neuropathic-pain',
      'spinal-cord-injury-pain',
      'headache-and-migraine',
      'cancer-pain',
      'phantom-limb-pain',
      'low-back-pain',
      'depression',
    ]);
    expect(checklistQuestions.filter((q) => q.group === 'fit')).toHaveLength(7);
    expect(checklistQuestions.filter((q) => q.group === 'safety').length).toBeGreaterThanOrEqual(7);
    expect(checklistQuestions.filter((q) => q.group === 'practical').length).toBeGreaterThanOrEqual(2);
  });

  it('rates only CRPS as moderate evidence', () => {
    expect(evidenceCards.filter((c) => c.strength === 'moderate').map((c) => c.id)).toEqual(['crps']);
  });

  it('cites only known sources, and every source is cited (with a DOI or URL)', () => {
    expect(findSourceProblems()).toEqual([]);
  });

  it(`keeps tooltips, guide sections, evidence cards and checklist items at grade ${MAX_GRADE} or below`, () => {
    expect(findReadabilityProblems()).toEqual([]);
  });

  it('reports SMOG for every guide section and card', () => {
    const rows = listReadability().filter((r) => r.kind === 'guide' || r.kind === 'evidence');
    expect(rows.length).toBe(guideSections.length + evidenceCards.length);
    for (const r of rows) expect(Number.isFinite(r.score.smog)).toBe(true);
  });

  it('copies no 8-word run from the seed document', () => {
    const seed = readSeed();
    expect(seed.length).toBeGreaterThan(1000);
    expect(findSeedOverlaps(seed)).toEqual([]);
  });

  it('the originality check catches a copied run, whatever its case, quotes or spacing', () => {
    const seed = 'Ketamine’s fast-acting nature and ability to modulate activity provide relief.';
    const copied = [
      { where: 'test', text: "Our note: KETAMINE'S fast acting nature and ability to modulate activity." },
    ];
    const original = [{ where: 'test', text: 'Ketamine acts fast, but relief is often short.' }];
    expect(findSeedOverlaps(seed, copied)).toHaveLength(1);
    expect(findSeedOverlaps(seed, original)).toEqual([]);
  });

  it('uses no promise or sales words', () => {
    expect(findForbiddenWords()).toEqual([]);
  });

  it('has no empty or untrimmed text', () => {
    expect(findEmptyTexts()).toEqual([]);
  });

  it('keeps glossary ids, order, forms and cross-references sound', () => {
    expect(findGlossaryProblems()).toEqual([]);
  });

  it('maps every point of the seed to a guide section that addresses it', () => {
    expect(REQUIRED_SEED_POINTS.length).toBeGreaterThanOrEqual(30);
    expect(findSeedCoverageProblems()).toEqual([]);
  });

  it('compiles every match form', () => {
    for (const f of listMatcherForms(glossary)) expect(() => parseForm(f.text), f.text).not.toThrow();
  });

  it('covers the seed and facts-file terms named in the brief', () => {
    const ids = new Set(glossary.map((e) => e.id));
    for (const id of [
      'complex-regional-pain-syndrome',
      'nmda-receptor',
      'fibromyalgia',
      'neuropathy',
      'dissociation',
      'intravenous',
      'ketamine',
      'esketamine',
      'schedule-iii',
      'ketamine-cystitis',
      'liver-injury',
      'treatment-resistant-depression',
      'rems',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('has sources sorted by id with unique ids', () => {
    const ids = sources.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });
});
