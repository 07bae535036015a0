/** What the choropleth can show. */
export const metricIds = ['activities', 'aid', 'reached', 'stationed', 'paired'] as const;
export type MetricId = (typeof metricIds)[number];

/** The metrics with a number per township (the last, `paired`, is a category). */
export const numericMetrics = ['activities', 'aid', 'reached', 'stationed'] as const;
export type NumericMetricId = (typeof numericMetrics)[number];

export function isNumericMetric(metric: MetricId): metric is NumericMetricId {
  return (numericMetrics as readonly string[]).includes(metric);
}

export const classificationMethods = ['quantile', 'jenks', 'equal'] as const;
export type ClassificationMethod = (typeof classificationMethods)[number];
