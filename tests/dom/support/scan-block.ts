// Reads one block's own text (its inline descendants) with the scanner's own TextWalk, as the page
// scanner does when a block changed. The tests use it to check reading rules on one block at a time.
import { SkipSet, type BlockKey } from '@/content/dom-rules';
import { TextWalk, type FoundTerm } from '@/content/text-walk';
import type { TermMatcher } from '@/lib/term-matcher';

export interface BlockScan {
  found: FoundTerm[];
  textNodes: number;
  chars: number;
}

export function scanBlock(block: BlockKey, matcher: TermMatcher): BlockScan {
  const stats = { textNodes: 0, chars: 0 };
  let found: FoundTerm[] = [];
  // No scope searched: each element is tested with the selectors.
  const walk = new TextWalk(block, matcher, new SkipSet(), { ownOnly: true });
  walk.run(
    () => false,
    (_block, terms) => {
      found = terms.slice();
    },
    stats,
  );
  return { found, ...stats };
}
