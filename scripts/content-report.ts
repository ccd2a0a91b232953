// Prints the readability table and every content-gate problem. `npm run content:report`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  listReadability,
  findReadabilityProblems,
  findSourceProblems,
  findForbiddenWords,
  findEmptyTexts,
  findSeedOverlaps,
  listContentTexts,
  MAX_GRADE,
  MAX_SMOG,
} from './content-gates/quality';
import { findVerdictPhrasing } from './content-gates/verdict';
import { findCardNumberProblems, findMainMessageProblems, findOptionProblems } from './content-gates/numbers';
import { findJargon, jargonTexts } from './content-gates/jargon';
import { findGlossaryProblems } from './content-gates/invariants';
import { findSeedCoverageProblems } from './content-gates/seed-check';

const seedPath = path.resolve(
  process.env.PAINLENS_SEED ??
    path.join(import.meta.dirname, '../tests/fixtures/shared/seed/ketamine-therapy-for-chronic-pain.txt'),
);

const rows = listReadability();
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const only = process.argv.includes('--problems');
if (!only) {
  console.log(`${pad('kind', 10)}${pad('id', 40)}${pad('words', 7)}${pad('FK', 6)}${pad('SMOG', 6)}ease`);
  for (const r of rows) {
    console.log(
      `${pad(r.kind, 10)}${pad(r.id, 40)}${pad(r.score.words, 7)}${pad(r.score.fkGrade, 6)}${pad(r.score.smog, 6)}${r.score.readingEase}`,
    );
  }
}
const summarize = (kind: string) => {
  const k = rows.filter((r) => r.kind === kind);
  if (k.length === 0) return `${kind}: none`;
  const fk = k.map((r) => r.score.fkGrade);
  const smog = k.map((r) => r.score.smog);
  const mean = (a: number[]) => (a.reduce((x, y) => x + y, 0) / a.length).toFixed(1);
  return `${kind}: ${k.length} items, FK mean ${mean(fk)} max ${Math.max(...fk)}, SMOG mean ${mean(smog)} max ${Math.max(...smog)}`;
};
console.log('');
for (const kind of ['tooltip', 'guide', 'evidence', 'options', 'checklist']) console.log(summarize(kind));
let seed = '';
try {
  seed = readFileSync(seedPath, 'utf8');
} catch {
  console.log(`(seed not found at ${seedPath}: set PAINLENS_SEED to check copied wording)`);
}
const problems = [
  ...findReadabilityProblems(),
  ...findSourceProblems(),
  ...findForbiddenWords(),
  ...findEmptyTexts(),
  ...findGlossaryProblems(),
  ...findSeedCoverageProblems(),
  ...(seed ? findSeedOverlaps(seed) : []),
  ...findVerdictPhrasing(),
  ...findCardNumberProblems(),
  ...findMainMessageProblems(),
  ...findOptionProblems(),
  ...findJargon(jargonTexts(listContentTexts())),
];
console.log(`\nGate: Flesch-Kincaid grade <= ${MAX_GRADE}, SMOG <= ${MAX_SMOG}. ${problems.length} problem(s).`);
for (const p of problems) console.log(`  - ${p}`);
process.exitCode = problems.length ? 1 : 0;
