/**
 * A figure of a selection as the citation card states it: its parsed value in the language shown, with
 * its unit as the panels write it (an amount in 万元 / yuan, a count with its unit's word), a date's year
 * or month, or a number whose unit the words do not give.
 */
import type { Locale } from '../domain';
import { formatAmountWan, formatNumber } from '../i18n/format';
import { translator } from '../i18n/translate';
import { readerWords } from './readerWords';
import type { FigureFound } from './figuresIn';

/** The word a unit is written with after `n` in the language shown (i18n/units.ts unitText). */
export type UnitName = (locale: Locale, unit: string, n: number) => string;

export function figureText(f: FigureFound, locale: Locale, unitName: UnitName): string {
  const t = readerWords(locale);
  const list = translator(locale)('sep.list');
  switch (f.kind) {
    case 'amount': {
      const amount = formatAmountWan(f.valueWan, locale);
      return f.moreThan ? `${t('cite.moreThan')} ${amount}` : amount;
    }
    case 'count': {
      const value = formatNumber(f.value, locale);
      const more = f.moreThan ? t('cite.moreThan') : '';
      const names = [...new Set(f.units.map((u) => unitName(locale, u, f.value)))];
      const unit =
        names.length === 1 ? names[0]! : t('cite.severalUnits', { words: f.words, units: names.join(list) });
      return locale === 'zh-CN' ? `${value} ${more}${unit}` : `${more ? `${more} ` : ''}${value} ${unit}`;
    }
    case 'year':
      return t('cite.year', { value: f.value });
    case 'month':
      return t('cite.month', { value: f.value });
    case 'number':
      return t('cite.number', { value: formatNumber(f.value, locale) });
  }
}
