// The scan's User Timing entries ("painlens:scan" measures with counts in `detail`). The performance
// timeline is shared with the page's own scripts, so these are recorded only where the content
// script was told to (a bench or test run sets LOCAL_KEYS.devTimings, utils/storage/keys.ts), never by
// default: an install has no such key, so a page sees no measure (security review 1b).
import type { ScanStats } from '../ports';

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
