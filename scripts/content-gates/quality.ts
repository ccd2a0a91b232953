// Quality gates for the patient content, shared by the tests and `npm run content:report`.
// Every function returns a list of problems; an empty list means the gate passes.
import { scoreReadability, countWords, splitSentences, type ReadabilityScore } from './readability';
import { glossary } from '../../data/glossary';
import { glossaryDetails } from '../../data/glossary/details';
import { guideSections } from '../../data/guide';
import { evidenceCards } from '../../data/evidence-cards';
import { checklistQuestions } from '../../data/checklist';
import { seedPoints } from '../../data/seed-coverage';
import { CHECKLIST_TEXTS, GENERAL_QUESTIONS, GUIDANCE } from '../../data/checklist-guidance';
import { sources, sourcesByTopic } from '../../data/sources';
import { contentReviewedOn, notMedicalAdvice, emergencyHelp } from '../../data/review';
import type { SourceId, SourcedText } from '../../data/types';

export const MAX_GRADE = 8;
export const MAX_SHORT_WORDS = 30;
export const SEED_RUN_WORDS = 8;
/** Sales and promise words that have no place in balanced patient information. */
export const FORBIDDEN_WORDS = [
  'cure',
  'cures',
  'cured',
  'guarantee',
  'guaranteed',
  'miracle',
  'miraculous',
  'transformative',
  'reclaim',
  'breakthrough',
  'revolutionary',
];

export interface LabeledText {
  where: string;
  text: string;
}

/** Every piece of prose that a patient can read, with where it lives. */
export function listContentTexts(): LabeledText[] {
  const out: LabeledText[] = [];
  for (const e of glossary) {
    out.push({ where: `glossary ${e.id} name`, text: e.name });
    out.push({ where: `glossary ${e.id} short`, text: e.short });
  }
  for (const d of glossaryDetails) {
    out.push({ where: `glossary ${d.id} explanation`, text: d.explanation });
    if (d.ketamineNote) out.push({ where: `glossary ${d.id} ketamineNote`, text: d.ketamineNote });
  }
  for (const s of guideSections) {
    out.push({ where: `guide ${s.id} title`, text: s.title });
    out.push({ where: `guide ${s.id} summary`, text: s.summary });
    s.paragraphs.forEach((p, i) => out.push({ where: `guide ${s.id} paragraph ${i + 1}`, text: p.text }));
    s.points?.forEach((p, i) => out.push({ where: `guide ${s.id} point ${i + 1}`, text: p.text }));
  }
  for (const c of evidenceCards) {
    out.push({ where: `evidence ${c.id} title`, text: c.title });
    out.push({ where: `evidence ${c.id} strengthLabel`, text: c.strengthLabel });
    out.push({ where: `evidence ${c.id} summary`, text: c.summary.text });
    c.keyNumbers.forEach((k, i) => out.push({ where: `evidence ${c.id} number ${i + 1}`, text: k.text }));
    out.push({ where: `evidence ${c.id} bottomLine`, text: c.bottomLine.text });
  }
  for (const q of checklistQuestions) {
    out.push({ where: `checklist ${q.id} question`, text: q.question });
    out.push({ where: `checklist ${q.id} help`, text: q.help });
  }
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
  }
  GENERAL_QUESTIONS.forEach((q, i) => out.push({ where: `summary general question ${i + 1}`, text: q }));
  for (const [key, text] of Object.entries(CHECKLIST_TEXTS)) out.push({ where: `summary ${key}`, text });
  for (const p of seedPoints) out.push({ where: `seed point ${p.id}`, text: p.point });
  out.push({ where: 'notMedicalAdvice', text: notMedicalAdvice });
  out.push({ where: 'emergencyHelp', text: emergencyHelp });
  return out;
}

/** Every statement that must carry a source, with the ids it cites. */
export function listSourcedStatements(): { where: string; sources: SourceId[] }[] {
  const out: { where: string; sources: SourceId[] }[] = [];
  const add = (where: string, t: SourcedText) => out.push({ where, sources: t.sources });
  for (const e of glossary) out.push({ where: `glossary ${e.id}`, sources: e.sources });
  for (const d of glossaryDetails) out.push({ where: `glossary ${d.id} details`, sources: d.sources });
  for (const s of guideSections) {
    s.paragraphs.forEach((p, i) => add(`guide ${s.id} paragraph ${i + 1}`, p));
    s.points?.forEach((p, i) => add(`guide ${s.id} point ${i + 1}`, p));
  }
  for (const c of evidenceCards) {
    add(`evidence ${c.id} summary`, c.summary);
    c.keyNumbers.forEach((k, i) => add(`evidence ${c.id} number ${i + 1}`, k));
    add(`evidence ${c.id} bottomLine`, c.bottomLine);
  }
  for (const q of checklistQuestions) out.push({ where: `checklist ${q.id}`, sources: q.sources });
  return out;
}

