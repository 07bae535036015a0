import type { ClassificationMethod } from '../domain';
import { ckmeans, equalIntervalBreaks } from 'simple-statistics';

/**
 * Class breaks over the positive values of a metric. `breaks` has one more entry than there are classes
 * (lower edges, then the maximum). Zero is its own class when any value is zero; `null` ("no record") is
 * never classed.
 */
export interface Classification {
  method: ClassificationMethod;
  breaks: number[];
  hasZero: boolean;
}

export type ClassSlot = { kind: 'none' } | { kind: 'zero' } | { kind: 'class'; index: number };

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function rawBreaks(positive: number[], method: ClassificationMethod, k: number): number[] {
  const min = positive[0]!;
  const max = positive[positive.length - 1]!;
  switch (method) {
    case 'equal':
      return equalIntervalBreaks(positive, k);
    case 'quantile':
      // Nearest-rank quantiles: every break is a value some township has, so the legend never shows an
      // interpolated "2.25 activities".
      return Array.from({ length: k + 1 }, (_, i) =>
        i === 0 ? min : i === k ? max : positive[Math.max(0, Math.ceil((i / k) * positive.length) - 1)]!,
      );
    case 'jenks': {
      // ckmeans is the optimal (dynamic-programming) form of Jenks natural breaks; simple-statistics' own
      // jenks() returns duplicate edges on small samples like ours.
      const clusters = ckmeans(positive, k);
      return [...clusters.map((c) => c[0]!), max];
    }
  }
}

/**
 * Classes `values` into at most `k` classes. With fewer distinct positive values than `k`, there are fewer
 * classes (duplicate edges are merged), never empty ones.
 */
export function classify(
  values: readonly (number | null)[],
  method: ClassificationMethod,
  k = 5,
): Classification {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const positive = present.filter((v) => v > 0).sort((a, b) => a - b);
  const hasZero = present.some((v) => v === 0);
  if (positive.length === 0) return { method, breaks: [], hasZero };
  const distinct = uniqueSorted(positive);
  if (distinct.length === 1) return { method, breaks: [distinct[0]!, distinct[0]!], hasZero };
  const classes = Math.min(k, distinct.length);
  const edges = uniqueSorted(rawBreaks(positive, method, classes));
  return { method, breaks: edges, hasZero };
}

export function classCount(c: Classification): number {
  return Math.max(0, c.breaks.length - 1);
}

/** Which class a value falls in: lower edge inclusive, the top class also includes the maximum. */
export function slotOf(value: number | null, c: Classification): ClassSlot {
  if (value === null || !Number.isFinite(value)) return { kind: 'none' };
  if (value === 0) return { kind: 'zero' };
  const n = classCount(c);
  if (n === 0) return { kind: 'none' };
  for (let i = n - 1; i >= 0; i--) {
    if (value >= c.breaks[i]!) return { kind: 'class', index: i };
  }
  return { kind: 'class', index: 0 };
}
