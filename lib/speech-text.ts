// Text for reading aloud: cut into short pieces at sentence ends, because some speech engines stop
// or stall on one long utterance, and a short piece lets Stop act at once. Pure.

/** A piece longer than this is cut at a comma or a space (a long list with no full stop). */
export const MAX_PIECE_CHARS = 220;

/** Whitespace collapsed, and the reference marks of a citation ("[1, 2]") dropped. */
export function cleanForSpeech(text: string): string {
  return text
    .replace(/\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function speechPieces(text: string, max: number = MAX_PIECE_CHARS): string[] {
  const clean = cleanForSpeech(text);
  if (!clean) return [];
  const sentences = clean.match(/[^.!?]+(?:[.!?]+["”’)]?|$)\s*/g) ?? [clean];
  const pieces: string[] = [];
  let current = '';
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    for (const part of cutLong(sentence, max)) {
      if (current && current.length + 1 + part.length > max) {
        pieces.push(current);
        current = part;
      } else current = current ? `${current} ${part}` : part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function cutLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let at = head.lastIndexOf(', ');
    if (at < max / 2) at = head.lastIndexOf(' ');
    if (at <= 0) at = max;
    out.push(rest.slice(0, at + (head[at] === ',' ? 1 : 0)).trim());
    rest = rest.slice(at + 1).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** The part of a voice choice needs (SpeechSynthesisVoice). */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * A voice on this device for the language, or null. Network voices are never chosen: what a reader
 * hears read aloud is health information, and a network voice sends the text to a server.
 */
export function pickLocalVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const local = voices.filter((v) => v.localService);
  const base = lang.toLowerCase().split('-')[0]!;
  const sameLang = (v: V) => v.lang.toLowerCase().replace('_', '-');
  return (
    local.find((v) => sameLang(v) === lang.toLowerCase() && v.default) ??
    local.find((v) => sameLang(v) === lang.toLowerCase()) ??
    local.find((v) => sameLang(v).split('-')[0] === base && v.default) ??
    local.find((v) => sameLang(v).split('-')[0] === base) ??
    null
  );
}
