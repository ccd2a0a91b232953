// Storage-backed state for the extension pages: read once, then follow every change (from the
// popup, the side panel or the tooltip) through `watch`. Values are validated on the way in.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WxtStorageItem } from '#imports';
import type { Normalized } from '@/lib/settings';

export interface Stored<T> {
  value: T;
  /** What was unreadable when first loaded (told to the user once, then repaired in storage). */
  repaired: string[];
  ready: boolean;
}

export function useStored<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  normalize: (raw: unknown) => Normalized<T>,
  repair: (value: T) => Promise<unknown>,
): Stored<T> {
  const [state, setState] = useState<Stored<T>>(() => ({
    value: normalize(undefined).value,
    repaired: [],
    ready: false,
  }));
  // Callers pass equivalent fresh functions on each render; the first ones serve, so the effect
  // below restarts only when the item changes.
  const fnsRef = useRef({ normalize, repair });
  useEffect(() => {
    const { normalize: read, repair: write } = fnsRef.current;
    let alive = true;
    void item
      .getValue()
      .catch(() => undefined)
      .then((raw) => {
        if (!alive) return;
        const n = read(raw);
        setState({ value: n.value, repaired: n.repaired, ready: true });
        // Write the cleaned value back so the next read is clean; the notice stays for this session.
        if (n.repaired.length) void write(n.value);
      });
    const unwatch = item.watch((raw) => {
      if (!alive) return;
      const n = read(raw);
      setState((prev) => ({ value: n.value, repaired: prev.repaired, ready: true }));
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return state;
}
