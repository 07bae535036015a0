import { type Locale } from '../domain';

/** Rounds to at most `digits` decimals and drops trailing zeros (22.40 → 22.4). */
function trimmed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * An amount given in 万元 (10,000 yuan), as each language writes money:
 * zh "22.4 万元", "10814 万元（约 1.08 亿元）"; en "224,000 yuan", "108.14 million yuan".
 */
export function formatAmountWan(wan: number, locale: Locale): string {
  if (locale === 'zh-CN') {
    const base = `${amountFigure(wan, locale)} 万元`;
    return wan >= 10000 ? `${base}（约 ${trimmed(wan / 10000, 2)} 亿元）` : base;
  }
  return `${amountFigure(wan, locale)} yuan`;
}

/**
 * An amount's number without its unit, in the unit each language counts money in (zh 万元, en yuan):
 * zh "22.4", en "224,000", "108.14 million"; the legend writes one unit after a range of these.
 */
export function amountFigure(wan: number, locale: Locale): string {
  if (locale === 'zh-CN') return trimmed(wan, 2);
  const yuan = wan * 10000;
  if (yuan >= 1_000_000) {
    return `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(yuan / 1_000_000)} million`;
  }
  return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(yuan);
}

/** A plain number in the locale's digits grouping (zh keeps 5588, en writes 5,588). */
export function formatNumber(value: number, locale: Locale): string {
  if (locale === 'zh-CN') return trimmed(value, 2);
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
}
