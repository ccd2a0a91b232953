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

export const SKIP_SELECTOR = `${[...SKIP_TAGS].join(',')},${SKIP_ATTRIBUTES_SELECTOR}`;

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

/** True when the node sits inside anything that is not reading text, crossing shadow roots. */
export function isInsideSkipped(node: Node): boolean {
  let el: Element | null =
    node.nodeType === ELEMENT ? (node as Element) : isShadowRoot(node) ? node.host : node.parentElement;
  // A text node directly in a shadow root has no parent element; start from its host.
  if (!el && node.parentNode && isShadowRoot(node.parentNode)) el = node.parentNode.host;
  while (el) {
    if (el.closest(SKIP_SELECTOR)) return true;
    const root = el.getRootNode();
    el = isShadowRoot(root) ? root.host : null;
  }
  return false;
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
