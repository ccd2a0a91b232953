import { describe, expect, it } from 'vitest';
import { MAX_PIECE_CHARS, cleanForSpeech, pickLocalVoice, speechPieces, type VoiceInfo } from '@/lib/speech-text';

describe('text for reading aloud', () => {
  it('drops citation marks and collapses whitespace', () => {
    expect(cleanForSpeech('Relief lasted weeks [3, 4].\n\n  Then it faded [7].')).toBe(
      'Relief lasted weeks. Then it faded.',
    );
  });

  it('groups sentences into pieces under the limit, losing no word', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const pieces = speechPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.every((p) => p.endsWith('.'))).toBe(true);
  });

  it('cuts a long sentence with no full stop at commas or spaces', () => {
    const list = Array.from({ length: 60 }, (_, i) => `item ${i}`).join(', ');
    const pieces = speechPieces(list, 100);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(100);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(list);
  });

  it('gives nothing to read for empty text', () => {
    expect(speechPieces('  \n ')).toEqual([]);
  });
});

describe('choosing a voice', () => {
  const v = (name: string, lang: string, localService: boolean, isDefault = false): VoiceInfo => ({
    name,
    lang,
    localService,
    default: isDefault,
  });

  it('never chooses a network voice, even the only one for the language', () => {
    expect(pickLocalVoice([v('Google US English', 'en-US', false, true)], 'en-US')).toBeNull();
  });

  it('prefers the exact language, then the default voice, then the same base language', () => {
    const voices = [
      v('net', 'en-US', false, true),
      v('fr', 'fr-FR', true, true),
      v('gb', 'en-GB', true),
      v('us', 'en_US', true),
    ];
    expect(pickLocalVoice(voices, 'en-US')?.name).toBe('us');
    expect(pickLocalVoice(voices, 'en-AU')?.name).toBe('gb');
    expect(pickLocalVoice(voices, 'de-DE')).toBeNull();
  });
});
