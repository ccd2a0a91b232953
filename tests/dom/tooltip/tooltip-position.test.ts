// Where the card goes: beside the term on wide viewports, a sheet on phone-sized ones.
import { describe, expect, it } from 'vitest';
import { placeBox, placeSheet, SHEET_BELOW_PX } from '@/content/tooltip/tooltip-position';

const phone = { width: 390, height: 844 };
const box = (top: number, bottom = top + 20) => ({ left: 40, right: 120, top, bottom });

describe('the sheet on a phone', () => {
  it('spans the width less 8 px each side and sits at the bottom when the term is above it', () => {
    expect(placeSheet(box(100), 300, phone)).toEqual({ x: 8, y: 844 - 8 - 300, width: 374 });
  });

  it('moves to the top when it would cover the term', () => {
    expect(placeSheet(box(700), 300, phone).y).toBe(8);
  });

  it('applies below 600 px wide, a phone in portrait and most in landscape', () => {
    expect(SHEET_BELOW_PX).toBe(600);
  });
});

describe('the card beside a term', () => {
  it('goes below the term when it fits, and above when it does not', () => {
    const view = { width: 1200, height: 800 };
    expect(placeBox(box(100), { width: 300, height: 200 }, view)).toEqual({ x: 40, y: 126 });
    expect(placeBox(box(700), { width: 300, height: 200 }, view)).toEqual({ x: 40, y: 700 - 6 - 200 });
  });
});
