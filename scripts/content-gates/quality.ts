// Quality gates for the patient content, shared by the tests and `npm run content:report`.
// Every function returns a list of problems; an empty list means the gate passes.
import { scoreReadability, countWords, splitSentences, type ReadabilityScore } from './readability';
import { glossary } from '../../data/glossary';
import { glossaryDetails } from '../../data/glossary/details';
import { guideSections } from '../../data/guide';
import { evidenceCards, CARD_NEXT_STEPS } from '../../data/evidence-cards';
import { checklistQuestions } from '../../data/checklist';
import { seedPoints } from '../../data/seed-coverage';
import {
  CANNOT_TELL,
  CHECKLIST_TEXTS,
  CLINIC_QUESTIONS,
  GENERAL_QUESTIONS,
  GUIDANCE,
  HANDOUT_HEADINGS,
  NOT_CHECKED,
} from '../../data/checklist-guidance';
import { CHECKLIST_TITLE, RETIRED_QUESTIONS } from '../../data/checklist';
import { optionComparisons, OPTION_ATTRIBUTES, OPTIONS_NEXT_STEPS } from '../../data/options';
import {
  SURE_INTRO,
  SURE_ITEMS,
  SURE_TEXTS,
  SURE_TITLE,
  VALUE_ITEMS,
  VALUE_WEIGHTS,
  VALUES_INTRO,
  VALUES_TITLE,
} from '../../data/values';
import { sources, sourcesByTopic } from '../../data/sources';
import { contentReviewedOn, notMedicalAdvice, emergencyHelp, crisisHelpNow, crisisHelpSoon } from '../../data/review';
import type { SourceId, SourcedText } from '../../data/types';

export const MAX_GRADE = 8;
/** SMOG grade gate for guide sections, evidence cards and option comparisons. */
export const MAX_SMOG = 9;
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
    out.push({ where: `guide ${s.id} mainMessage`, text: s.mainMessage });
    s.paragraphs.forEach((p, i) => out.push({ where: `guide ${s.id} paragraph ${i + 1}`, text: p.text }));
    s.points?.forEach((p, i) => out.push({ where: `guide ${s.id} point ${i + 1}`, text: p.text }));
    s.steps?.forEach((p, i) => {
      out.push({ where: `guide ${s.id} step ${i + 1} title`, text: p.title });
      out.push({ where: `guide ${s.id} step ${i + 1}`, text: p.text });
    });
    if (s.keyFrequency) out.push({ where: `guide ${s.id} keyFrequency`, text: s.keyFrequency.text });
  }
  for (const [k, text] of Object.entries(CARD_NEXT_STEPS)) out.push({ where: `evidence next step ${k}`, text });
  out.push({ where: 'options next steps why', text: OPTIONS_NEXT_STEPS.why });
  OPTIONS_NEXT_STEPS.steps.forEach((text, i) => out.push({ where: `options next step ${i + 1}`, text }));
  for (const c of evidenceCards) {
    out.push({ where: `evidence ${c.id} title`, text: c.title });
    out.push({ where: `evidence ${c.id} strengthLabel`, text: c.strengthLabel });
    out.push({ where: `evidence ${c.id} mainMessage`, text: c.mainMessage });
    out.push({ where: `evidence ${c.id} keyFrequency`, text: c.keyFrequency.text });
    c.keyFrequency.groups.forEach((g, i) => out.push({ where: `evidence ${c.id} group ${i + 1}`, text: g.label }));
    c.known.forEach((k, i) => out.push({ where: `evidence ${c.id} known ${i + 1}`, text: k.text }));
    c.unknown.forEach((k, i) => out.push({ where: `evidence ${c.id} unknown ${i + 1}`, text: k.text }));
    out.push({ where: `evidence ${c.id} bottomLine`, text: c.bottomLine.text });
  }
  for (const o of listOptionTexts()) out.push(o);
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
  out.push(...listHandoutFixedTexts());
  for (const q of checklistQuestions) {
    if (!q.crisis) continue;
    for (const [k, c] of Object.entries(q.crisis)) {
      out.push({ where: `checklist ${q.id} crisis ${k} title`, text: c.title });
      out.push({ where: `checklist ${q.id} crisis ${k}`, text: c.text });
    }
  }
  for (const p of seedPoints) out.push({ where: `seed point ${p.id}`, text: p.point });
  out.push({ where: 'notMedicalAdvice', text: notMedicalAdvice });
  out.push({ where: 'emergencyHelp', text: emergencyHelp });
  return out;
}

/** Every text of the option comparisons. */
export function listOptionTexts(): LabeledText[] {
  const out: LabeledText[] = [];
  for (const c of optionComparisons) {
    out.push({ where: `options ${c.id} title`, text: c.title });
    out.push({ where: `options ${c.id} mainMessage`, text: c.mainMessage });
    for (const o of c.options) {
      out.push({ where: `options ${c.id} ${o.id} name`, text: o.name });
      for (const a of OPTION_ATTRIBUTES) out.push({ where: `options ${c.id} ${o.id} ${a.key}`, text: o[a.key].text });
    }
  }
  return out;
}

