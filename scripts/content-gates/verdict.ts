// The verdict gate: no text the checklist's handout can show may read as a candidacy verdict.
// It reads every guidance text, every fixed handout line and every crisis text
// (listHandoutTexts), and every text of every answer path is also checked by the table test.
import { GUIDANCE } from '../../data/checklist-guidance';
import { checklistQuestions } from '../../data/checklist';
import { listHandoutFixedTexts, type LabeledText } from './quality';

/** Phrases that turn a summary into a verdict on the reader. */
export const VERDICT_PATTERNS: readonly RegExp[] = [
  /\bmay fit\b/i,
  /\b(good|great|ideal|strong|suitable|right) (fit|candidate|match)\b/i,
  /\bcandidates?\b/i,
  /\bcandidacy\b/i,
  /\b(in)?eligib(le|ility)\b/i,
  /\bqualif(y|ies|ied|ying)\b/i,
  /\bright (choice|treatment|option) for you\b/i,
  /\bright for you\b/i,
  /\bsafe for you\b(?!\?)/i,
  /\b(you are|you're) (a )?(good|able|cleared|ready)\b/i,
  /\bcleared for\b/i,
  /\bapproved for you\b/i,
  /\byou (should|could|can) (get|have|try|start) ketamine\b/i,
  /\bketamine (is|would be|could be) (right|good|safe) for you\b/i,
  /\bworth (a try|trying|asking about)\b/i,
  /\bpassed\b/i,
];

/** Every text the handout can show, from its data. */
export function listHandoutTexts(): LabeledText[] {
  const out = listHandoutFixedTexts();
  for (const [id, g] of Object.entries(GUIDANCE)) {
    for (const [answer, o] of [
      ['yes', g.yes],
      ['no', g.no],
      ['unsure', g.unsure.note],
    ] as const) {
      if (!o) continue;
      out.push({ where: `summary ${id} ${answer}`, text: o.text });
      if (o.ask) out.push({ where: `summary ${id} ${answer} ask`, text: o.ask });
    }
    out.push({ where: `summary ${id} unsure ask`, text: g.unsure.ask });
    out.push({ where: `summary ${id} topic`, text: g.topic });
  }
  for (const q of checklistQuestions) {
    out.push({ where: `checklist ${q.id} question`, text: q.question });
    for (const [k, c] of Object.entries(q.crisis ?? {})) {
      out.push({ where: `checklist ${q.id} crisis ${k}`, text: `${c.title}. ${c.text}` });
    }
  }
  return out;
}

/** The verdict phrase a text uses, or null. A question (ending in "?") may ask "is it safe for me?". */
export function findVerdictPhrase(text: string): string | null {
  for (const p of VERDICT_PATTERNS) {
    const m = text.match(p);
    if (m) return m[0];
  }
  return null;
}

export function findVerdictPhrasing(texts: readonly LabeledText[] = listHandoutTexts()): string[] {
  return texts.flatMap(({ where, text }) => {
    const phrase = findVerdictPhrase(text);
    return phrase ? [`${where}: verdict wording "${phrase}"`] : [];
  });
}
