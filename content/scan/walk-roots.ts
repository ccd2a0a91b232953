// The roots a text walk reads, in order (content/scan/text-walk.ts): its own root, the subtrees the
// page added meanwhile, and the open shadow roots found on the way. A tree walk reads a root only if
// it is still in the page, outside skipped regions and in a watched tree; a block's re-read (ownOnly)
// is asked for by a caller that has checked.
import {
  isShadowRoot,
  SKIP_ATTRIBUTES_SELECTOR,
  TAG_FLAGS,
  TAG_HOST,
  TAG_INLINE,
  TAG_SKIP,
  type BlockKey,
  type SkipSet,
} from '../dom/dom-rules';

export interface TextWalkOptions {
  /** Read only the root's own text (not its nested blocks or shadow roots): a block's re-read. */
  ownOnly?: boolean;
  /** Called when the walk starts on an open shadow root, before reading it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Whether every change around a node is seen (the walk does not read in a tree that is not). */
  isWatched?: (node: Node) => boolean;
}

/** An element that may host a shadow root: a tag that can, or a custom element. */
export function isHostLike(flags: number, name: string): boolean {
  return (flags & TAG_HOST) !== 0 || (flags === 0 && name.includes('-'));
}

/** The attribute part of the skip rules, tested on one element (where its scope was not searched). */
export function byAttributes(el: Element): boolean {
  return el.hasAttributes() && el.matches(SKIP_ATTRIBUTES_SELECTOR);
}

export function rootIsLive(root: Node): boolean {
  return isShadowRoot(root) ? root.host.isConnected : root.isConnected;
}

export class WalkRoots {
  readonly #roots: BlockKey[];
  #at = 0;
  /** The last parent of a root checked by #inSkipped in this run, and the answer. */
  #checkedParent: Node | null = null;
  #parentSkipped = false;
  readonly #skip: SkipSet;
  readonly #ownOnly: boolean;
  readonly #options: TextWalkOptions;

  constructor(root: BlockKey, skip: SkipSet, options: TextWalkOptions) {
    this.#roots = [root];
    this.#skip = skip;
    this.#ownOnly = options.ownOnly === true;
    this.#options = options;
  }

  /** A new run of the walk: the page may have changed since the last one. */
  newRun(): void {
    this.#checkedParent = null;
  }

  add(root: BlockKey): void {
    this.#roots.push(root);
  }

  /** Queues an element's open shadow root, once, after the current root. */
  queueShadow(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow && this.#roots.indexOf(shadow, this.#at + 1) < 0) this.#roots.push(shadow);
  }

  /** The current root is done. */
  next(): void {
    this.#at++;
  }

  get exhausted(): boolean {
    return this.#at >= this.#roots.length;
  }

  /**
   * Starts the next root to read (a shadow root is announced, a host's own shadow root queued) and
   * says whether it is a block of its own; null when none is left.
   */
  start(): { root: BlockKey; scope: Node; isBlock: boolean } | null {
    const next = this.#nextReadable();
    if (!next) return null;
    const { root } = next;
    if (isShadowRoot(root)) {
      this.#options.onShadowRoot?.(root);
      return { ...next, isBlock: true };
    }
    const flags = TAG_FLAGS.get(root.localName) ?? 0;
    if (!this.#ownOnly && isHostLike(flags, root.localName)) this.queueShadow(root);
    return { ...next, isBlock: this.#ownOnly || (flags & TAG_INLINE) === 0 };
  }

  /** The next root to read, passing over those that may not be read any more; null when none is left. */
  #nextReadable(): { root: BlockKey; scope: Node } | null {
    while (this.#at < this.#roots.length) {
      const root = this.#roots[this.#at]!;
      const scope = isShadowRoot(root) ? root : root.getRootNode();
      if (this.#ownOnly || (rootIsLive(root) && !this.#inSkipped(root, scope) && this.#watched(root))) {
        return { root, scope };
      }
      this.#at++;
    }
    return null;
  }

  /**
   * Whether a root is, or sits in, a skipped region. Roots added together share a parent: its answer
   * is kept for the rest of the run (the page cannot change during one).
   */
  #inSkipped(root: BlockKey, scope: Node): boolean {
    if (isShadowRoot(root)) return this.#skip.isInside(root);
    const set = this.#skip.setFor(scope);
    if (((TAG_FLAGS.get(root.localName) ?? 0) & TAG_SKIP) !== 0 || (set ? set.has(root) : byAttributes(root)))
      return true;
    const parent = root.parentNode;
    if (parent !== this.#checkedParent) {
      this.#checkedParent = parent;
      this.#parentSkipped = parent !== null && this.#skip.isInside(parent);
    }
    return this.#parentSkipped;
  }

  /**
   * Whether changes around a root are seen: it is in the document, or in a shadow tree the caller
   * watches. The page can move a subtree into a tree not watched yet; that tree's own walk reads it.
   */
  #watched(root: BlockKey): boolean {
    const isWatched = this.#options.isWatched;
    // A shadow root's own tree is watched once the walk starts it; what matters is its host's.
    return !isWatched || isWatched(isShadowRoot(root) ? root.host : root);
  }
}
