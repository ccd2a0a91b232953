// What the end-to-end tests read to know that the content script ran and what it decided, instead
// of waiting a fixed time and checking that nothing happened. It is a plain object on the global of
// the content script's isolated world: a web page cannot reach that world's globals (each world has
// its own), and nothing is sent anywhere, so a frame pays for one small object and nothing else.
import type { ContentScriptContext } from '#imports';
import type { ContentController, SurfaceState } from '@/content/start-content';
import type { ContentScriptBridge } from './content-bridge';

/** The global's name; tests/e2e/support/probes.ts reads it over the DevTools protocol. */
export const PROBE_GLOBAL = 'painlensProbe';

export interface ContentProbe {
  readonly site: string;
  /** States (settings and this site's on/off) the page code has acted on: 1 after loading, +1 per change. */
  readonly states: number;
  /** Scanning and painting; false while paused, off on this site, or stopped. */
  readonly active: boolean;
  /** Stopped for good: the extension was updated, reloaded or removed under the page. */
  readonly stopped: boolean;
  /** What the page tried and PainLens refused: untrusted events, presses, tampered surfaces. */
  readonly refused: Readonly<Record<string, number>>;
  readonly tampered: readonly string[];
  /** PainLens's closed surface (the tests read the card, live region and mark from its root here). */
  readonly surface: SurfaceState;
}

export function exposeContentProbe(
  ctx: ContentScriptContext,
  bridge: ContentScriptBridge,
  controller: ContentController,
): void {
  let stopped = false;
  // Registered after the page code's own stop, so it runs after it.
  ctx.onInvalidated(() => {
    stopped = true;
  });
  const probe: ContentProbe = {
    site: bridge.site,
    get states() {
      return bridge.statesHandedOver;
    },
    get active() {
      return controller.scanner !== null;
    },
    get stopped() {
      return stopped;
    },
    get refused() {
      return controller.guard.refused;
    },
    get tampered() {
      return controller.guard.tampered;
    },
    get surface() {
      return controller.surface();
    },
  };
  Object.defineProperty(globalThis, PROBE_GLOBAL, { value: probe, configurable: true });
}

/**
 * On an extension page that runs the page code itself (the welcome page's sample), the same probe,
 * with only what that page shows: the e2e tests read it there with an ordinary evaluate, since no
 * web page can run in an extension page.
 */
export function exposeSurfaceProbe(controller: Pick<ContentController, 'surface'>): void {
  Object.defineProperty(globalThis, PROBE_GLOBAL, {
    value: {
      get surface() {
        return controller.surface();
      },
    },
    configurable: true,
  });
}
