// The glossary in the two compact shapes the content script uses. Pure.
//
// The content script runs in every frame of every page, so its bundle carries only what finding
// terms needs: ids and match forms (`PackedForms`, generated at build time by
// scripts/term-data-plugin.ts). The tooltip text (`TermTexts`) is written to storage.local by the
// background and read by the content script on first hover. Together that keeps the content
// script under its 80 kB budget (README, "Performance").
//
// Forms are joined by "|"; "^" before a form marks an abbreviation (exact case), "?" an
// ambiguous form, and "!a,b" after it the words that must not come right before it. A form that only
// adds to the one before it ("addiction|addictions") is written as "+" and the addition ("+s"): most
// plural and longer forms are, and it saves 2.4 kB of a script loaded in every frame.
import { keyTableBytes, keyTableOf, type KeyTable } from './key-table';
import { leadHashes } from './term-words';
import type { GlossaryEntry, MatchForm, Source } from '../data/types';
import type { MatcherForm } from './term-matcher';

/** [id, forms] per glossary entry. */
export type PackedForms = [id: string, forms: string][];

/** id → [display name, short definition, first source's short label]. */
export type TermTexts = Record<string, [name: string, short: string, source: string]>;

export interface TooltipTerm {
  id: string;
  name: string;
  short: string;
  source: string | null;
}

// A form or a notAfter word holding one of these would unpack as something else: refuse it at build time.
const RESERVED_IN_TEXT = /[|!^?+\t\n]/;
const RESERVED_IN_WORD = /[|!,\t\n]/;

function packForm(id: string, f: MatchForm): string {
  if (RESERVED_IN_TEXT.test(f.text) || f.notAfter?.some((w) => RESERVED_IN_WORD.test(w))) {
    throw new Error(`Glossary entry ${id}: the form ${JSON.stringify(f.text)} uses a character reserved for packing`);
  }
  return `${f.case === 'abbr' ? '^' : ''}${f.ambiguous ? '?' : ''}${f.text}${f.notAfter?.length ? `!${f.notAfter.join(',')}` : ''}`;
}

export function packForms(glossary: readonly Pick<GlossaryEntry, 'id' | 'forms'>[]): PackedForms {
  return glossary.map((e) => {
    let prev = '';
    const packed = e.forms.map((f) => {
      const raw = packForm(e.id, f);
      // Only plain extensions: a "!" list on either side would be copied or cut by the addition.
      const short =
        prev && raw.length > prev.length && raw.startsWith(prev) && !raw.includes('!')
          ? `+${raw.slice(prev.length)}`
          : raw;
      prev = raw;
      return short;
    });
    return [e.id, packed.join('|')];
  });
}

export function unpackForms(packed: PackedForms): MatcherForm[] {
  const forms: MatcherForm[] = [];
  for (const [id, packedForms] of packed) {
    let prev = '';
    for (const piece of packedForms.split('|')) {
      const raw = piece.startsWith('+') ? prev + piece.slice(1) : piece;
      prev = raw;
      let text = raw;
      const abbr = text.startsWith('^');
      if (abbr) text = text.slice(1);
      const ambiguous = text.startsWith('?');
      if (ambiguous) text = text.slice(1);
      const [formText, notAfter] = text.split('!');
      forms.push({
        termId: id,
        text: formText!,
        case: abbr ? 'abbr' : 'word',
        ambiguous,
        notAfter: notAfter ? notAfter.split(',') : undefined,
      });
    }
  }
  return forms;
}

/**
 * The forms grouped by the hash of their first word (as the matcher hashes words), as one string: a
 * line a group, `key\tid\tforms[\tid\tforms…]`, the key in base 36 and each term's forms packed as
 * in PackedForms. What the background stores for the content scripts: a frame unpacks and compiles
 * only the groups whose word its page holds (lib/term-matcher.ts, compileGroupedMatcher). One string,
 * because reading nested arrays from storage and fingerprinting them costs per value: as arrays the
 * groups took 4.7-5.2 ms to fingerprint in a fresh Node process, as this string (75 kB) 2.3-2.9 ms,
 * the same as the 50 kB of forms packed by term (2.2-2.8 ms).
 */
export type FormGroups = string;

/**
 * The version the forms are stored under: their fingerprint and their length. A frame checks the
 * version and the length (a truncated or changed-length copy); the worker, which writes them, checks
 * the fingerprint too. Hashing the 75 kB string in a fresh isolated world cost each frame with a
 * term 1.5 of its 6.0 ms of PainLens's code (CPU profile, 200 frames with a term, Chromium 156).
 */
export function formGroupsVersion(groups: FormGroups): string {
  return `${fingerprint(groups)}.${groups.length}`;
}

