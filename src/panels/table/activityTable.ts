/** The activities table: every record of the (filtered) data as one row, its sorting and its CSV. Pure. */
import { ActivityCategory, localField, localName, Scope, type Locale } from '../../domain';
import type { HuizeData } from '../../data/load';
import type { Activity, Count } from '../../data/schema';
import { formatAmount, formatCount, formatDate } from '../../i18n/figures';
import type { MessageKey } from '../../i18n/messages';
import { translator } from '../../i18n/translate';
import { partDescription } from '../detail/panelModel';
import { sectionName } from '../../i18n/sectionName';
import { sortRows, type Sort, type SortKey } from './sort';

export const activityColumns = [
  'category',
  'title',
  'places',
  'scope',
  'figures',
  'date',
  'citation',
] as const;
export type ActivityColumn = (typeof activityColumns)[number];
export const sortableActivityColumns = ['category', 'title', 'scope', 'date'] as const;
export type ActivitySortColumn = (typeof sortableActivityColumns)[number];

export interface ActivityRow {
  id: string;
  category: ActivityCategory;
  categoryLabel: string;
  title: string;
  /** place names in the current language */
  places: string[];
  scope: Scope;
  scopeLabel: string;
  /** each amount and count, formatted as the locale writes it */
  figures: string[];
  /** formatted date; null where the report gives none */
  date: string | null;
  /** year·month for sorting ("since 2018" sorts with 2018; a year alone before its months) */
  dateKey: number | null;
  /** the section's name in the reader's language where the dictionary has it (sectionName.ts) */
  section: string;
  /** the language of `section`: a heading of the source is quoted as the source writes it (Chinese) */
  sectionLang: 'zh-CN' | null;
  phrase: string;
}

const headerKeys = {
  category: 'table.category',
  title: 'table.title.col',
  places: 'table.places',
  scope: 'table.scope',
  figures: 'table.figures',
  date: 'tv.date',
  citation: 'table.citation',
} as const satisfies Record<ActivityColumn, MessageKey>;

export function activityHeader(column: ActivityColumn, locale: Locale): string {
  return translator(locale)(headerKeys[column]);
}

function countText(count: Count, locale: Locale): string {
  const t = translator(locale);
  // "其中 贫困户", not "其中 其中贫困户": the description may itself start with 其中 / "of which".
  const what = localField(count, 'what', locale);
  const label = count.part_of ? `${t('panel.partOf')} ${partDescription(what)}` : what;
  const prospective = count.prospective ? ` ${t('panel.prospective')}` : '';
  return `${label}${t('sep.label')}${formatCount(count, locale)}${prospective}`;
}

function activityFigures(activity: Activity, locale: Locale): string[] {
  const label = translator(locale)('sep.label');
  return [
    ...activity.amounts.map((m) => `${localField(m, 'what', locale)}${label}${formatAmount(m, locale)}`),
    ...activity.counts.map((c) => countText(c, locale)),
  ];
}

/** The activities shown (every one of the filtered data unless a region narrows them), in file order. */
export function activityRows(
  data: HuizeData,
  locale: Locale,
  activities: readonly Activity[] = [...data.activities.values()],
): ActivityRow[] {
  const t = translator(locale);
  return activities.map((a) => {
    const section = sectionName(a.citation.section, locale);
    return {
      id: a.id,
      category: a.category,
      categoryLabel: t(`category.${a.category}`),
      title: localField(a, 'title', locale),
      places: a.places.map((id) => {
        const p = data.places.get(id);
        return p ? localName(p, locale) : id;
      }),
      scope: a.scope,
      scopeLabel: t(`scope.${a.scope}`),
      figures: activityFigures(a, locale),
      date: a.date ? formatDate(a.date, locale) : null,
      dateKey: a.date ? a.date.year * 100 + (a.date.month ?? 0) : null,
      section: section.text,
      sectionLang: section.lang,
      phrase: a.citation.phrase,
    };
  });
}

/** Category and scope sort in the schema's order (the report's order), not alphabetically. */
function activitySortKey(row: ActivityRow, column: ActivitySortColumn): SortKey {
  switch (column) {
    case 'category':
      return ActivityCategory.options.indexOf(row.category);
    case 'title':
      return row.title;
    case 'scope':
      return Scope.options.indexOf(row.scope);
    case 'date':
      return row.dateKey;
  }
}

export function sortActivityRows(
  rows: readonly ActivityRow[],
  sort: Sort<ActivitySortColumn> | null,
  locale: Locale,
): ActivityRow[] {
  if (!sort) return [...rows];
  return sortRows(rows, (r) => activitySortKey(r, sort.key), sort.direction, locale);
}
