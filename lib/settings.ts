// Settings, the per-site list and their validation. Pure: values read from storage pass through
// here, so corrupt or foreign data falls back to defaults while every valid field is kept.

export type HighlightStyle = 'underline' | 'background' | 'off';
export type MentionMode = 'all' | 'first';

export interface Settings {
  /** Pauses highlighting everywhere. */
  paused: boolean;
  highlightStyle: HighlightStyle;
  mentions: MentionMode;
  /** How long the pointer rests on a term before its tooltip shows. */
  hoverDelayMs: number;
  /** Text size of every PainLens surface (tooltip, popup, side panel, welcome), in percent. */
  textSize: TextSize;
  /** Stronger colours and borders than the calm default (also on when the system asks for more contrast). */
  highContrast: boolean;
}

/** The text sizes offered: 100% (the browser's size) to 200%, in steps a reader can tell apart. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 1500;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  highlightStyle: 'underline',
  mentions: 'all',
  hoverDelayMs: 300,
  textSize: 100,
  highContrast: false,
});

export interface Normalized<T> {
  value: T;
  /** Fields that were invalid and replaced by their defaults (empty when the input was fine). */
  repaired: string[];
}

const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'off'];
const MENTIONS: readonly MentionMode[] = ['all', 'first'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function normalizeSettings(raw: unknown): Normalized<Settings> {
  if (raw === undefined || raw === null) return { value: { ...DEFAULT_SETTINGS }, repaired: [] };
  if (!isRecord(raw)) return { value: { ...DEFAULT_SETTINGS }, repaired: ['settings'] };
  const repaired: string[] = [];
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => v is Settings[K]): Settings[K] => {
    const v = raw[key];
    if (v === undefined) return DEFAULT_SETTINGS[key];
    if (ok(v)) return v;
    repaired.push(key);
    return DEFAULT_SETTINGS[key];
  };
  const value: Settings = {
    paused: pick('paused', (v): v is boolean => typeof v === 'boolean'),
    highlightStyle: pick('highlightStyle', (v): v is HighlightStyle => STYLES.includes(v as HighlightStyle)),
    mentions: pick('mentions', (v): v is MentionMode => MENTIONS.includes(v as MentionMode)),
    hoverDelayMs: pick(
      'hoverDelayMs',
      (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= HOVER_DELAY_MIN && v <= HOVER_DELAY_MAX,
    ),
    textSize: pick('textSize', (v): v is TextSize => TEXT_SIZES.includes(v as TextSize)),
    highContrast: pick('highContrast', (v): v is boolean => typeof v === 'boolean'),
  };
  return { value, repaired };
}

/** Lower-cased host name without a leading "www.", or '' when there is none (file:, data:, about:). */
export function siteKey(hostname: string): string {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  return h.startsWith('www.') ? h.slice(4) : h;
}

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(?:\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/;

export function normalizeSiteList(raw: unknown): Normalized<string[]> {
  if (raw === undefined || raw === null) return { value: [], repaired: [] };
  if (!Array.isArray(raw)) return { value: [], repaired: ['disabledSites'] };
  const out = new Set<string>();
  let bad = 0;
  for (const item of raw) {
    const key = typeof item === 'string' ? siteKey(item) : '';
    if (key && HOST.test(key)) out.add(key);
    else bad++;
  }
  return {
    value: [...out].sort(),
    repaired: bad ? [`disabledSites (${bad} invalid entr${bad === 1 ? 'y' : 'ies'})`] : [],
  };
}

export function isSiteOff(list: readonly string[], hostname: string): boolean {
  const key = siteKey(hostname);
  return key !== '' && list.includes(key);
}

export function withSite(list: readonly string[], hostname: string, off: boolean): string[] {
  const key = siteKey(hostname);
  if (!key) return [...list];
  const set = new Set(list);
  if (off) set.add(key);
  else set.delete(key);
  return [...set].sort();
}
