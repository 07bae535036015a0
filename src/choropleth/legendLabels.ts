import { type Locale, type MetricId } from '../domain';
import type { LegendEntry } from './choropleth';
import type { EmptyWording } from '../data/filterEffect';
import { amountFigure, formatNumber } from '../i18n/format';
import { translator, type Translate } from '../i18n/translate';

/**
 * A class's range as the legend writes it: "1 – 4", "6.48 – 22.4 万元", "64,800 – 224,000 yuan"; a class that
 * holds one value reads as that value ("4.75 万元", not "4.75 – 4.75 万元"). Money's unit is written once.
 */
export function rangeLabel(
  entry: Extract<LegendEntry, { kind: 'class' }>,
  metric: MetricId,
  locale: Locale,
): string {
  const t = translator(locale);
  const one = entry.lower === entry.upper;
  if (metric === 'aid') {
    const unit = t('metric.unit.aid');
    const [lower, upper] = [amountFigure(entry.lower, locale), amountFigure(entry.upper, locale)];
    return one ? t('legend.oneUnit', { value: lower, unit }) : t('legend.rangeUnit', { lower, upper, unit });
  }
  const [lower, upper] = [formatNumber(entry.lower, locale), formatNumber(entry.upper, locale)];
  return one ? lower : t('legend.range', { lower, upper });
}

/** A legend row's text, as the on-screen legend and exported pictures both write it. */
export function legendRowLabel(
  entry: LegendEntry,
  metric: MetricId,
  locale: Locale,
  t: Translate,
  orgName: (id: string) => string,
  /** What an empty class is called: under a filter, "none after filtering", never "no record". */
  empty: EmptyWording = { key: 'legend.noRecord' },
): string {
  switch (entry.kind) {
    case 'class':
      return rangeLabel(entry, metric, locale);
    case 'zero':
      return t('legend.zero');
    case 'category':
      // A township paired with two Baoshan partners is one category, "a+b".
      return entry.category.split('+').map(orgName).join(' + ');
    case 'none':
      if (metric === 'paired') return t('legend.notPaired');
      return empty.key === 'filters.noneUndated' ? t(empty.key, { n: empty.n }) : t(empty.key);
  }
}
