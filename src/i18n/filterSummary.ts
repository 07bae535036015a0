import { isFiltered, type ActivityFilters } from '../data/filters';
import { joinParts } from './lists';
import type { ActivityCategory } from '../domain';
import type { Translate } from './translate';

/** How the active filters are named on a picture or a page: "2018 年 · 类别：社会捐赠". */
export function filterSummary(
  filters: ActivityFilters,
  text: {
    t: Translate;
    list: (items: readonly string[]) => string;
    actorName: (id: string) => string;
    sourceName: (id: string) => string;
  },
): string | null {
  const { t, list } = text;
  const parts = [
    filters.years.length ? t('filters.summaryYears', { years: list(filters.years.map(String)) }) : null,
    filters.categories.length
      ? t('filters.summaryPart', {
          group: t('filters.category'),
          values: list(filters.categories.map((c) => t(`category.${c as ActivityCategory}`))),
        })
      : null,
    filters.actors.length
      ? t('filters.summaryPart', {
          group: t('filters.actor'),
          values: list(filters.actors.map(text.actorName)),
        })
      : null,
    filters.sources?.length
      ? t('filters.summaryPart', {
          group: t('filters.source'),
          values: list(filters.sources.map(text.sourceName)),
        })
      : null,
  ];
  return isFiltered(filters) ? joinParts(t, parts) : null;
}
