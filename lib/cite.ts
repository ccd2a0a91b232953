// Numbers for citation marks: a source's number is its place in the sources list. Pure.
import type { Source } from '../data/types';

export interface Citation {
  id: string;
  n: number;
  label: string;
}

export function createCite(sources: readonly Source[]): (ids: readonly string[]) => Citation[] {
  const byId = new Map(sources.map((s, i) => [s.id, { id: s.id, n: i + 1, label: s.short }]));
  return (ids) =>
    ids.flatMap((id) => {
      const c = byId.get(id);
      return c ? [c] : [];
    });
}
