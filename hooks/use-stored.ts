// Storage-backed state for the extension pages: read once, then follow every change (from the
// popup, the side panel or the tooltip). Values arrive validated (utils/storage).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredValue } from '@/utils/storage';

export interface Stored<T> {
  value: T;
  /** What was unreadable when first loaded (told to the user once, then repaired in storage). */
  repaired: string[];
  ready: boolean;
}

export interface StoredWithChange<T> extends Stored<T> {
  /**
   * Shows `change` at once and writes it with `write`. Until the write is done, the change stays
   * on top of whatever value arrives from storage meanwhile (an earlier answer's re-read), so a
   * radio the reader just chose never flips back for a moment.
   */
  change: (change: (value: T) => T, write: (change: (value: T) => T) => Promise<unknown>) => Promise<unknown>;
}

export interface UseStoredOptions {
  /**
   * Write the cleaned value back after a read found unreadable fields (default). A page's own state
   * does; a hook that only follows a value does not, or the page's state would never see what was
   * unreadable and could not tell the reader.
   */
  repair?: boolean;
}

export function useStored<T>(
  stored: StoredValue<T>,
  initial: T,
  { repair = true }: UseStoredOptions = {},
): StoredWithChange<T> {
  const [state, setState] = useState<Stored<T>>(() => ({ value: initial, repaired: [], ready: false }));
  const pending = useRef<Set<(value: T) => T>>(new Set());
  const withPending = (value: T) => [...pending.current].reduce((v, c) => c(v), value);
  useEffect(() => {
    let alive = true;
    void stored.read().then((n) => {
      if (!alive) return;
      setState({ value: withPending(n.value), repaired: n.repaired, ready: true });
      // Write the cleaned value back so the next read is clean; the notice stays for this session.
      if (repair && n.repaired.length) void stored.repair();
    });
    const unwatch = stored.watch((value) => {
      if (alive) setState((prev) => ({ value: withPending(value), repaired: prev.repaired, ready: true }));
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [stored, repair]);
  const change: StoredWithChange<T>['change'] = async (fn, write) => {
    pending.current.add(fn);
    setState((prev) => ({ ...prev, value: fn(prev.value) }));
    try {
      return await write(fn);
    } finally {
      pending.current.delete(fn);
    }
  };
  return { ...state, change };
}
