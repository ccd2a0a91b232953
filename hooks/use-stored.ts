// Storage-backed state for the extension pages: read once, then follow every change (from the
// popup, the side panel or the tooltip). Values arrive validated (utils/storage).
import { useEffect, useState } from 'preact/hooks';
import type { StoredValue } from '@/utils/storage';

export interface Stored<T> {
  value: T;
  /** What was unreadable when first loaded (told to the user once, then repaired in storage). */
  repaired: string[];
  ready: boolean;
}

export function useStored<T>(stored: StoredValue<T>, initial: T): Stored<T> {
  const [state, setState] = useState<Stored<T>>(() => ({ value: initial, repaired: [], ready: false }));
  useEffect(() => {
    let alive = true;
    void stored.read().then((n) => {
      if (!alive) return;
      setState({ value: n.value, repaired: n.repaired, ready: true });
      // Write the cleaned value back so the next read is clean; the notice stays for this session.
      if (n.repaired.length) void stored.repair();
    });
    const unwatch = stored.watch((value) => {
      if (alive) setState((prev) => ({ value, repaired: prev.repaired, ready: true }));
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [stored]);
  return state;
}
