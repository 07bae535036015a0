/** Medians and rounding: every number the benchmark prints or writes goes through these. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Every run rounded, and their median. */
export const stats = (xs: number[]) => ({ runs: xs.map((x) => round(x)), median: round(median(xs)) });
export type Stats = ReturnType<typeof stats>;

/** The distinct values, in order of first appearance, as one string. */
export const distinct = (xs: string[]): string => [...new Set(xs)].join(', ');
