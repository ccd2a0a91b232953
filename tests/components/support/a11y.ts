// Small accessibility readers for assertions that @testing-library/dom has no query for.

/** The text an element is described by (aria-describedby), as a screen reader reads it. */
export function readDescription(el: Element): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => el.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/** Markup that must stay text: if it became elements there would be an <img> with an onerror handler. */
export const MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>';

/** Fails when `container` holds any element that MARKUP would have created. */
export function expectNoInjectedElements(container: Element): void {
  const injected = container.querySelectorAll('img, script, b, [onerror]');
  if (injected.length > 0) {
    throw new Error(`markup became elements: ${[...injected].map((e) => e.outerHTML).join(' ')}`);
  }
}
