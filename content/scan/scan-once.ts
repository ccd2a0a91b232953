// The scanner's single synchronous pass over a subtree: the same walk (TextWalk with its skip rules
// learned once) that every idle slice runs, without slices. The benchmark and the tests drive this,
// never the walk's internals.
import type { TermMatcher } from '@/lib/term-matcher';
import { SkipSet, type BlockKey } from '../dom/dom-rules';
import { TextWalk, type FoundTerm, type WalkStats } from './text-walk';

export type { FoundTerm, WalkStats } from './text-walk';

export interface ScanOnceOptions {
  /** Read only the root's own text (its nested blocks and shadow roots are not read). */
  ownOnly?: boolean;
  /**
   * Search the root's tree scope for skipped elements once, as the page scanner does (default); else
   * each element is tested with the skip selectors as it is met.
   */
  searchScope?: boolean;
}

/** Reads every block under `root` (the root's own text only with `ownOnly`), reporting each block's terms. */
export function scanOnce(
  root: BlockKey,
  matcher: TermMatcher,
  sink: (block: BlockKey, found: readonly FoundTerm[]) => void,
  options: ScanOnceOptions = {},
): WalkStats {
  const skip = new SkipSet();
  const search = options.searchScope !== false;
  if (search) skip.addScope(root.getRootNode() as Document | ShadowRoot);
  const stats: WalkStats = { textNodes: 0, chars: 0 };
  const walk = new TextWalk(root, matcher, skip, {
    ownOnly: options.ownOnly,
    onShadowRoot: search ? (shadow) => skip.addScope(shadow) : undefined,
  });
  walk.run(() => false, sink, stats);
  return stats;
}
