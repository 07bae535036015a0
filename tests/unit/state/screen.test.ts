import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../../src/state/screen.svelte';

/** Evaluates the layout queries for a window of the given size, as a browser would. */
function window(width: number, height: number) {
  return (query: string) =>
    query.split(',').some((alternative) =>
      [...alternative.matchAll(/\((max|min)-(width|height): (\d+)px\)/g)].every(([, kind, side, px]) => {
        const value = side === 'width' ? width : height;
        return kind === 'max' ? value <= Number(px) : value >= Number(px);
      }),
    );
}

describe('layoutFor', () => {
  it.each([
    [390, 844, 'phone'],
    [844, 390, 'phone'],
    [640, 900, 'phone'],
    [641, 900, 'tablet'],
    [768, 1024, 'tablet'],
    [1023, 768, 'tablet'],
    [1024, 768, 'desk'],
    [1280, 720, 'desk'],
    [1920, 1080, 'desk'],
    [1100, 480, 'desk'],
  ] as const)('%i × %i is %s', (width, height, expected) => {
    expect(layoutFor(window(width, height))).toBe(expected);
  });
});
