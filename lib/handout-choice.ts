// What the reader chose to print with the handout: one options comparison (data/options.ts), or
// none. It names a condition the reader cares about, so it is kept with the answers, out of
// content scripts' reach (utils/storage/reader.ts). Pure.
import { optionComparisons } from '../data/options';
import type { Normalized } from './settings';

export interface HandoutChoice {
  /** The id of the options comparison printed after the handout, or null for none. */
  options: string | null;
}

export const NO_HANDOUT_CHOICE: HandoutChoice = Object.freeze({ options: null }) as HandoutChoice;

const KNOWN = new Set(optionComparisons.map((c) => c.id));

/** A known comparison id, or null. */
export function handoutOptionsId(id: unknown): string | null {
  return typeof id === 'string' && KNOWN.has(id) ? id : null;
}

/** An unknown or damaged choice reads as none, and says so. */
export function normalizeHandoutChoice(raw: unknown): Normalized<HandoutChoice> {
  if (raw === undefined || raw === null) return { value: { options: null }, repaired: [] };
  const options = (raw as { options?: unknown }).options;
  if (typeof raw !== 'object' || Array.isArray(raw) || (options !== null && handoutOptionsId(options) === null)) {
    return { value: { options: null }, repaired: ['handout'] };
  }
  return { value: { options: handoutOptionsId(options) }, repaired: [] };
}
