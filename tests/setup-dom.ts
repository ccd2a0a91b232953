import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshReaderDatabases } from './support/reader-db';

// WxtVitest's own setup does not reach vitest projects, and @wxt-dev/storage reads the `browser`
// and `chrome` globals; vitest also turns WXT's FIREFOX flag into the truthy string "false".
vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
vi.stubEnv('FIREFOX', '');
vi.stubEnv('CHROME', 'true');

beforeEach(() => {
  fakeBrowser.reset();
  // The reader's IndexedDB (answers, values, SURE): empty for every test.
  freshReaderDatabases();
});
afterEach(() => {
  cleanup();
});
