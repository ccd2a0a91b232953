// Number formats and plain-text tables for the bench's terminal report.
import type { Stat } from './results-model';

export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

export function fmtRatio(x: number): string {
  return x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`;
}

export function fmtBytes(b: number): string {
  const sign = b < 0 ? '-' : '';
  const a = Math.abs(b);
  if (a >= 1e6) return `${sign}${(a / 1e6).toFixed(2)} MB`;
  return `${sign}${(a / 1e3).toFixed(1)} kB`;
}

export type Fmt = (x: number) => string;

/** "median [min–max]", or just the value for one run. */
export function show(s: Stat | null, f: Fmt = fmtMs): string {
  if (!s) return '—';
  if (s.n === 1 || s.min === s.max) return f(s.median);
  return `${f(s.median)} [${f(s.min)}–${f(s.max)}]`;
}

/** The median alone. */
export function med(s: Stat | null, f: Fmt = fmtMs): string {
  return s ? f(s.median) : '—';
}

/** Median of `s` over `base`, as a ratio ("—" when either is missing). */
export function ratioOf(s: Stat | null, base: number | null): string {
  return s && base ? fmtRatio(s.median / base) : '—';
}

// A run stopped by the time box gives a lower bound, so with any such run the figures are "at least".
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
