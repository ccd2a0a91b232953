// WxtVitest's own setup (which stubs the `browser` and `chrome` globals with fakeBrowser) does not
// reach vitest projects, and @wxt-dev/storage reads those globals rather than `wxt/browser`.
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshReaderDatabases } from '../support/reader-db';

vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);

// On the server side vitest turns `import.meta.env` defines into process.env strings, so WXT's
// FIREFOX flag reads as the string "false", which is truthy. Empty strings are falsy.
vi.stubEnv('FIREFOX', '');
vi.stubEnv('CHROME', 'true');

// The reader's IndexedDB (answers, values, SURE): empty for every test.
beforeEach(() => freshReaderDatabases());
