// Bridges the glossary data and the matcher. Pure.
import type { GlossaryEntry } from '../data/types';
import { compileMatcher, type MatcherForm, type TermMatcher } from './term-matcher';

export function listMatcherForms(entries: readonly GlossaryEntry[]): MatcherForm[] {
  return entries.flatMap((entry) =>
    entry.forms.map((form) => ({
      termId: entry.id,
      text: form.text,
      case: form.case,
      ambiguous: form.ambiguous,
      notAfter: form.notAfter,
    })),
  );
}

export function compileGlossaryMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  return compileMatcher(listMatcherForms(entries));
}
