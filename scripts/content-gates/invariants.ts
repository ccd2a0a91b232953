// Structural invariants of the glossary: ids, order, forms, cross-references.
import { glossary, glossaryByCategory } from '../../data/glossary';
import { glossaryDetails } from '../../data/glossary/details';
import { guideSections } from '../../data/guide';
import { evidenceCards } from '../../data/evidence-cards';
import { checklistQuestions } from '../../data/checklist';
import type { MatchForm } from '../../data/types';

/** Words and letters that must never be highlighted, whatever the glossary says. */
export const STOP_FORMS = new Set([
  'a',
  'i',
  'k',
  'an',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'he',
  'if',
  'in',
  'is',
  'it',
  'me',
  'my',
  'no',
  'of',
  'on',
  'or',
  'so',
  'to',
  'up',
  'us',
  'we',
  'am',
  'pm',
  'the',
  'and',
  'for',
  'not',
]);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Tokens of letters or digits joined by one space, hyphen or apostrophe.
const FORM = /^[\p{L}\p{N}]+(?:[ '-][\p{L}\p{N}]+)*$/u;

/** The key under which two forms would collide on a page. */
export function formKey(form: MatchForm): string {
  const text = form.text.replace(/-/g, ' ');
  return form.case === 'abbr' ? `abbr:${text}` : `word:${text.toLowerCase()}`;
}

export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

function isSorted(ids: string[]): boolean {
  return ids.every((id, i) => i === 0 || ids[i - 1]! < id);
}

export function findGlossaryProblems(): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of glossary) {
    if (ids.has(e.id)) problems.push(`glossary: duplicate id ${e.id}`);
    ids.add(e.id);
    if (!ID.test(e.id)) problems.push(`glossary ${e.id}: id is not kebab-case`);
    if (!e.name.trim()) problems.push(`glossary ${e.id}: empty name`);
    if (!/[.!?]$/.test(e.short)) problems.push(`glossary ${e.id}: short definition should end with a full stop`);
    if (e.forms.length === 0) problems.push(`glossary ${e.id}: no match forms`);
  }
  for (const [category, entries] of Object.entries(glossaryByCategory)) {
    if (!isSorted(entries.map((e) => e.id))) problems.push(`glossary/${category}.ts is not sorted by id`);
    for (const e of entries) {
      if (e.category !== category) problems.push(`glossary ${e.id}: category ${e.category} in ${category}.ts`);
    }
  }
  const detailIds = new Set<string>();
  for (const d of glossaryDetails) {
    if (detailIds.has(d.id)) problems.push(`glossary details: duplicate id ${d.id}`);
    detailIds.add(d.id);
    if (!ids.has(d.id)) problems.push(`glossary details ${d.id}: no glossary entry with this id`);
    for (const r of d.related) {
      if (!ids.has(r)) problems.push(`glossary ${d.id}: related id ${r} does not exist`);
      if (r === d.id) problems.push(`glossary ${d.id}: related to itself`);
    }
    if (new Set(d.related).size !== d.related.length) problems.push(`glossary ${d.id}: repeated related id`);
  }
  for (const id of ids) if (!detailIds.has(id)) problems.push(`glossary ${id}: no details entry`);

  const owners = new Map<string, { id: string; form: MatchForm }[]>();
  for (const e of glossary) {
    const seen = new Set<string>();
    for (const form of e.forms) {
      const where = `glossary ${e.id} form "${form.text}"`;
      if (!FORM.test(form.text))
        problems.push(`${where}: use letters and digits joined by single spaces, hyphens or apostrophes`);
      if (letterCount(form.text) < 2) problems.push(`${where}: fewer than two letters`);
      if (STOP_FORMS.has(form.text.toLowerCase())) problems.push(`${where}: is a stop word`);
      if (form.case === 'abbr') {
        if (!/\p{Lu}/u.test(form.text)) problems.push(`${where}: an abbreviation needs a capital letter`);
        if (form.text.length <= 3 && !form.ambiguous)
          problems.push(`${where}: abbreviations of 3 letters or fewer must be ambiguous`);
      }
      if (form.case === 'word' && form.text.length <= 3)
        problems.push(`${where}: words of 3 letters or fewer are too risky`);
      const key = formKey(form);
      if (seen.has(key)) problems.push(`${where}: listed twice`);
      seen.add(key);
      owners.set(key, [...(owners.get(key) ?? []), { id: e.id, form }]);
    }
  }
  for (const [key, list] of owners) {
    if (list.length > 1 && list.some((o) => !o.form.sharedReason)) {
      problems.push(`form ${key} is used by ${list.map((o) => o.id).join(' and ')} without a sharedReason`);
    }
  }

  const checkUnique = (label: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${label}: duplicate id ${id}`);
      seen.add(id);
      if (!ID.test(id)) problems.push(`${label} ${id}: id is not kebab-case`);
    }
  };
  checkUnique('guide', guideSections);
  checkUnique('evidence', evidenceCards);
  checkUnique('checklist', checklistQuestions);
  for (const c of evidenceCards) {
    for (const t of c.conditionTermIds) if (!ids.has(t)) problems.push(`evidence ${c.id}: unknown term ${t}`);
  }
  return problems;
}
