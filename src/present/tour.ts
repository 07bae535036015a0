/**
 * The presentation tour: county overview, then every township with records (in official code order, which
 * is the order of the county's own lists), then the pairings, then what Baoshan did beyond Huize. Pure, so
 * the order can be tested without a browser.
 */
export type TourStep =
  { kind: 'overview' } | { kind: 'township'; code: string } | { kind: 'pairings' } | { kind: 'beyond' };

export function tourSteps(recordsByTownship: ReadonlyMap<string, readonly unknown[]>): TourStep[] {
  const townships = [...recordsByTownship]
    .filter(([, records]) => records.length > 0)
    .map(([code]) => code)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    { kind: 'overview' },
    ...townships.map((code) => ({ kind: 'township' as const, code })),
    { kind: 'pairings' },
    { kind: 'beyond' },
  ];
}

/** A step from the URL or a key press, kept inside the tour (a talk resumed after the data changed). */
export function clampStep(step: number, length: number): number {
  if (!Number.isFinite(step) || length <= 0) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), length - 1);
}

/**
 * What a key does in presentation mode: clicker keys (PageUp/PageDown) and ←/→ step, Home/End jump, Escape
 * leaves; ↑/↓ and Space scroll the step's panel, so the presenter can read it to the end without leaving
 * the step (Space only where it does not press a focused button: the caller decides).
 */
export type TourKeyAction = 'next' | 'prev' | 'first' | 'last' | 'leave' | 'scroll-up' | 'scroll-down' | null;

export function tourKeyAction(key: string): TourKeyAction {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'ArrowDown':
    case ' ':
      return 'scroll-down';
    case 'ArrowUp':
      return 'scroll-up';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