/**
 * Every fixed text of the handout and its steps (headings, lines that do not depend on the answers,
 * values and SURE, earlier questions): with the guidance texts, all the handout can ever show.
 */
export function listHandoutFixedTexts(): LabeledText[] {
  const out: LabeledText[] = [{ where: 'checklist title', text: CHECKLIST_TITLE }];
  GENERAL_QUESTIONS.forEach((q, i) => out.push({ where: `summary general question ${i + 1}`, text: q }));
  CLINIC_QUESTIONS.forEach((q, i) => out.push({ where: `summary clinic question ${i + 1}`, text: q }));
  CANNOT_TELL.forEach((q, i) => out.push({ where: `summary cannot tell ${i + 1}`, text: q }));
  NOT_CHECKED.forEach((q, i) => out.push({ where: `summary not checked ${i + 1}`, text: q }));
  for (const [key, text] of Object.entries(CHECKLIST_TEXTS)) out.push({ where: `summary ${key}`, text });
  for (const [key, text] of Object.entries(HANDOUT_HEADINGS)) out.push({ where: `summary heading ${key}`, text });
  for (const r of RETIRED_QUESTIONS) out.push({ where: `earlier question ${r.id}`, text: r.question });
  out.push({ where: 'values title', text: VALUES_TITLE }, { where: 'values intro', text: VALUES_INTRO });
  for (const v of VALUE_ITEMS) {
    out.push({ where: `value ${v.id} label`, text: v.label }, { where: `value ${v.id} help`, text: v.help });
  }
  for (const w of VALUE_WEIGHTS) out.push({ where: `value weight ${w.value}`, text: w.label });
  out.push({ where: 'sure title', text: SURE_TITLE }, { where: 'sure intro', text: SURE_INTRO });
  for (const q of SURE_ITEMS) out.push({ where: `sure ${q.id}`, text: q.question });
  for (const [key, text] of Object.entries(SURE_TEXTS)) out.push({ where: `sure ${key}`, text });
  for (const [key, c] of Object.entries({ crisisHelpNow, crisisHelpSoon })) {
    out.push({ where: `${key} title`, text: c.title }, { where: key, text: c.text });
  }
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
    s.steps?.forEach((p, i) => add(`guide ${s.id} step ${i + 1}`, p));
    if (s.keyFrequency) add(`guide ${s.id} keyFrequency`, s.keyFrequency);
  }
  for (const c of evidenceCards) {
    add(`evidence ${c.id} keyFrequency`, c.keyFrequency);
    c.known.forEach((k, i) => add(`evidence ${c.id} known ${i + 1}`, k));
    c.unknown.forEach((k, i) => add(`evidence ${c.id} unknown ${i + 1}`, k));
    add(`evidence ${c.id} bottomLine`, c.bottomLine);
  }
  for (const c of optionComparisons) {
    for (const o of c.options) for (const a of OPTION_ATTRIBUTES) add(`options ${c.id} ${o.id} ${a.key}`, o[a.key]);
  }
  out.push({ where: 'SURE questions', sources: ['legare-2010-sure'] });
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
  kind: 'tooltip' | 'guide' | 'evidence' | 'options' | 'checklist';
  id: string;
  score: ReadabilityScore;
}

export function sectionText(id: string): string {
  const s = guideSections.find((x) => x.id === id);
  if (!s) return '';
  return [
    s.mainMessage,
    ...s.paragraphs.map((p) => p.text),
    ...(s.points ?? []).map((p) => p.text),
    ...(s.steps ?? []).map((p) => p.text),
    ...(s.keyFrequency ? [s.keyFrequency.text] : []),
  ].join('\n');
}

export function cardText(id: string): string {
  const c = evidenceCards.find((x) => x.id === id);
  if (!c) return '';
  return [
    c.mainMessage,
    c.keyFrequency.text,
    ...c.known.map((k) => k.text),
    ...c.unknown.map((k) => k.text),
    c.bottomLine.text,
  ].join('\n');
}

export function optionsText(id: string): string {
  const c = optionComparisons.find((x) => x.id === id);
  if (!c) return '';
  return [c.mainMessage, ...c.options.flatMap((o) => OPTION_ATTRIBUTES.map((a) => o[a.key].text))].join('\n');
}

export function listReadability(): ReadabilityRow[] {
  return [
    ...glossary.map((e) => ({ kind: 'tooltip' as const, id: e.id, score: scoreReadability(e.short) })),
    ...guideSections.map((s) => ({ kind: 'guide' as const, id: s.id, score: scoreReadability(sectionText(s.id)) })),
    ...evidenceCards.map((c) => ({ kind: 'evidence' as const, id: c.id, score: scoreReadability(cardText(c.id)) })),
    ...optionComparisons.map((c) => ({
      kind: 'options' as const,
      id: c.id,
      score: scoreReadability(optionsText(c.id)),
    })),
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
    const smogGated = row.kind === 'guide' || row.kind === 'evidence' || row.kind === 'options';
    if (smogGated && !(row.score.smog <= MAX_SMOG)) {
      problems.push(`${row.kind} ${row.id}: SMOG grade ${row.score.smog} > ${MAX_SMOG}`);
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
