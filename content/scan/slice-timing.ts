// The scan's User Timing entries ("painlens:scan" measures with counts in `detail`). The performance
// timeline is shared with the page's own scripts, so these are recorded only where the content
// script was told to (a bench or test run, see utils/content-bridge.ts), never by default.
import type { ScanStats } from '../ports';

/**
 * Set to true in storage.local by the benchmark and the e2e harness, never by the extension (read by
 * utils/content-bridge.ts): the content script then records its scan slices as User Timing measures,
 * which the page's own scripts could read. An install has no such key, so a page sees no measure
 * (security review 1b).
 */
export const DEV_TIMINGS_KEY = 'devTimings';

export const SCAN_MEASURE = 'painlens:scan';
/** Measures are cleared after this many, so a long-lived page cannot grow the timeline forever. */
const MAX_MEASURES = 1000;
let measures = 0;

export function recordSliceMeasure(start: number, end: number, detail: ScanStats): void {
  if (++measures > MAX_MEASURES) {
    performance.clearMeasures(SCAN_MEASURE);
    measures = 1;
  }
  try {
    performance.measure(SCAN_MEASURE, { start, end, detail });
  } catch {
    // A page may have replaced performance.measure in its own world; ours is untouched, but be safe.
  }
}