/** The length a forms version names, or -1 for a version of another shape. */
export function formGroupsLength(version: string): number {
  const m = /^[0-9a-z]+\.(\d+)$/.exec(version);
  return m ? Number(m[1]) : -1;
}

/** The hash of a form's first word: its group's key (the matcher's own reading, lib/term-words.ts). */
export function firstWordKey(text: string): number {
  return leadHashes(text)[0];
}

export function packFormGroups(forms: readonly MatcherForm[]): FormGroups {
  const groups = new Map<number, Map<string, MatchForm[]>>();
  for (const f of forms) {
    if (/[\t\n]/.test(f.termId)) throw new Error(`Term id ${JSON.stringify(f.termId)} holds a tab or line break`);
    const key = firstWordKey(f.text);
    let byTerm = groups.get(key);
    if (!byTerm) groups.set(key, (byTerm = new Map()));
    let list = byTerm.get(f.termId);
    if (!list) byTerm.set(f.termId, (list = []));
    list.push({ text: f.text, case: f.case, ambiguous: f.ambiguous, notAfter: f.notAfter && [...f.notAfter] });
  }
  const lines: string[] = [];
  for (const [key, byTerm] of groups) {
    const packed = packForms([...byTerm].map(([id, list]) => ({ id, forms: list })));
    lines.push([key.toString(36), ...packed.flat()].join('\t'));
  }
  return lines.join('\n');
}

/** Each group's key and its line, without unpacking any form. */
export function readFormGroups(groups: FormGroups): [key: number, line: string][] {
  const out: [number, string][] = [];
  for (const line of groups.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push([parseInt(line.slice(0, tab), 36), line]);
  }
  return out;
}

/** The forms of one group's line. */
export function unpackFormGroup(line: string): MatcherForm[] {
  const fields = line.split('\t');
  const packed: PackedForms = [];
  for (let i = 1; i + 1 < fields.length; i += 2) packed.push([fields[i]!, fields[i + 1]!]);
  return unpackForms(packed);
}

/** Every form of every group. */
export function unpackFormGroups(groups: FormGroups): MatcherForm[] {
  return readFormGroups(groups).flatMap(([, line]) => unpackFormGroup(line));
}

export function packTermTexts(glossary: readonly GlossaryEntry[], sources: readonly Source[]): TermTexts {
  const labels = new Map(sources.map((s) => [s.id, s.short]));
  const out: TermTexts = {};
  for (const e of glossary) {
    out[e.id] = [e.name, e.short, e.sources[0] ? (labels.get(e.sources[0]) ?? '') : ''];
  }
  return out;
}

export function readTermText(texts: TermTexts, id: string): TooltipTerm | null {
  const t = texts[id];
  if (!Array.isArray(t) || typeof t[0] !== 'string' || typeof t[1] !== 'string') return null;
  return { id, name: t[0], short: t[1], source: typeof t[2] === 'string' && t[2] ? t[2] : null };
}

/** Every readable entry of packed texts, by term id (the content script's and the welcome page's lookup). */
export function toTermTextMap(texts: TermTexts): Map<string, TooltipTerm> {
  const out = new Map<string, TooltipTerm>();
  for (const id of Object.keys(texts)) {
    const t = readTermText(texts, id);
    if (t) out.set(id, t);
  }
  return out;
}

/**
 * A short fingerprint of the texts, so a stale or damaged copy in storage is noticed. Object keys are
 * taken in sorted order: a storage area may hand them back in another order than they were written.
 */
export function fingerprint(value: unknown): string {
  const s = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

// ---- the content script's build-time shapes -----------------------------------------------------
// The first stage's keys (sorted, distinct 30-bit hashes) are a key table (lib/key-table.ts: 64
// bucket counts, then each key's low 24 bits in 3 bytes) in base64: 4 characters a key, 10.4 kB for
// 2,550 keys, written to storage.local by the background and read by each frame with its settings
// (in the bundle they took the content script over its 80 kB budget). A frame decodes it with the browser's own base64
// decoder and looks keys up in place. Profiled in a page of 20 frames with no term (Chromium 156), the
// earlier varints (two passes over every byte, base64 through atob and a loop) took 1.4 ms of each
// frame's 2.5 ms, and gaps decoded key by key still 0.6 ms. (The forms themselves are not in the
// bundle: the background keeps them in storage.local.)

function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let raw = '';
  for (const b of bytes) raw += String.fromCharCode(b);
  return btoa(raw);
}

export function encodeKeys(keys: Uint32Array): string {
  return toBase64(keyTableBytes(keys));
}

export function decodeKeys(text: string): KeyTable {
  return keyTableOf(fromBase64(text));
}
