import { describe, expect, it } from 'vitest';
import { corners, exportLabelScale, furnitureCorners, stackInCorners } from '../../../src/export/layout';

describe('where the furniture goes', () => {
  it('puts the legend where asked and the summary across from it', () => {
    for (const legend of corners) {
      const where = furnitureCorners(legend);
      expect(where.legend).toBe(legend);
      expect(where.summary.split('-')[0]).toBe(legend.split('-')[0]);
      expect(where.summary).not.toBe(legend);
      // The locator shares a corner with the north arrow at most, never with the legend or the summary.
      expect([where.legend, where.summary]).not.toContain(where.locator);
    }
  });

  it('stacks boxes that share a corner away from it, never overlapping', () => {
    const frame = { x: 0, y: 0, width: 1000, height: 600 };
    const [a, b, c] = stackInCorners(frame, 10, 5, [
      { corner: 'top-right', width: 40, height: 60 },
      { corner: 'top-right', width: 300, height: 200 },
      { corner: 'bottom-left', width: 100, height: 50 },
    ]);
    expect(a).toEqual({ x: 950, y: 10 });
    expect(b).toEqual({ x: 690, y: 75 });
    expect(c).toEqual({ x: 10, y: 540 });
  });

  it('draws map labels larger on a slide: 11 px become at least 16 px at 1920 × 1080', () => {
    expect(11 * exportLabelScale(1920, 1080)).toBeGreaterThanOrEqual(16);
    expect(exportLabelScale(1200, 700)).toBe(1);
    expect(exportLabelScale(5000, 5000)).toBe(2.5);
  });
});
