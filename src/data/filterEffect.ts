import { isFiltered, matches, type ActivityFilters } from './filters';
import type { HuizeData } from './join';

/**
 * What the filters did to the records, so that no view says "the report has no record" of what a filter
 * only hid: how many activities are hidden, and how many of them dropped out only for having no date
 * (a year filter keeps dated records alone).
 */
export interface FilterEffect {
  active: boolean;
  /** activities of the whole dataset the filters hide */
  hidden: number;
  /** of those, the undated ones a year filter left out although they pass every other filter */
  undated: number;
}

/** No filter: nothing hidden. */
export const noEffect: FilterEffect = { active: false, hidden: 0, undated: 0 };

export function filterEffect(data: HuizeData, filters: ActivityFilters): FilterEffect {
  if (!isFiltered(filters)) return { active: false, hidden: 0, undated: 0 };
  let hidden = 0;
  let undated = 0;
  const withoutYears = { ...filters, years: [] };
  for (const activity of data.activities.values()) {
    if (matches(activity, filters)) continue;
    hidden++;
    if (filters.years.length && !activity.date && matches(activity, withoutYears)) undated++;
  }
  return { active: true, hidden, undated };
}

/**
 * The words for a township, class or table row with nothing to show: under a filter that is "none after
 * filtering" (with the undated records it left out), never "no record in the report".
 */
export type EmptyWording =
  { key: 'legend.noRecord' } | { key: 'filters.none' } | { key: 'filters.noneUndated'; n: number };

export function emptyWording(effect: FilterEffect): EmptyWording {
  if (!effect.active) return { key: 'legend.noRecord' };
  return effect.undated > 0 ? { key: 'filters.noneUndated', n: effect.undated } : { key: 'filters.none' };
}
