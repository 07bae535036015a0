import type { Locale } from '../domain';
import { formatList, joinParts } from '../i18n/lists';
import type { Translate } from '../i18n/translate';

/** The filters the user chose: ids and years, as AppState holds them. */
export interface ChosenFilters {
  categories: readonly string[];
  actors: readonly string[];
  years: readonly number[];
  sources: readonly string[];
}

/**
 * The active filters in words, one group after another as the filters panel lists them ("年份：2018 ·
 * 类别：社会捐赠"), so a printed page says what it leaves out; null when nothing is filtered.
 */
export function activeFiltersText(
  chosen: ChosenFilters,
  names: { category: (id: string) => string; actor: (id: string) => string; source: (id: string) => string },
  t: Translate,
  locale: Locale,
): string | null {
  const group = (label: string, values: readonly string[]) =>
    values.length ? `${label}${t('sep.label')}${formatList(locale, values)}` : null;
  const text = joinParts(t, [
    group(t('filters.year'), [...chosen.years].sort((a, b) => a - b).map(String)),
    group(t('filters.category'), chosen.categories.map(names.category)),
    group(t('filters.actor'), chosen.actors.map(names.actor)),
    group(t('filters.source'), chosen.sources.map(names.source)),
  ]);
  return text === '' ? null : text;
}