export function findSourceProblems(): string[] {
  const known = new Set(sources.map((s) => s.id));
  const used = new Set<string>();
  const problems: string[] = [];
  for (const { where, sources: ids } of listSourcedStatements()) {
    if (ids.length === 0) problems.push(`${where}: cites no source`);
    for (const id of ids) {
      used.add(id);
      if (!known.has(id)) problems.push(`${where}: unknown source "${id}"`);
    }
  }
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) problems.push(`source ${s.id} is listed twice`);
    seen.add(s.id);
    if (!used.has(s.id)) problems.push(`source ${s.id} is never cited`);
    if (!s.doi && !s.url) problems.push(`source ${s.id} has neither DOI nor URL`);
  }
  for (const [topic, list] of Object.entries(sourcesByTopic)) {
    const ids = list.map((x) => x.id);
    if (ids.some((id, i) => i > 0 && ids[i - 1]! >= id)) problems.push(`sources/${topic}.ts is not sorted by id`);
  }
  return problems;
}

// --- readability -------------------------------------------------------------------------

export interface ReadabilityRow {
  kind: 'tooltip' | 'guide' | 'evidence' | 'checklist';
  id: string;
  score: ReadabilityScore;
}

export function sectionText(id: string): string {
  const s = guideSections.find((x) => x.id === id);
  if (!s) return '';
  return [s.summary, ...s.paragraphs.map((p) => p.text), ...(s.points ?? []).map((p) => p.text)].join('\n');
}

export function cardText(id: string): string {
  const c = evidenceCards.find((x) => x.id === id);
  if (!c) return '';
  return [c.strengthLabel, c.summary.text, ...c.keyNumbers.map((k) => k.text), c.bottomLine.text].join('\n');
}

export function listReadability(): ReadabilityRow[] {
  return [
    ...glossary.map((e) => ({ kind: 'tooltip' as const, id: e.id, score: scoreReadability(e.short) })),
    ...guideSections.map((s) => ({ kind: 'guide' as const, id: s.id, score: scoreReadability(sectionText(s.id)) })),
    ...evidenceCards.map((c) => ({ kind: 'evidence' as const, id: c.id, score: scoreReadability(cardText(c.id)) })),
    ...checklistQuestions.map((q) => ({
      kind: 'checklist' as const,
      id: q.id,
      score: scoreReadability(`${q.question}\n${q.help}`),
    })),
  ];
}

export function findReadabilityProblems(): string[] {
  const problems: string[] = [];
  for (const row of listReadability()) {
    if (!(row.score.fkGrade <= MAX_GRADE)) {
      problems.push(`${row.kind} ${row.id}: Flesch-Kincaid grade ${row.score.fkGrade} > ${MAX_GRADE}`);
    }
  }
  for (const e of glossary) {
    const n = countWords(e.short);
    if (n > MAX_SHORT_WORDS) problems.push(`glossary ${e.id}: short definition has ${n} words > ${MAX_SHORT_WORDS}`);
  }
  for (const d of glossaryDetails) {
    const n = splitSentences(d.explanation).length;
    if (n < 2 || n > 5) problems.push(`glossary ${d.id}: explanation has ${n} sentences (want 2 to 5)`);
  }
  return problems;
}

// --- wording -----------------------------------------------------------------------------

function normalizeWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  );
}

/** Runs of `n` words that a content text shares with the seed document. */
export function findSeedOverlaps(
  seedText: string,
  texts: readonly LabeledText[] = listContentTexts(),
  n = SEED_RUN_WORDS,
): string[] {
  const seedWords = normalizeWords(seedText);
  const runs = new Set<string>();
  for (let i = 0; i + n <= seedWords.length; i++) runs.add(seedWords.slice(i, i + n).join(' '));
  const problems: string[] = [];
  for (const { where, text } of texts) {
    const words = normalizeWords(text);
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).join(' ');
      if (runs.has(run)) {
        problems.push(`${where}: copies "${run}" from the seed`);
        break;
      }
    }
  }
  return problems;
}

export function findForbiddenWords(): string[] {
  const pattern = new RegExp(`\\b(${FORBIDDEN_WORDS.join('|')})\\b`, 'i');
  return listContentTexts()
    .filter(({ text }) => pattern.test(text))
    .map(({ where, text }) => `${where}: uses "${text.match(pattern)?.[1]}"`);
}

export function findEmptyTexts(): string[] {
  return listContentTexts()
    .filter(({ text }) => text.trim() === '' || text !== text.trim())
    .map(({ where }) => `${where}: empty or has stray whitespace`);
}

export { contentReviewedOn };
