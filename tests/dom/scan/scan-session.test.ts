// The scan session's frame gate: frames too small to read wait until they grow.
import { describe, expect, it } from 'vitest';
import { frameTooSmall } from '@/content/scan/scan-session';

describe('frameTooSmall', () => {
  const top = {} as Window;
  const frame = (w: number, h: number) => ({ top, innerWidth: w, innerHeight: h });
  it('holds back frames under 50 × 50 px and frames not displayed, never the top page', () => {
    expect(frameTooSmall(frame(0, 0))).toBe(true);
    expect(frameTooSmall(frame(300, 20))).toBe(true);
    expect(frameTooSmall(frame(1, 1))).toBe(true);
    expect(frameTooSmall(frame(300, 250))).toBe(false);
    const page = { innerWidth: 10, innerHeight: 10 } as { top: unknown; innerWidth: number; innerHeight: number };
    page.top = page;
    expect(frameTooSmall(page as never)).toBe(false);
  });
});
