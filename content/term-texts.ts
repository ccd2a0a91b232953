// The tooltip texts, read from the extension once, on first need (a hover's rest, a keyboard step),
// and read again next time if that failed.
import type { TooltipTerm } from '@/lib/term-data';
import type { ContentBridge } from './ports';

export interface TermTexts {
  /** The texts once loaded, else null. */
  readonly current: ReadonlyMap<string, TooltipTerm> | null;
  load(): Promise<void>;
}

export function createTermTexts(bridge: Pick<ContentBridge, 'loadTermTexts'>): TermTexts {
  let texts: ReadonlyMap<string, TooltipTerm> | null = null;
  let loading: Promise<void> | null = null;
  return {
    get current() {
      return texts;
    },
    load: () =>
      (loading ??= bridge.loadTermTexts().then(
        (t) => {
          texts = t;
        },
        () => {
          loading = null; // try again next time
        },
      )),
  };
}
