// Reads one block's own text (its inline descendants) with the scanner's single pass (scanOnce), as
// the page scanner does when a block changed. The tests use it to check reading rules one block at a time.
import type { BlockKey } from '@/content/dom/dom-rules';
import { scanOnce, type FoundTerm } from '@/content/scan/scan-once';
import type { TermMatcher } from '@/lib/term-matcher';

export interface BlockScan {
  found: FoundTerm[];
  textNodes: number;
  chars: number;
}

export function scanBlock(block: BlockKey, matcher: TermMatcher): BlockScan {
  let found: FoundTerm[] = [];
  // No scope searched: each element is tested with the selectors.
  const stats = scanOnce(
    block,
    matcher,
    (_block, terms) => {
      found = terms.slice();
    },
    { ownOnly: true, searchScope: false },
  );
  return { found, ...stats };
}
