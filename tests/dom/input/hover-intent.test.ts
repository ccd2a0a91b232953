import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type PointerSample } from '@/content/input/hover-intent';

const DELAY = 300;
const GRACE = 300;
const SWEEP = 0.6;

interface Term {
  id: string;
}
const A: Term = { id: 'a' };
const B: Term = { id: 'b' };

let now = 0;
let shown: { target: Term; point: { x: number; y: number } }[];
let hides: number;
let hover: HoverIntent<Term>;

function sample(s: Partial<PointerSample<Term>>): void {
  hover.sample({ x: 0, y: 0, time: now, target: null, overTooltip: false, buttons: 0, ...s });
}

/** Advances fake time and the pointer clock together. */
function wait(ms: number): void {
  now += ms;
  vi.advanceTimersByTime(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  now = 1000;
  shown = [];
  hides = 0;
  hover = new HoverIntent<Term>(
    {
      delayMs: DELAY,
      graceMs: GRACE,
      sweepSpeed: SWEEP,
      setTimer: (fn, ms) => {
        const id = setTimeout(fn, ms);
        return () => clearTimeout(id);
      },
    },
    (target, point) => shown.push({ target, point }),
    () => hides++,
  );
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('shows after the pointer rests on a term for the delay, not before', () => {
    sample({ x: 10, y: 10, target: A });
    wait(DELAY - 1);
    expect(shown).toEqual([]);
    wait(1);
    expect(shown).toEqual([{ target: A, point: { x: 10, y: 10 } }]);
    expect(hover.current).toBe(A);
  });

  it('small slow movements over the same term do not restart the wait', () => {
    sample({ x: 10, y: 10, target: A });
    wait(100);
    sample({ x: 12, y: 10, target: A }); // 0.02 px/ms
    wait(100);
    sample({ x: 14, y: 11, target: A });
    wait(100);
    expect(shown.map((s) => s.target)).toEqual([A]);
  });

  it('moving to another term restarts the wait for that term', () => {
    sample({ x: 10, y: 10, target: A });
    wait(200);
    sample({ x: 60, y: 10, target: B }); // 0.25 px/ms: a slow move
    wait(200);
    expect(shown).toEqual([]);
    wait(100);
    expect(shown.map((s) => s.target)).toEqual([B]);
  });

  it('a fast sweep across terms shows nothing', () => {
    // 16 ms per frame, 40 px per frame: 2.5 px/ms.
    const path: (Term | null)[] = [null, A, A, null, B, B, null, null];
    path.forEach((target, i) => {
      sample({ x: i * 40, y: 10, target });
      wait(16);
    });
    wait(1000);
    expect(shown).toEqual([]);
  });

  it('a fast move that stops on a term shows it once the pointer has rested', () => {
    sample({ x: 0, y: 10, target: null });
    wait(16);
    sample({ x: 40, y: 10, target: A }); // fast
    wait(16);
    sample({ x: 80, y: 10, target: A }); // still fast: the wait starts over here
    wait(DELAY - 1);
    expect(shown).toEqual([]);
    wait(17);
    expect(shown.map((s) => s.target)).toEqual([A]);
  });

  it('no tooltip while a button is held (selecting or dragging)', () => {
    sample({ x: 10, y: 10, target: A, buttons: 1 });
    wait(DELAY * 3);
    expect(shown).toEqual([]);
    // Pressing a button while the wait runs cancels it.
    sample({ x: 10, y: 10, target: A });
    wait(100);
    sample({ x: 10, y: 10, target: A, buttons: 1 });
    wait(DELAY * 3);
    expect(shown).toEqual([]);
  });

  it('hides a shown tooltip when the user starts selecting outside it', () => {
    sample({ target: A });
    wait(DELAY);
    sample({ target: A, buttons: 1 });
    expect(hides).toBe(1);
    expect(hover.current).toBeNull();
  });

  it('leaving the term hides the tooltip after the grace period', () => {
    sample({ x: 10, y: 10, target: A });
    wait(DELAY);
    sample({ x: 12, y: 30, target: null });
    wait(GRACE - 1);
    expect(hides).toBe(0);
    wait(1);
    expect(hides).toBe(1);
    expect(hover.current).toBeNull();
  });

  it('the grace period lets the pointer move into the tooltip, which then stays', () => {
    sample({ x: 10, y: 10, target: A });
    wait(DELAY);
    sample({ x: 12, y: 30, target: null });
    wait(GRACE / 2);
    sample({ x: 14, y: 50, overTooltip: true });
    wait(GRACE * 5);
    expect(hides).toBe(0);
    expect(hover.current).toBe(A);
    // Leaving the tooltip starts the grace period again.
    sample({ x: 200, y: 200, target: null });
    wait(GRACE);
    expect(hides).toBe(1);
  });

  it('coming back to the shown term cancels the hiding', () => {
    sample({ target: A });
    wait(DELAY);
    sample({ target: null });
    wait(GRACE / 2);
    sample({ target: A });
    wait(GRACE * 2);
    expect(hides).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('leave() hides after the grace period; reset() forgets at once without a callback', () => {
    sample({ target: A });
    wait(DELAY);
    hover.leave();
    wait(GRACE);
    expect(hides).toBe(1);

    sample({ target: B });
    wait(DELAY);
    expect(hover.current).toBe(B);
    hover.reset();
    expect(hover.current).toBeNull();
    wait(GRACE * 2);
    expect(hides).toBe(1);
  });

  it('leave() during the wait cancels the pending tooltip', () => {
    sample({ target: A });
    wait(DELAY / 2);
    hover.leave();
    wait(DELAY * 2);
    expect(shown).toEqual([]);
  });

  it('setDelay() changes the wait', () => {
    hover.setDelay(800);
    sample({ target: A });
    wait(799);
    expect(shown).toEqual([]);
    wait(1);
    expect(shown).toHaveLength(1);
  });
});
