import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX,
  TEXT_SIZES,
  HOVER_DELAY_MIN,
  isSiteOff,
  normalizeSettings,
  normalizeSiteList,
  siteKey,
  withSite,
  type Settings,
} from '@/lib/settings';

describe('normalizeSettings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
  ])('gives the defaults for a missing value (%s), with nothing to repair', (_, raw) => {
    expect(normalizeSettings(raw)).toEqual({ value: DEFAULT_SETTINGS, repaired: [] });
  });

  it.each([
    ['a string', 'paused'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [true, 'background']],
  ])('replaces %s with the defaults and says so', (_, raw) => {
    expect(normalizeSettings(raw)).toEqual({ value: DEFAULT_SETTINGS, repaired: ['settings'] });
  });

  const valid: Settings = {
    paused: true,
    highlightStyle: 'background',
    mentions: 'first',
    hoverDelayMs: 800,
    textSize: 175,
    highContrast: true,
  };

  it('keeps a fully valid value as it is', () => {
    expect(normalizeSettings(valid)).toEqual({ value: valid, repaired: [] });
  });

  it.each<[string, Partial<Record<keyof Settings, unknown>>, (keyof Settings)[]]>([
    ['paused as a string', { paused: 'yes' }, ['paused']],
    ['paused as a number', { paused: 1 }, ['paused']],
    ['an unknown highlight style', { highlightStyle: 'neon' }, ['highlightStyle']],
    ['a highlight style in capitals', { highlightStyle: 'UNDERLINE' }, ['highlightStyle']],
    ['mentions as a number', { mentions: 3 }, ['mentions']],
    ['a hover delay as text', { hoverDelayMs: '300' }, ['hoverDelayMs']],
    ['a hover delay below the minimum', { hoverDelayMs: HOVER_DELAY_MIN - 1 }, ['hoverDelayMs']],
    ['a hover delay above the maximum', { hoverDelayMs: HOVER_DELAY_MAX + 1 }, ['hoverDelayMs']],
    ['a hover delay of null (NaN once stored)', { hoverDelayMs: null }, ['hoverDelayMs']],
    ['a text size between the steps', { textSize: 130 }, ['textSize']],
    ['a text size above 200%', { textSize: 400 }, ['textSize']],
    ['a text size as text', { textSize: '150' }, ['textSize']],
    ['high contrast as a string', { highContrast: 'on' }, ['highContrast']],
    [
      'every field wrong',
      { paused: null, highlightStyle: 0, mentions: {}, hoverDelayMs: [] },
      ['paused', 'highlightStyle', 'mentions', 'hoverDelayMs'],
    ],
  ])('replaces only the invalid field: %s', (_, patch, repaired) => {
    const { value, repaired: got } = normalizeSettings({ ...valid, ...patch });
    expect(got).toEqual(repaired);
    for (const key of Object.keys(valid) as (keyof Settings)[]) {
      expect(value[key]).toBe(repaired.includes(key) ? DEFAULT_SETTINGS[key] : valid[key]);
    }
  });

  it.each(TEXT_SIZES)('accepts the text size %i%%', (textSize) => {
    expect(normalizeSettings({ textSize }).value.textSize).toBe(textSize);
  });

  it('offers 100% to 200% of text', () => {
    expect(Math.min(...TEXT_SIZES)).toBe(100);
    expect(Math.max(...TEXT_SIZES)).toBe(200);
    expect(DEFAULT_SETTINGS).toMatchObject({ textSize: 100, highContrast: false });
  });

  it.each([HOVER_DELAY_MIN, HOVER_DELAY_MAX])('accepts the hover delay bound %i', (hoverDelayMs) => {
    expect(normalizeSettings({ hoverDelayMs })).toEqual({
      value: { ...DEFAULT_SETTINGS, hoverDelayMs },
      repaired: [],
    });
  });

  it('fills missing fields with defaults without calling them repaired', () => {
    expect(normalizeSettings({ mentions: 'first' })).toEqual({
      value: { ...DEFAULT_SETTINGS, mentions: 'first' },
      repaired: [],
    });
  });

  it('drops foreign fields and keeps the known ones', () => {
    const { value, repaired } = normalizeSettings({ ...valid, theme: 'dark', sync: { on: true } });
    expect(value).toEqual(valid);
    expect(Object.keys(value).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(repaired).toEqual([]);
  });

  it('returns a fresh object, never the frozen defaults', () => {
    const { value } = normalizeSettings(undefined);
    expect(Object.isFrozen(value)).toBe(false);
    expect(value).not.toBe(DEFAULT_SETTINGS);
  });
});

describe('siteKey', () => {
  it.each([
    ['example.com', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['www.example.com.', 'example.com'],
    ['  news.example.org ', 'news.example.org'],
    ['wwwexample.com', 'wwwexample.com'],
    ['www2.example.com', 'www2.example.com'],
    ['', ''],
  ])('%j → %j', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });
});

describe('normalizeSiteList', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
  ])('gives an empty list for a missing value (%s)', (_, raw) => {
    expect(normalizeSiteList(raw)).toEqual({ value: [], repaired: [] });
  });

  it.each([
    ['a string', 'example.com'],
    ['an object', { 'example.com': true }],
    ['a number', 7],
  ])('replaces %s with an empty list and says so', (_, raw) => {
    expect(normalizeSiteList(raw)).toEqual({ value: [], repaired: ['disabledSites'] });
  });

  it('keeps every valid host, normalized, sorted and without duplicates', () => {
    expect(normalizeSiteList(['www.b.org', 'A.com', 'a.com', 'localhost', '127.0.0.1', '[::1]'])).toEqual({
      value: ['127.0.0.1', '[::1]', 'a.com', 'b.org', 'localhost'],
      repaired: [],
    });
  });

  it.each<[string, unknown[], string[], string]>([
    ['one bad entry', ['a.com', 42], ['a.com'], 'disabledSites (1 invalid entry)'],
    [
      'several bad entries',
      ['a.com', '', 'not a host!', null, { host: 'b.com' }, 'https://c.com/', 'b.com'],
      ['a.com', 'b.com'],
      'disabledSites (5 invalid entries)',
    ],
    ['a host name too long', ['a.com', `${'x'.repeat(250)}.com`], ['a.com'], 'disabledSites (1 invalid entry)'],
  ])('drops invalid entries and counts them: %s', (_, raw, value, note) => {
    expect(normalizeSiteList(raw)).toEqual({ value, repaired: [note] });
  });
});

describe('isSiteOff and withSite', () => {
  it.each([
    [['example.com'], 'www.example.com', true],
    [['example.com'], 'EXAMPLE.com', true],
    [['example.com'], 'news.example.com', false],
    [['example.com'], '', false],
    [[''], '', false],
    [[], 'example.com', false],
  ])('isSiteOff(%j, %j) is %s', (list, host, off) => {
    expect(isSiteOff(list, host)).toBe(off);
  });

  it.each<[string[], string, boolean, string[]]>([
    [[], 'www.Example.com', true, ['example.com']],
    [['b.org'], 'a.com', true, ['a.com', 'b.org']],
    [['a.com'], 'a.com', true, ['a.com']],
    [['a.com', 'b.org'], 'www.a.com', false, ['b.org']],
    [['b.org'], 'a.com', false, ['b.org']],
    [['b.org'], '', true, ['b.org']],
  ])('withSite(%j, %j, %s) → %j', (list, host, off, out) => {
    const before = [...list];
    expect(withSite(list, host, off)).toEqual(out);
    expect(list).toEqual(before);
  });
});
