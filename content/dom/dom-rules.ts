// Which parts of a page count as reading text. DOM-only; no browser APIs.

/** The one element PainLens adds to a page (the tooltip host). */
export const HOST_TAG = 'painlens-ui';

/**
 * Elements whose text flows with the text around them. Everything else (including unknown and
 * custom elements) ends a run of text, so words are never glued across boxes ("foo<div>bar").
 */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'code',
]);

/** Never read, never descended into. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'optgroup',
  'input',
  'button',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'img',
  'picture',
  'head',
  'title',
  HOST_TAG,
]);

/** Editing regions, hidden content and code editors. */
export const SKIP_ATTRIBUTES_SELECTOR = [
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="code"]',
  '[aria-hidden="true"]',
  '[hidden]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
].join(',');

/**
 * Attributes that can turn reading text into something else (an editor, hidden content) after the
 * page has loaded; the scanner watches them. Editor classes are not watched: class changes are
 * constant on live pages, and editors get their class when they are created.
 */
export const SKIP_ATTRIBUTES = ['contenteditable', 'role', 'aria-hidden', 'hidden'];

/** Whether one of SKIP_ATTRIBUTES, with this value (null: absent), makes an element skipped. */
export function attributeSkips(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (name === 'contenteditable') return value !== 'false';
  if (name === 'role') return value === 'textbox' || value === 'code';
  if (name === 'aria-hidden') return value === 'true';
  return name === 'hidden';
}

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  return el.hasAttributes() && el.matches(SKIP_ATTRIBUTES_SELECTOR);
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** Tag flags for the scanner's walk: one Map lookup per element tells all it needs. */
export const TAG_INLINE = 1;
export const TAG_SKIP = 2;
/** attachShadow() is allowed on it (besides custom elements, whose names have a hyphen). */
export const TAG_HOST = 4;

const SHADOW_HOST_TAGS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/** TAG_* flags by local name; a name that is absent is a block that cannot host a shadow root. */
export const TAG_FLAGS = new Map<string, number>();
for (const t of INLINE_TAGS) TAG_FLAGS.set(t, TAG_INLINE);
for (const t of SKIP_TAGS) TAG_FLAGS.set(t, TAG_SKIP);
for (const t of SHADOW_HOST_TAGS) TAG_FLAGS.set(t, (TAG_FLAGS.get(t) ?? 0) | TAG_HOST);

/**
 * The skip rules for a scanner that walks whole trees. Matching SKIP_ATTRIBUTES_SELECTOR against each
 * element costs more than walking the page; instead each tree scope (the document, each shadow root)
 * is searched once with querySelectorAll, and the scanner keeps the set current from the mutations it
 * sees (added subtrees, changes of SKIP_ATTRIBUTES). Tag rules need no set.
 */
export class SkipSet {
  #skipped = new WeakSet<Element>();
  #scopes = new WeakSet<Node>();
  readonly #chain: Element[] = [];

  /** For an element of a searched scope (see isInside for any element). */
  isSkipped(el: Element): boolean {
    return ((TAG_FLAGS.get(el.localName) ?? 0) & TAG_SKIP) !== 0 || this.#skipped.has(el);
  }

  /** The set of a scope's elements skipped for their attributes, if that scope was searched. */
  setFor(scope: Node): WeakSet<Element> | null {
    return this.#scopes.has(scope) ? this.#skipped : null;
  }

  /**
   * Climbs scope by scope. Elements of a scope that was searched are tested with the set; the page
   * can move a subtree into a shadow tree that was not (yet), whose elements are tested one by one.
   */
  isInside(node: Node): boolean {
    const chain = this.#chain;
    let cur: Node | null = node;
    while (cur) {
      chain.length = 0;
      while (cur && cur.nodeType === ELEMENT) {
        chain.push(cur as Element);
        cur = cur.parentNode;
      }
      // `cur` is now the top of this scope (a document or shadow root), or what holds a detached tree.
      const searched = cur !== null && this.#scopes.has(cur);
      for (const el of chain) if (searched ? this.isSkipped(el) : isSkippedElement(el)) return true;
      if (!cur) break;
      cur = isShadowRoot(cur) ? cur.host : cur.nodeType === ELEMENT ? cur : cur.parentNode;
    }
    chain.length = 0;
    return false;
  }

  /** Searches a tree scope (document or shadow root) once; later calls for it do nothing. */
  addScope(scope: Document | ShadowRoot): void {
    if (this.#scopes.has(scope)) return;
    this.#scopes.add(scope);
    const found = scope.querySelectorAll(SKIP_ATTRIBUTES_SELECTOR);
    for (let i = 0; i < found.length; i++) this.#skipped.add(found[i]!);
  }

  /** An element arrived in a searched scope: note it and its descendants. */
  addSubtree(el: Element): void {
    this.update(el);
    if (el.firstElementChild === null) return;
    const inner = el.querySelectorAll(SKIP_ATTRIBUTES_SELECTOR);
    for (let i = 0; i < inner.length; i++) this.#skipped.add(inner[i]!);
  }

  /** One of SKIP_ATTRIBUTES changed on an element. */
  update(el: Element): void {
    if (el.hasAttributes() && el.matches(SKIP_ATTRIBUTES_SELECTOR)) this.#skipped.add(el);
    else this.#skipped.delete(el);
  }
}

const ELEMENT = 1;
const FRAGMENT = 11;

/** Works across content-script worlds, where `instanceof ShadowRoot` can mislead. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === FRAGMENT && (node as ShadowRoot).host != null;
}

export type BlockKey = Element | ShadowRoot;

/** The nearest ancestor (or self) whose own text forms a block: a non-inline element or a shadow root. */
export function findBlock(node: Node): BlockKey | null {
  // A shadow root is its own block (it is the target of a mutation that adds text directly to it).
  let cur: Node | null = node.nodeType === ELEMENT || isShadowRoot(node) ? node : node.parentNode;
  while (cur) {
    if (isShadowRoot(cur)) return cur;
    if (cur.nodeType !== ELEMENT) return null;
    const el = cur as Element;
    if (!isInlineElement(el)) return el;
    cur = el.parentNode;
  }
  return null;
}
