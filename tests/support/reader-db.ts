// The reader's IndexedDB (utils/storage/reader.ts) in Node and happy-dom tests: fake-indexeddb, a
// fresh, empty set of databases for every test. Each page's storage module opens its own
// connection to the current factory, as extension pages do.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

/** Forgets every database: the next open, in any page, starts from nothing. */
export function freshReaderDatabases(): void {
  globalThis.indexedDB = new IDBFactory();
}
