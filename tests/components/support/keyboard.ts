// Key presses as a browser performs them. happy-dom dispatches key events but has no activation
// behaviour, and user-event is not a dependency, so the one piece of browser behaviour the tests
// rely on is modelled here, after the HTML spec: on a native, enabled <button>, Enter clicks on
// keydown and Space clicks on keyup, unless a handler cancelled the keydown. Anything else (a <div
// role="button">, a disabled button) gets no click, as in a browser.
import { fireEvent } from '@testing-library/preact';

/** Presses `key` ('Enter', ' ', 'ArrowRight', …) on the focused element and returns that element. */
export function pressKey(key: string): Element {
  const target = document.activeElement ?? document.body;
  const notCancelled = fireEvent.keyDown(target, { key });
  const activates = notCancelled && target instanceof HTMLButtonElement && !target.disabled;
  if (activates && key === 'Enter') fireEvent.click(target);
  fireEvent.keyUp(target, { key });
  if (activates && key === ' ') fireEvent.click(target);
  return target;
}
