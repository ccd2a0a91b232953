import { describe, expect, it } from 'vitest';
import { evidenceCards } from '@/data/evidence-cards';
import { glossary } from '@/data/glossary';
import type { TermCounts } from '@/lib/messages';
import { findPageClaims, listConditions } from '@/lib/page-claims';

const KETAMINE_TERMS = ['ketamine', 'esketamine', 'subanesthetic-dose', 'ketamine-assisted-psychotherapy'];
const claims = (counts: TermCounts) => findPageClaims(counts, evidenceCards).map((c) => c.id);

describe('findPageClaims', () => {
  it('names only glossary entries as ketamine terms', () => {
    const ids = new Set(glossary.map((e) => e.id));
    for (const id of KETAMINE_TERMS) expect(ids.has(id), id).toBe(true);
  });

  it.each(KETAMINE_TERMS)('%s with fibromyalgia brings up the fibromyalgia card', (ketamine) => {
    expect(claims({ [ketamine]: 1, fibromyalgia: 2 })).toEqual(['fibromyalgia']);
  });

  it.each(evidenceCards.flatMap((card) => card.conditionTermIds.map((term) => [term, card.id] as const)))(
    'ketamine with %s brings up the %s card',
    (term, cardId) => {
      expect(claims({ ketamine: 1, [term]: 1 })).toEqual([cardId]);
    },
  );

  it.each<[string, TermCounts, string[]]>([
    ['a condition without ketamine', { fibromyalgia: 4, 'complex-regional-pain-syndrome': 1 }, []],
    ['ketamine without a condition', { ketamine: 5, opioid: 2 }, []],
    ['ketamine counted zero times', { ketamine: 0, fibromyalgia: 1 }, []],
    ['a condition counted zero times', { ketamine: 1, fibromyalgia: 0 }, []],
    ['nothing', {}, []],
    [
      'several conditions, in the cards’ order whatever the counts',
      { ketamine: 1, 'major-depressive-disorder': 9, fibromyalgia: 1, 'complex-regional-pain-syndrome': 2 },
      ['crps', 'fibromyalgia', 'depression'],
    ],
    [
      'two terms of one card: the card once',
      { ketamine: 1, neuropathy: 1, 'postherpetic-neuralgia': 1 },
      ['neuropathic-pain'],
    ],
  ])('%s', (_, counts, ids) => {
    expect(claims(counts)).toEqual(ids);
  });
});

describe('listConditions', () => {
  const card = (id: string) => evidenceCards.find((c) => c.id === id)!;

  it.each<[string[], string]>([
    [[], ''],
    [['fibromyalgia'], 'fibromyalgia'],
    [['crps', 'fibromyalgia'], 'complex regional pain syndrome (CRPS) and fibromyalgia'],
    [['crps', 'fibromyalgia', 'cancer-pain'], 'complex regional pain syndrome (CRPS), fibromyalgia and cancer pain'],
  ])('%j → %j', (ids, text) => {
    expect(listConditions(ids.map(card))).toBe(text);
  });

  it('drops a leading "Ketamine for", and leaves an abbreviation in capitals', () => {
    expect(listConditions([{ ...card('crps'), title: 'Ketamine for CRPS' }])).toBe('CRPS');
    expect(listConditions([{ ...card('crps'), title: 'CRPS' }, card('fibromyalgia')])).toBe('CRPS and fibromyalgia');
    expect(listConditions([{ ...card('crps'), title: 'Ketamine for fibromyalgia' }])).toBe('fibromyalgia');
  });
});
