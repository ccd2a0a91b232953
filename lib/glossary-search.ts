// Glossary search with typo tolerance, on MiniSearch (a maintained full-text search library). Pure.
import MiniSearch from 'minisearch';
import type { GlossaryEntry } from './content/types';

export interface GlossaryHit {
  id: string;
  score: number;
}

export interface GlossarySearch {
  search(query: string, limit?: number): GlossaryHit[];
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

  function search(query: string, limit = 20): GlossaryHit[] {
    const q = query.trim().slice(0, 200);
    if (!q) return [];
    let hits = index.search(q);
    if (hits.length === 0) hits = index.search(q, { combineWith: 'OR' });
    return hits.slice(0, limit).map((h) => ({ id: String(h.id), score: h.score }));
  }

  function explain(selection: string): { best: string | null; suggestions: string[] } {
    const text = normalize(selection).slice(0, 200);
    if (!text) return { best: null, suggestions: [] };
    const direct = exact.get(text) ?? exact.get(text.replace(/s$/, ''));
    const hits = search(selection, 6).map((h) => h.id);
    if (direct) return { best: direct, suggestions: hits.filter((id) => id !== direct).slice(0, 5) };
    // A fuzzy hit only counts as "the" answer when it is clearly ahead of the rest.
    const scored = search(selection, 6);
    const [first, second] = scored;
    const clear = first && (!second || first.score > second.score * 1.5) && text.length >= 4;
    return { best: clear ? first.id : null, suggestions: (clear ? hits.slice(1) : hits).slice(0, 5) };
  }

  return { search, explain };
}
