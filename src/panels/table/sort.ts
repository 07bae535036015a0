/** Sorting the table view's rows, and what a click on a column header does to the sort. */
import { numericMetrics, type Locale } from '../../domain';

export type SortDirection = 'ascending' | 'descending';
export interface Sort<K extends string> {
  key: K;
  direction: SortDirection;
}
export type SortKey = number | string | null;

function collatorFor(locale: Locale): Intl.Collator {
  return new Intl.Collator(locale === 'zh-CN' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Rows ordered by a key: numbers numerically, text by the locale's collation (pinyin order for Chinese).
 * Nulls ("no record") go last in both directions, and rows with equal keys keep their input order in both
 * directions (a stable sort, not a reversed one).
 */
export function sortRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  direction: SortDirection,
  locale: Locale,
): T[] {
  const collator = collatorFor(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === null && b.key === null) return a.index - b.index;
      return a.key === null ? 1 : -1;
    }
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: the same column flips; another column starts in its natural direction. */
export function nextSort<K extends string>(
  current: Sort<K> | null,
  key: K,
  firstDirection: SortDirection,
): Sort<K> {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: firstDirection };
}

/** The value of `aria-sort` for a header cell (absent on the columns the table is not sorted by). */
export function ariaSort<K extends string>(sort: Sort<K> | null, key: K): SortDirection | undefined {
  return sort?.key === key ? sort.direction : undefined;
}

/** Names read A→Z first; figures read largest first. */
export function firstDirection(column: string): SortDirection {
  return (numericMetrics as readonly string[]).includes(column) ? 'descending' : 'ascending';
}
