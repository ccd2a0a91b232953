import { describe, expect, it } from 'vitest';
import {
  KEPT_WORDS_MAX,
  NO_KEPT_WORDS,
  isKeptListFull,
  isWordKept,
  keepWordNote,
  normalizeKeptWords,
  withWordKept,
  withoutWord,
  type KeptWords,
} from '@/lib/kept-words';
import { glossary } from '@/data/glossary';
import type { KeepWordResult } from '@/lib/messages';

const word = (id: string, name = id, on = '2026-12-07') => ({ id, name, on });

describe('normalizeKeptWords', () => {
  it('reads nothing stored as an empty list, without a repair', () => {
    expect(normalizeKeptWords(undefined)).toEqual({ value: { words: [] }, repaired: [] });
    expect(normalizeKeptWords(null)).toEqual({ value: { words: [] }, repaired: [] });
  });

  it('keeps every readable word, in order, once each, and counts the rest', () => {
    const raw = {
      words: [
        word('ketamine', 'Ketamine'),
        { id: 'Not An Id', name: 'x', on: '2026-12-07' },
        word('nmda-receptor', '  NMDA receptor  '),
        { id: 'crps', name: '', on: '2026-12-07' },
        { id: 'crps', name: 'CRPS', on: 'yesterday' },
        word('ketamine', 'Ketamine again'),
        'fibromyalgia',
        null,
      ],
    };
    expect(normalizeKeptWords(raw)).toEqual({
      value: { words: [word('ketamine', 'Ketamine'), word('nmda-receptor', 'NMDA receptor')] },
      repaired: ['keptWords (5 unreadable words)'],
    });
  });

  it('keeps a word the glossary no longer has, under the name it was kept by', () => {
    expect(normalizeKeptWords({ words: [word('a-term-from-an-old-version', 'Old term')] }).value.words).toEqual([
      word('a-term-from-an-old-version', 'Old term'),
    ]);
  });

  it.each([[[]], ['words'], [42], [{ words: 'ketamine' }], [{}]])('reads %j as an empty list and says so', (raw) => {
    expect(normalizeKeptWords(raw)).toEqual({ value: { words: [] }, repaired: ['keptWords'] });
  });

  it('is idempotent: what it returns reads back the same, with no repair', () => {
    const once = normalizeKeptWords({ words: [word('ketamine'), { id: 1 }, word('crps')] }).value;
    expect(normalizeKeptWords(JSON.parse(JSON.stringify(once)))).toEqual({ value: once, repaired: [] });
  });
});

describe('keeping and removing words', () => {
  it('adds at the end, once; removes only the word named', () => {
    let kept: KeptWords = NO_KEPT_WORDS;
    kept = withWordKept(kept, word('ketamine'));
    kept = withWordKept(kept, word('crps'));
    expect(withWordKept(kept, word('ketamine', 'other name'))).toBe(kept);
    expect(kept.words.map((w) => w.id)).toEqual(['ketamine', 'crps']);
    expect(isWordKept(kept, 'crps')).toBe(true);
    expect(withoutWord(kept, 'crps').words.map((w) => w.id)).toEqual(['ketamine']);
    expect(withoutWord(kept, 'not-kept')).toBe(kept);
    expect(NO_KEPT_WORDS.words).toEqual([]);
  });

  it('a full list takes no more words and drops none', () => {
    let kept: KeptWords = NO_KEPT_WORDS;
    for (const entry of glossary.slice(0, KEPT_WORDS_MAX)) kept = withWordKept(kept, word(entry.id));
    expect(kept.words).toHaveLength(KEPT_WORDS_MAX);
    expect(isKeptListFull(kept)).toBe(true);
    const extra = glossary[KEPT_WORDS_MAX]!.id;
    expect(withWordKept(kept, word(extra))).toBe(kept);
    expect(isKeptListFull(withoutWord(kept, glossary[0]!.id))).toBe(false);
  });
});

describe('keepWordNote', () => {
  it('says something different and plain for each result', () => {
    const results: KeepWordResult[] = ['kept', 'already', 'full', 'refused'];
    const notes = results.map(keepWordNote);
    expect(new Set(notes).size).toBe(results.length);
    for (const note of notes) expect(note).toMatch(/^[A-Z].*\.$/);
    expect(keepWordNote('kept')).toMatch(/list for the doctor/);
  });
});
