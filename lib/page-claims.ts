// "What this page claims": when a page names ketamine together with a condition, the evidence card
// for that condition. Pure.
import type { EvidenceCard } from '../data/types';
import type { TermCounts } from './messages';

const KETAMINE_TERMS = ['ketamine', 'esketamine', 'subanesthetic-dose', 'ketamine-assisted-psychotherapy'];

export function findPageClaims(counts: TermCounts, cards: readonly EvidenceCard[]): EvidenceCard[] {
  if (!KETAMINE_TERMS.some((id) => (counts[id] ?? 0) > 0)) return [];
  return cards.filter((c) => c.conditionTermIds.some((id) => (counts[id] ?? 0) > 0));
}

/** "fibromyalgia and CRPS" from the cards' titles, for one calm sentence. */
export function listConditions(cards: readonly EvidenceCard[]): string {
  // Lower-case the first letter for the middle of a sentence, unless it starts an abbreviation ("CRPS").
  const names = cards.map((c) =>
    c.title.replace(/^Ketamine for /i, '').replace(/^[A-Z](?![A-Z])/, (ch) => ch.toLowerCase()),
  );
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
