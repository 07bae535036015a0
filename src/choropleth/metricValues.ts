import type { NumericMetricId } from '../domain';
import type { TownshipMetrics } from '../data/metrics';

/**
 * A township's value for a numeric metric: null ("no record") when the report places no activity there,
 * 0 when it does but none carries this kind of figure.
 */
export function numericValue(m: TownshipMetrics, metric: NumericMetricId): number | null {
  if (m.activityCount === 0 && m.pairings.length === 0) return null;
  switch (metric) {
    case 'activities':
      return m.activityCount;
    case 'aid':
      return m.aidWan ?? 0;
    case 'reached':
      return m.beneficiaries ?? 0;
    case 'stationed':
      return m.stationed ?? 0;
  }
}

/** The Baoshan partner(s) of a township as one category key (sorted ids joined by "+"), or null. */
export function pairedValue(m: TownshipMetrics): string | null {
  return m.pairedWith && m.pairedWith.length ? [...m.pairedWith].sort().join('+') : null;
}

export function numericValues(
  metrics: ReadonlyMap<string, TownshipMetrics>,
  metric: NumericMetricId,
): Map<string, number | null> {
  return new Map([...metrics].map(([code, m]) => [code, numericValue(m, metric)]));
}

export function pairedValues(metrics: ReadonlyMap<string, TownshipMetrics>): Map<string, string | null> {
  return new Map([...metrics].map(([code, m]) => [code, pairedValue(m)]));
}
