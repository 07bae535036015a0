/**
 * The years the records are dated in, and how a span of them is written. One function for every place that
 * states the period (the subtitle, an exported picture's subtitle and source line), so they cannot disagree.
 * Pure.
 */
import type { HuizeData } from './load';

/** The years activities and pairings are dated in, sorted; a record dated "since Y" (以来) gives Y. */
export function recordYears(data: Pick<HuizeData, 'activities' | 'pairings'>): number[] {
  const years = new Set<number>();
  for (const a of data.activities.values()) if (a.date) years.add(a.date.year);
  for (const p of data.pairings.values()) if (p.date) years.add(p.date.year);
  return [...years].sort((a, b) => a - b);
}

/** "2017–2018", "2017" for one year, null for none (no dated record: the period is not stated). */
export function yearSpanText(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
