// The first stage's keys as a frame holds them (lib/term-words.ts, createFirstStage): sorted 30-bit
// hashes split into 64 buckets by their top 6 bits, each key's low 24 bits in 3 bytes, looked up in
// place by binary search within its bucket. Nothing is decoded key by key at start: a frame that only
// asks about a few words pays for the browser's base64 decoder and a 64-step table, whatever the
// glossary's size (issue 14, "flat in glossary size"). Pure.

export interface KeyTable {
  /** Each key's low 24 bits, 3 little-endian bytes, sorted; `offset` bytes of header before them. */
  readonly bytes: Uint8Array;
  readonly offset: number;
  /** Bucket b's keys are at indexes starts[b] to starts[b + 1] - 1. */
  readonly starts: Uint32Array;
  readonly size: number;
}

export const KEY_BITS = 30;
const LOW_BITS = 24;
const LOW_MASK = 0xffffff;
export const BUCKETS = 1 << (KEY_BITS - LOW_BITS);
/** The header: each bucket's key count in 2 bytes. */
export const HEADER_BYTES = BUCKETS * 2;

/** The table's bytes for sorted, distinct keys below 2^30: the header, then the keys. */
export function keyTableBytes(keys: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + keys.length * 3);
  const counts = new Uint32Array(BUCKETS);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key >= 2 ** KEY_BITS) throw new Error('keyTable: keys must be below 2^30');
    if (i > 0 && key <= keys[i - 1]!) throw new Error('keyTable: the keys must be sorted and distinct');
    counts[key >>> LOW_BITS]!++;
    const at = HEADER_BYTES + i * 3;
    bytes[at] = key & 0xff;
    bytes[at + 1] = (key >>> 8) & 0xff;
    bytes[at + 2] = (key >>> 16) & 0xff;
  }
  for (let b = 0; b < BUCKETS; b++) {
    if (counts[b]! > 0xffff) throw new Error('keyTable: more than 65,535 keys in one bucket');
    bytes[b * 2] = counts[b]! & 0xff;
    bytes[b * 2 + 1] = counts[b]! >>> 8;
  }
  return bytes;
}

/** The table over bytes made by keyTableBytes (64 steps; the keys stay where they are). */
export function keyTableOf(bytes: Uint8Array): KeyTable {
  if (bytes.length < HEADER_BYTES || (bytes.length - HEADER_BYTES) % 3 !== 0) {
    throw new Error('keyTable: not a key table');
  }
  const starts = new Uint32Array(BUCKETS + 1);
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] = starts[b]! + (bytes[b * 2]! | (bytes[b * 2 + 1]! << 8));
  const size = (bytes.length - HEADER_BYTES) / 3;
  if (starts[BUCKETS] !== size) throw new Error('keyTable: the counts do not add up');
  return { bytes, offset: HEADER_BYTES, starts, size };
}

export function keyTable(keys: Uint32Array): KeyTable {
  return keyTableOf(keyTableBytes(keys));
}

/** The low 24 bits of key i. */
function lowAt(t: KeyTable, i: number): number {
  const at = t.offset + i * 3;
  return t.bytes[at]! | (t.bytes[at + 1]! << 8) | (t.bytes[at + 2]! << 16);
}

export function hasKey(t: KeyTable, key: number): boolean {
  const bucket = key >>> LOW_BITS;
  if (bucket >= BUCKETS) return false;
  const low = key & LOW_MASK;
  let lo = t.starts[bucket]!;
  let hi = t.starts[bucket + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = lowAt(t, mid);
    if (v === low) return true;
    if (v < low) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Every key, in order (tests, and the first stage's bit filter on a long page). */
export function tableKeys(t: KeyTable): Uint32Array {
  const out = new Uint32Array(t.size);
  for (let b = 0; b < BUCKETS; b++) {
    for (let i = t.starts[b]!; i < t.starts[b + 1]!; i++) out[i] = b * (LOW_MASK + 1) + lowAt(t, i);
  }
  return out;
}
