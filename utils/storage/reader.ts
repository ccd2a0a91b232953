// What the reader tells PainLens (the checklist record, the handout choice, and what later features
// keep), in the extension origin's IndexedDB. Content scripts run with the page's origin: they can
// neither open this database nor hear its changes, unlike storage.local (security review 2b).
//
// - One object store, one value per key (READER_KEYS), each as { v: <schema version>, value }.
// - An update is one readwrite transaction: read, change (synchronously), put. IndexedDB runs
//   readwrite transactions on a store one at a time across every connection of the origin, so the
//   popup and the side panel answering at the same moment cannot overwrite each other.
// - IndexedDB has no change events across pages: after a commit the writer tells the other
//   extension pages through a BroadcastChannel, which carries only the key (never the value) and
//   which only pages of the extension's origin can join; they re-read the value. Runtime messages
//   would do too, but they wake the background worker for every answer and, in Firefox, are not
//   delivered to other frames of the sending page.
import { openDB, type IDBPDatabase } from 'idb';
import type { Normalized } from '@/lib/settings';
import { READER_CHANNEL, READER_DB, READER_KEYS, READER_VERSIONS, type ReaderKey } from './keys';

/** A stored value as the extension pages use it: read once, then followed (see hooks/use-stored.ts). */
export interface StoredValue<T> {
  read(): Promise<Normalized<T>>;
  /** Every later change, validated. Returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
  /**
   * Writes the latest stored value back through the validator, after a read found it damaged. It
   * rewrites what is stored then, not the snapshot the page read: an answer given meanwhile in
   * another page must not be lost.
   */
  repair(): Promise<unknown>;
}

export interface ReaderValue<T> extends StoredValue<T> {
  /** Read, change and write in one transaction; resolves with the value written. */
  update(change: (value: T) => T): Promise<T>;
}

interface Envelope {
  v: number;
  value: unknown;
}

/** Upgrade steps, one per database version: step i takes the database from version i to i + 1. */
const UPGRADES: readonly ((db: IDBPDatabase) => void)[] = [(db) => void db.createObjectStore(READER_DB.store)];

let connection: { factory: IDBFactory; db: Promise<IDBPDatabase> } | null = null;

/** The open database, opened on first use; reopened if it was closed or the factory changed (tests). */
function database(): Promise<IDBPDatabase> {
  const factory = globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('PainLens: IndexedDB is not available here'));
  if (connection?.factory !== factory) {
    const forget = () => {
      if (connection?.db === db) connection = null;
    };
    const db = openDB(READER_DB.name, READER_DB.version, {
      upgrade(upgrading, oldVersion) {
        for (const step of UPGRADES.slice(oldVersion, READER_DB.version)) step(upgrading);
      },
      // A newer PainLens (just updated) needs to upgrade the database: let it.
      blocking() {
        forget();
        void db.then((d) => d.close());
      },
      terminated: forget,
    });
    db.catch(forget);
    connection = { factory, db };
  }
  return connection.db;
}

/** The stored value under `key` as it is (unvalidated), or undefined. */
export async function readReaderRaw(key: ReaderKey): Promise<unknown> {
  const envelope = (await (await database()).get(READER_DB.store, key)) as Envelope | undefined;
  return envelope?.value;
}

/**
 * Read-change-write of one key in a single transaction; `change` gets the stored value as it is
 * and must not await. Tells the other pages once the transaction has committed.
 */
export async function updateReaderRaw(key: ReaderKey, change: (raw: unknown) => unknown): Promise<unknown> {
  const tx = (await database()).transaction(READER_DB.store, 'readwrite');
  const current = (await tx.store.get(key)) as Envelope | undefined;
  const value = change(current?.value);
  await tx.store.put({ v: READER_VERSIONS[key], value } satisfies Envelope, key);
  await tx.done;
  announce(key);
  return value;
}

// ---- telling the other pages ------------------------------------------------------------------

const listeners = new Map<ReaderKey, Set<() => void>>();
const KEYS = new Set<string>(Object.values(READER_KEYS));
let channel: BroadcastChannel | null | undefined;

function fire(key: ReaderKey): void {
  for (const l of listeners.get(key) ?? []) l();
}

function readerChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(READER_CHANNEL) : null;
    channel?.addEventListener('message', (e: MessageEvent) => {
      const key = (e.data as { key?: unknown } | null)?.key;
      if (typeof key === 'string' && KEYS.has(key)) fire(key as ReaderKey);
    });
    // Node (the tests) would otherwise keep running for an open channel.
    (channel as unknown as { unref?: () => void } | null)?.unref?.();
  }
  return channel;
}

/** This page's watchers, and every other extension page's, learn that `key` changed. */
function announce(key: ReaderKey): void {
  fire(key);
  readerChannel()?.postMessage({ key });
}

function subscribe(key: ReaderKey, onChange: () => void): () => void {
  readerChannel();
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set);
  set.add(onChange);
  return () => set.delete(onChange);
}

// ---- validated values ---------------------------------------------------------------------------

/**
 * A reader value behind its validator. `ready` runs before the first access of each call (the
 * checklist waits there for its answers to move out of storage.local).
 */
export function readerValue<T>(
  key: ReaderKey,
  normalize: (raw: unknown) => Normalized<T>,
  ready: () => Promise<unknown> = () => Promise.resolve(),
): ReaderValue<T> {
  const read = async (): Promise<Normalized<T>> => {
    await ready();
    try {
      return normalize(await readReaderRaw(key));
    } catch {
      // The database cannot be opened or read (disk error, a browser mode without IndexedDB).
      return { value: normalize(undefined).value, repaired: [] };
    }
  };
  const update = async (change: (value: T) => T): Promise<T> => {
    await ready();
    return (await updateReaderRaw(key, (raw) => change(normalize(raw).value))) as T;
  };
  return {
    read,
    update,
    repair: () => update((v) => v),
    watch(onChange) {
      let latest = 0;
      let alive = true;
      const unsubscribe = subscribe(key, () => {
        // Reads may settle out of order; only the newest one is passed on.
        const mine = ++latest;
        void read().then((n) => {
          if (alive && mine === latest) onChange(n.value);
        });
      });
      return () => {
        alive = false;
        unsubscribe();
      };
    },
  };
}
