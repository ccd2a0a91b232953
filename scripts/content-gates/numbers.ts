// The numbers gate: evidence cards and option comparisons show numbers as whole-number frequencies
// out of one denominator (100), never as decimals, percentages or odds; every card's icon-array
// frequency adds up; every main message is one sentence.
import { evidenceCards } from '../../data/evidence-cards';
import { guideSections } from '../../data/guide';
import { optionComparisons } from '../../data/options';
import { listOptionTexts, type LabeledText } from './quality';
import { splitSentences } from './readability';

const DECIMAL = /\d[.,]\d/;
const PERCENT = /%|\bper ?cent\b/i;
const ODDS = /\b(odds|hazard ratio|risk ratio|relative risk|NNT|NNH|p ?[=<>]|confidence interval)\b/i;
/** "N in D" or "N out of D": the denominator must be the card's. */
const FREQUENCY = /\b(\d[\d,]*) (?:in|out of) (\d[\d,]*)\b/g;

function cardTexts(): LabeledText[] {
  return evidenceCards.flatMap((c) => [
    { where: `evidence ${c.id} mainMessage`, text: c.mainMessage },
    { where: `evidence ${c.id} keyFrequency`, text: c.keyFrequency.text },
    ...c.known.map((k, i) => ({ where: `evidence ${c.id} known ${i + 1}`, text: k.text })),
    ...c.unknown.map((k, i) => ({ where: `evidence ${c.id} unknown ${i + 1}`, text: k.text })),
    { where: `evidence ${c.id} bottomLine`, text: c.bottomLine.text },
  ]);
}

/** Number problems in the given texts; `denominators` lists the allowed "in N" denominators. */
export function findNumberProblems(texts: readonly LabeledText[], denominators: readonly number[] = [100]): string[] {
  const problems: string[] = [];
  for (const { where, text } of texts) {
    if (DECIMAL.test(text)) problems.push(`${where}: a decimal number`);
    if (PERCENT.test(text)) problems.push(`${where}: a percentage (write "N in 100")`);
    if (ODDS.test(text)) problems.push(`${where}: odds, ratios or statistics jargon`);
    for (const m of text.matchAll(FREQUENCY)) {
      const d = Number(m[2]!.replace(/,/g, ''));
      // "3 in 6 people" style small counts are allowed only where listed; "1 in 3" is a plain fraction.
      if (!denominators.includes(d) && d > 10) problems.push(`${where}: "${m[0]}" uses a denominator other than 100`);
    }
  }
  return problems;
}

export function findCardNumberProblems(): string[] {
  const problems = findNumberProblems([...cardTexts(), ...listOptionTexts()]);
  const frequencies = [
    ...evidenceCards.map((c) => ({ id: `evidence ${c.id}`, f: c.keyFrequency })),
    ...guideSections.flatMap((s) => (s.keyFrequency ? [{ id: `guide ${s.id}`, f: s.keyFrequency }] : [])),
  ];
  for (const { id, f } of frequencies) {
    const c = { id };
    if (f.groups.length < 1 || f.groups.length > 2) problems.push(`${c.id}: key frequency needs 1 or 2 groups`);
    for (const g of f.groups) {
      if (!Number.isInteger(g.count) || g.count < 0 || g.count > f.denominator) {
        problems.push(`${c.id}: group "${g.label}" count ${g.count} is not a whole number 0-${f.denominator}`);
      }
      // The text equivalent must say every number the picture shows.
      if (!f.text.includes(`${g.count} in ${f.denominator}`)) {
        problems.push(`${c.id}: key frequency text does not say "${g.count} in ${f.denominator}"`);
      }
    }
  }
  return problems;
}

export function findMainMessageProblems(): string[] {
  const messages = [
    ...guideSections.map((s) => ({ where: `guide ${s.id}`, text: s.mainMessage })),
    ...evidenceCards.map((c) => ({ where: `evidence ${c.id}`, text: c.mainMessage })),
    ...optionComparisons.map((c) => ({ where: `options ${c.id}`, text: c.mainMessage })),
  ];
  return messages.flatMap(({ where, text }) => {
    const n = splitSentences(text).length;
    return n === 1 ? [] : [`${where}: main message has ${n} sentences (want 1)`];
  });
}

export function findOptionProblems(): string[] {
  const problems: string[] = [];
  const cards = new Set(evidenceCards.map((c) => c.id));
  const covered = new Set(optionComparisons.map((c) => c.cardId));
  for (const id of cards) if (!covered.has(id)) problems.push(`evidence ${id}: no options comparison`);
  for (const c of optionComparisons) {
    if (!cards.has(c.cardId)) problems.push(`options ${c.id}: unknown card ${c.cardId}`);
    const kinds = c.options.map((o) => o.kind);
    if (!kinds.includes('ketamine')) problems.push(`options ${c.id}: no ketamine option`);
    if (!kinds.includes('current-care')) problems.push(`options ${c.id}: no "staying with current care" option`);
    if (c.options.filter((o) => o.kind === 'other').length < 1) problems.push(`options ${c.id}: no other option`);
    const ids = c.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) problems.push(`options ${c.id}: duplicate option id`);
  }
  return problems;
}
