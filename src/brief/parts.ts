/**
 * The pieces the three briefs share: lists of names, the categories and actors of a set of activities, their
 * dates, a metric's figure with the footnotes of the records it adds up, and the note on what filters hid.
 */
import { ActivityCategory, localName, type Locale } from '../domain';
import type { FilterEffect } from '../data/filterEffect';
import type { ActivityFilters } from '../data/filters';
import type { HuizeData } from '../data/load';
import { metricFigures, type TownshipMetrics } from '../data/metrics';
import type { Activity } from '../data/schema';
import { formatDate } from '../i18n/figures';
import { filterSummary } from '../i18n/filterSummary';
import { formatAmountWan, formatNumber } from '../i18n/format';
import { formatList } from '../i18n/lists';
import { countedText } from '../i18n/translate';
import { cite, join, type Rich, type Say } from './compose';
import type { BriefTranslate } from './words';

export type FigureMetric = 'aid' | 'reached' | 'stationed';
export const figureMetrics: readonly FigureMetric[] = ['aid', 'reached', 'stationed'];

/** What every sentence writer reads. */
export interface Context {
  data: HuizeData;
  metrics: ReadonlyMap<string, TownshipMetrics>;
  say: Say;
  /** the same dictionary as plain strings, for separators and names */
  t: BriefTranslate;
  locale: Locale;
  /** a filter is on: an absent figure is then "none among those shown", not "none in the report" */
  filtered: boolean;
}

/** A sentence of the language: its full stop (and, in English, the space before the next one). */
export const sentence = (say: Say, text: Rich): Rich => [
  ...say('brief.sentence', { text }),
  { text: say.locale === 'en' ? ' ' : '' },
];

/** The names of places by id, in the brief's language (an unknown id is left out, never shown). */
export function placeNames(ctx: Context, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const place = ctx.data.places.get(id);
    return place ? [localName(place, ctx.locale)] : [];
  });
}

const proseLists = new Map<Locale, Intl.ListFormat>();

/** Names in running text: "A、B、C" / "A, B and C". */
export function proseList(locale: Locale, items: readonly string[]): string {
  if (locale === 'zh-CN') return formatList(locale, items);
  let format = proseLists.get(locale);
  if (!format) proseLists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

/** Up to `max` items in running text, then "等" / "and others". */
export function listSome(ctx: Context, items: readonly string[], max = 3): string {
  if (items.length <= max) return proseList(ctx.locale, items);
  return ctx.t('brief.more', { list: formatList(ctx.locale, items.slice(0, max)) });
}

/** The categories of the activities, in the schema's order, named. */
export function categoriesText(ctx: Context, acts: readonly Activity[]): string {
  const t = ctx.t;
  const present = ActivityCategory.options.filter((c) => acts.some((a) => a.category === c));
  return proseList(
    ctx.locale,
    present.map((c) => t(`category.${c}`)),
  );
}

/** ", carried out by A, B and others" from the activities' named actors, or that the report names none. */
export function actorsClause(ctx: Context, acts: readonly Activity[]): Rich {
  const ids = [...new Set(acts.flatMap((a) => a.actors))];
  const names = ids.flatMap((id) => {
    const org = ctx.data.organisations.get(id);
    return org ? [localName(org, ctx.locale)] : [];
  });
  return names.length ? ctx.say('brief.actors', { actors: listSome(ctx, names) }) : ctx.say('brief.noActors');
}

/** When: the dates the report gives (each with the footnotes of its records), and how many it leaves undated. */
export function datesSentence(ctx: Context, acts: readonly Activity[]): Rich {
  const dated = acts
    .filter((a) => a.date !== null)
    .sort((a, b) => a.date!.year - b.date!.year || (a.date!.month ?? 0) - (b.date!.month ?? 0));
  if (dated.length === 0) return ctx.say('brief.datesNone');
  const byDate = new Map<string, Activity[]>();
  for (const a of dated) {
    const key = formatDate(a.date!, ctx.locale);
    byDate.set(key, [...(byDate.get(key) ?? []), a]);
  }
  const shown = [...byDate]
    .slice(0, 4)
    .map(([date, records]) => [{ text: date }, ...records.flatMap((a) => cite(a))]);
  const more = byDate.size > 4 ? ctx.say('brief.more', { list: '' }) : [];
  const dates = [...join(shown, ctx.t('sep.list')), ...more];
  const rest = acts.length - dated.length;
  return rest === 0
    ? ctx.say('brief.datesAll', { dates })
    : ctx.say('brief.datesSome', { n: dated.length, dates, rest });
}

/** A metric's value as the panels write it: "22.4 万元", "20 人" / "224,000 yuan", "20 people". */
export function metricValue(metric: FigureMetric, value: number, locale: Locale): string {
  if (metric === 'aid') return formatAmountWan(value, locale);
  return `${formatNumber(value, locale)} ${countedText(locale, `metric.unit.${metric}`, value)}`;
}

/** The footnotes of the records a metric's total adds up, with the words of their figures. */
export function metricNotes(acts: readonly Activity[], metric: FigureMetric): Rich {
  return acts.flatMap((a) => {
    const figures = metricFigures(a, metric);
    return figures.length
      ? cite(
          a,
          figures.map((f) => f.as_written),
        )
      : [];
  });
}

const figureKeys = { aid: 'brief.aid', reached: 'brief.reached', stationed: 'brief.stationed' } as const;

/**
 * A metric's figure with its footnotes and what it shares ("帮扶金额 22.4 万元[1]（与大井镇共享）"), or the
 * words for no figure ("报道未给出金额"); null where an absent figure needs no words (nobody stationed).
 */
export function figureClause(
  ctx: Context,
  metric: FigureMetric,
  value: number | null,
  acts: readonly Activity[],
  shared: Rich,
): Rich | null {
  if (value === null) {
    if (metric === 'stationed') return null;
    const key = metric === 'aid' ? 'brief.noAid' : 'brief.noReached';
    return ctx.say(ctx.filtered ? `${key}Filtered` : key);
  }
  return ctx.say(figureKeys[metric], {
    value: metricValue(metric, value, ctx.locale),
    notes: metricNotes(acts, metric),
    shared,
  });
}

/** The note on what the filters hid, named as the export names them; null without a filter. */
export function filterNote(ctx: Context, filters: ActivityFilters, effect: FilterEffect): Rich | null {
  const named = filterSummary(filters, {
    t: ctx.t,
    list: (items) => formatList(ctx.locale, items),
    actorName: (id) => {
      const org = ctx.data.organisations.get(id);
      return org ? localName(org, ctx.locale) : id;
    },
    sourceName: (id) => {
      const source = ctx.data.sources.get(id);
      return source ? localName(source, ctx.locale) : id;
    },
  });
  if (named === null || !effect.active) return null;
  if (effect.hidden === 0) return ctx.say('brief.filterNothing', { filters: named });
  return effect.undated > 0
    ? ctx.say('brief.filterUndated', { filters: named, n: effect.hidden, undated: effect.undated })
    : ctx.say('brief.filter', { filters: named, n: effect.hidden });
}
