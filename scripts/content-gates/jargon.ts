// The jargon gate: lists unfamiliar words (./unfamiliar-words.ts) used in a guide paragraph, card,
// option or checklist text that are neither a glossary term (matched with the extension's own
// matcher over data/glossary) nor explained in place. A word is explained in place when plain words
// in brackets follow it ("AVM (a tangle of blood vessels)"), when it is itself the bracketed name of
// plain words before it ("a bulging blood vessel (aneurysm)"), or when its sentence names it
// ("This is called dissociation", "Dissociation means ...").
import { glossary } from '../../data/glossary';
import { compileGlossaryMatcher } from '../../lib/glossary-matcher';
import { findUnfamiliarWords } from './unfamiliar-words';
import type { LabeledText } from './quality';

/** Familiar to adult readers of health pages although missing from both word lists; each says why. */
export const FAMILIAR_EXTRA: Readonly<Record<string, string>> = {
  guideline: 'everyday in health news; the key points and each card say whose advice it is',
  breastfeeding: 'everyday compound word (breast + feeding), missing from both lists as one word',
  breastfeed: 'as breastfeeding',
  halved: 'everyday (half), a verb form the lists miss',
  riskier: 'comparative of "risky", which is familiar',
};

const matcher = compileGlossaryMatcher(glossary);
const NAMING = /\b(called|means|meaning|that is|known as)\b/i;

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), -1) + 1;
  const rest = text.slice(at).search(/[.?!](\s|$)/);
  return text.slice(start, rest < 0 ? text.length : at + rest + 1);
}

function insideBrackets(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
}

/** The unfamiliar, unexplained words of one text. */
export function findUnexplainedWords(text: string): string[] {
  const covered = matcher.findMatches(text);
  const out: string[] = [];
  for (const w of findUnfamiliarWords(text)) {
    if (Object.hasOwn(FAMILIAR_EXTRA, w.word.toLowerCase())) continue;
    if (covered.some((m) => m.start <= w.start && w.end <= m.end)) continue;
    if (insideBrackets(text, w.start) || /^\s*\(/.test(text.slice(w.end))) continue;
    if (NAMING.test(sentenceAround(text, w.start))) continue;
    out.push(w.word);
  }
  return [...new Set(out)];
}

export function findJargon(texts: readonly LabeledText[]): string[] {
  return texts.flatMap(({ where, text }) => {
    const words = findUnexplainedWords(text);
    return words.length ? [`${where}: unexplained ${words.map((w) => `"${w}"`).join(', ')}`] : [];
  });
}

/** The texts the gate reads: guide, cards, options and checklist (not glossary entries, whose words are the terms). */
export function jargonTexts(all: readonly LabeledText[]): LabeledText[] {
  return all.filter(
    ({ where }) => /^(guide|evidence|options|checklist|summary) /.test(where) && !where.endsWith(' title'),
  );
}
