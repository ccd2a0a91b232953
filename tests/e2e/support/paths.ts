// The harness's paths (scripts/harness/paths.ts), and where the e2e tests save screenshots.
import path from 'node:path';
import { ROOT } from '../../../scripts/harness/paths';

export { chromiumPath, corpusDir, EXTENSION_DIR, FIXTURES_DIR, ROOT } from '../../../scripts/harness/paths';
export const SCREENSHOTS_DIR = path.join(ROOT, 'test-results/screens');
