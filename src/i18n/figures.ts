import { type Locale } from '../domain';
import type { Amount, Count, ReportDate } from '../data/schema';
import { formatAmountWan, formatNumber } from './format';
import { translator } from './translate';
import { unitText } from './units';

/** "22.4 万元" / "224,000 yuan". */
export function formatAmount(amount: Amount, locale: Locale): string {
  return formatAmountWan(amount.value_wan, locale);
}

/**
 * A count with its unit as each language writes it: zh "1500 余亩", "183 人次"; en "over 1,500 mu".
 * Figures the report gives in 万 (3.3万户) are stored as plain numbers and shown as such.
 */
export function formatCount(count: Count, locale: Locale, withUnit = true): string {
  const t = translator(locale);
  const unit = withUnit ? unitText(locale, count.unit, count.value) : '';
  const value = formatNumber(count.value, locale);
  if (locale === 'zh-CN') {
    const more = count.qualifier === 'more-than' ? t('panel.moreThan') : '';
    return `${value} ${more}${unit}`.trim();
  }
  const more = count.qualifier === 'more-than' ? `${t('panel.moreThan')} ` : '';
  return `${more}${value} ${unit}`.trim();
}

/**
 * A count's value for writing just before what it counts: without its unit when the description starts with
 * the unit already ("2,415 people employed…", "190 人次", "600 双鞋子"), so no word is written twice.
 */
export function countBeside(count: Count, what: string, locale: Locale): string {
  const unit = unitText(locale, count.unit, count.value);
  const repeats =
    locale === 'zh-CN'
      ? what.startsWith(unit)
      : what.toLowerCase() === unit.toLowerCase() || what.toLowerCase().startsWith(`${unit.toLowerCase()} `);
  return formatCount(count, locale, !repeats);
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018年3月", "2018年以来" / "Mar 2018", "since 2018"; the precision the report gives, no more. */
export function formatDate(date: ReportDate, locale: Locale): string {
  if (locale === 'zh-CN') {
    const base = date.month ? `${date.year}年${date.month}月` : `${date.year}年`;
    return date.relation === 'since' ? `${base}以来` : base;
  }
  const base = date.month ? `${monthsEn[date.month - 1]} ${date.year}` : String(date.year);
  return date.relation === 'since' ? `since ${base}` : base;
}
