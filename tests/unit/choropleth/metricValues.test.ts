import { type NumericMetricId } from '../../../src/domain';
import { describe, expect, it } from 'vitest';
import type { TownshipMetrics } from '../../../src/data/metrics';
import { numericValue, pairedValue } from '../../../src/choropleth/metricValues';

const base: TownshipMetrics = {
  code: '530326102',
  activityCount: 0,
  activityIds: [],
  aidWan: null,
  aidShared: [],
  beneficiaries: null,
  beneficiariesShared: [],
  stationed: null,
  stationedShared: [],
  pairings: [],
  pairedWith: null,
};

describe('numericValue', () => {
  const rows: { m: Partial<TownshipMetrics>; metric: NumericMetricId; expected: number | null }[] = [
    { m: {}, metric: 'activities', expected: null },
    { m: {}, metric: 'aid', expected: null },
    { m: { activityCount: 2 }, metric: 'activities', expected: 2 },
    { m: { activityCount: 2 }, metric: 'aid', expected: 0 },
    { m: { activityCount: 2, aidWan: 22.4 }, metric: 'aid', expected: 22.4 },
    { m: { activityCount: 1, beneficiaries: 1000 }, metric: 'reached', expected: 1000 },
    { m: { activityCount: 1, stationed: 1 }, metric: 'stationed', expected: 1 },
    { m: { activityCount: 1 }, metric: 'stationed', expected: 0 },
  ];
  for (const { m, metric, expected } of rows) {
    it(`${metric} of ${JSON.stringify(m)} → ${expected}`, () =>
      expect(numericValue({ ...base, ...m }, metric)).toBe(expected));
  }
});

describe('pairedValue', () => {
  const rows: { pairedWith: string[] | null; expected: string | null }[] = [
    { pairedWith: null, expected: null },
    { pairedWith: [], expected: null },
    { pairedWith: ['org-yuepu'], expected: 'org-yuepu' },
    { pairedWith: ['org-b', 'org-a'], expected: 'org-a+org-b' },
  ];
  for (const { pairedWith, expected } of rows) {
    it(`${JSON.stringify(pairedWith)} → ${expected}`, () =>
      expect(pairedValue({ ...base, pairedWith })).toBe(expected));
  }
});
