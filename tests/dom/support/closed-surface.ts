// What a test needs to look inside PainLens's closed shadow root and press its buttons as a person
// would. In a browser no page can do either (tests/e2e reads the root over the DevTools protocol).
//  - closedRootOf: Element.prototype.attachShadow is wrapped while a test runs, so the roots it makes
//    are remembered (happy-dom, like a browser, gives null for a closed root's host.shadowRoot).
//  - trusted: happy-dom's events have no isTrusted at all; a browser's own events have it true.
const roots = new WeakMap<Element, ShadowRoot>();
let original: typeof Element.prototype.attachShadow | null = null;

export function rememberClosedRoots(): void {
  if (original) return;
  original = Element.prototype.attachShadow;
  const attach = original;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
}

export function forgetClosedRoots(): void {
  if (original) Element.prototype.attachShadow = original;
  original = null;
}

export function closedRootOf(host: Element | null): ShadowRoot | null {
  return host ? (roots.get(host) ?? null) : null;
}

/** The event as the browser would send it for a person's input. */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

/** A click as a person's (trusted), on `el`. */
export function pressAsPerson(el: Element): void {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}
