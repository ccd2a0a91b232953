// Glossary search with typo tolerance, on MiniSearch (a maintained full-text search library). Pure.
import MiniSearch from 'minisearch';
import type { GlossaryEntry } from '../data/types';
import { applyMedicalContext, compileMatcher } from './term-matcher';

export interface GlossaryHit {
  id: string;
  score: number;
}

/** An entry as the search boxes list it. */
export interface GlossaryMatch {
  id: string;
  name: string;
  short: string;
}

export interface GlossarySearch {
  search(query: string, limit?: number): GlossaryHit[];
  /** The entries of `search`, best first. */
  find(query: string, limit?: number): GlossaryMatch[];
  /** The entry a selected phrase is about: an exact form inside it first, then the best fuzzy hit. */
  explain(selection: string): { best: string | null; suggestions: string[] };
}

const normalize = (s: string) =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[-‐‑]/g, ' ').replace(/\s+/g, ' ').trim();

export function createGlossarySearch(entries: readonly GlossaryEntry[]): GlossarySearch {
  const index = new MiniSearch<{ id: string; name: string; forms: string; short: string }>({
    fields: ['name', 'forms', 'short'],
    storeFields: [],
    searchOptions: {
      boost: { name: 3, forms: 2 },
      fuzzy: (term) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 0.25),
      maxFuzzy: 2,
      prefix: (term) => term.length >= 3,
      combineWith: 'AND',
    },
  });
  index.addAll(
    entries.map((e) => ({ id: e.id, name: e.name, forms: e.forms.map((f) => f.text).join(' | '), short: e.short })),
  );

  // Exact lookup of every form (and name), for selections such as "CRPS" or "NMDA receptors".
  const exact = new Map<string, string>();
  for (const e of entries) {
    exact.set(normalize(e.name), e.id);
    exact.set(normalize(e.name.replace(/\s*\(.*\)\s*$/, '')), e.id);
    for (const f of e.forms) if (!f.ambiguous || f.case === 'abbr') exact.set(normalize(f.text), e.id);
  }
  // The same keys by length, each with a mask of the characters it holds, for nearForm(): one edit
  // flips at most 2 bits of the mask, so a key whose mask differs in more than 2 bits per allowed edit
  // cannot be near, and most keys are ruled out without an edit-distance table.
  const byLength = new Map<number, { key: string; id: string; mask: number }[]>();
  for (const [key, id] of exact) {
    const list = byLength.get(key.length);
    const item = { key, id, mask: charMask(key) };
    if (list) list.push(item);
    else byLength.set(key.length, [item]);
  }

  function search(query: string, limit = 20): GlossaryHit[] {
    const q = query.trim().slice(0, 200);
    if (!q) return [];
    let hits = index.search(q);
    if (hits.length === 0) hits = index.search(q, { combineWith: 'OR' });
    const out = hits.map((h) => ({ id: String(h.id), score: h.score }));
    // The entry named exactly by the query comes first: a fuzzy hit on a rarer word ("arketamine"
    // for "ketamine") can outscore it.
    const key = normalize(q);
    const named = exact.get(key) ?? exact.get(key.replace(/s$/, ''));
    const at = named ? out.findIndex((h) => h.id === named) : -1;
    if (at > 0) out.unshift(...out.splice(at, 1));
    return out.slice(0, limit);
  }

  // The same matcher as the page: finds the forms inside a longer selection ("ketamine infusions").
  const matcher = compileMatcher(
    entries.flatMap((e) =>
      e.forms.map((f) => ({ termId: e.id, text: f.text, case: f.case, ambiguous: f.ambiguous, notAfter: f.notAfter })),
    ),
  );

  /** The entry of the longest form inside the text; an unambiguous form beats an ambiguous one. */
  function formInside(selection: string): string | null {
    const matches = applyMedicalContext(matcher.findMatches(selection));
    let best: { id: string; length: number; ambiguous: boolean } | null = null;
    for (const m of matches) {
      const length = m.end - m.start;
      const better =
        !best || (best.ambiguous && !m.ambiguous) || (best.ambiguous === m.ambiguous && length > best.length);
      if (better) best = { id: m.termId, length, ambiguous: m.ambiguous };
    }
    return best?.id ?? null;
  }

  /** A misspelt name or form ("ketamin"): the one entry within a small edit distance of the whole text. */
  function nearForm(text: string): string | null {
    if (text.length < 5) return null;
    const limit = text.length < 8 ? 1 : 2;
    let bestDistance = limit + 1;
    let found: Set<string> = new Set();
    const mask = charMask(text);
    for (let length = text.length - limit; length <= text.length + limit; length++) {
      for (const { key, id, mask: keyMask } of byLength.get(length) ?? []) {
        if (bitCount(mask ^ keyMask) > 2 * limit) continue;
        const d = editDistance(text, key, limit);
        if (d > limit) continue;
        if (d < bestDistance) {
          bestDistance = d;
          found = new Set([id]);
        } else if (d === bestDistance) {
          found.add(id);
        }
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  function explain(selection: string): { best: string | null; suggestions: string[] } {
    const text = normalize(selection).slice(0, 200);
    if (!text) return { best: null, suggestions: [] };
    const hits = search(selection, 6);
    const direct =
      exact.get(text) ??
      exact.get(text.replace(/s$/, '')) ??
      formInside(selection.slice(0, 200)) ??
      nearForm(text) ??
      nearForm(text.replace(/s$/, ''));
    if (direct)
      return {
        best: direct,
        suggestions: hits
          .map((h) => h.id)
          .filter((id) => id !== direct)
          .slice(0, 5),
      };
    // A fuzzy hit only counts as "the" answer when it is clearly ahead of the rest.
    const [first, second] = hits;
    const clear = first && (!second || first.score > second.score * 1.5) && text.length >= 4;
    const ids = hits.map((h) => h.id);
    return { best: clear ? first.id : null, suggestions: (clear ? ids.slice(1) : ids).slice(0, 5) };
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  function find(query: string, limit?: number): GlossaryMatch[] {
    return search(query, limit).flatMap((h) => {
      const e = byId.get(h.id);
      return e ? [{ id: e.id, name: e.name, short: e.short }] : [];
    });
  }

  return { search, find, explain };
}

/** Which of 32 character classes a string holds (a character's class is its code modulo 32). */
export function charMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= 1 << (s.charCodeAt(i) & 31);
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}

/** Optimal string alignment distance (adjacent swaps count as one edit), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
