// A ContentLifecycle for extension pages (the welcome page), where WXT's content-script context
// does not exist: everything registered here stops on dispose().
import type { ContentLifecycle } from '@/content/ports';

export function pageLifecycle(): ContentLifecycle & { dispose(): void } {
  const controller = new AbortController();
  const timers = new Set<number>();
  const stops: (() => void)[] = [];
  return {
    setTimeout: (fn, ms) => {
      const id = window.setTimeout(() => {
        timers.delete(id);
        if (!controller.signal.aborted) fn();
      }, ms);
      timers.add(id);
      return id;
    },
    requestAnimationFrame: (fn) => requestAnimationFrame((t) => !controller.signal.aborted && fn(t)),
    requestIdleCallback: (fn, options) => requestIdleCallback((d) => !controller.signal.aborted && fn(d), options),
    addEventListener: (target, type, listener, options) =>
      target.addEventListener(type, listener as EventListener, { ...options, signal: controller.signal }),
    onInvalidated: (fn) => stops.push(fn),
    dispose() {
      controller.abort();
      for (const id of timers) clearTimeout(id);
      for (const fn of stops) fn();
    },
  };
}
