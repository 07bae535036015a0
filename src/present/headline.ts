import { localField, type Locale } from '../domain';
import type { Activity } from '../data/schema';
import { countBeside, formatAmount } from '../i18n/figures';
import { joinParts } from '../i18n/lists';
import { translator } from '../i18n/translate';

/**
 * What a township's tour step leads with, for its title line ("娜姑镇 · 产业合作 · 500 亩小龙虾养殖示范基地"):
 * its first activity of its own (shared ones are another township's too) that carries a figure, else its
 * first activity; shown as the category and that figure (an amount before a count) with what it is, or the activity's title when it
 * has none. Only what the record says: nothing summed or rounded.
 */
export function stepHeadline(activities: readonly Activity[], locale: Locale): string | null {
  const withFigure = (a: Activity) => a.amounts.length > 0 || a.counts.length > 0;
  const lead =
    activities.find((a) => !a.shared && withFigure(a)) ?? activities.find(withFigure) ?? activities[0];
  if (!lead) return null;
  const t = translator(locale);
  const category = t(`category.${lead.category}`);
  const count = lead.counts[0];
  const amount = lead.amounts[0];
  const space = locale === 'zh-CN' ? '' : ' ';
  const figure = amount
    ? `${formatAmount(amount, locale)}${space}${localField(amount, 'what', locale)}`
    : count
      ? `${countBeside(count, localField(count, 'what', locale), locale)}${space}${localField(count, 'what', locale)}`
      : localField(lead, 'title', locale);
  return joinParts(t, [category, figure]);
}
