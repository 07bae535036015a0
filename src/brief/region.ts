/**
 * A region's brief: its townships, what was done there and by whom, its totals as regionTotals gives them (a
 * figure shared inside the region once, one shared with townships outside it in full and said so), when,
 * and that county-wide and unproven-township records are not in its totals.
 */
import { roundWan } from '../data/metrics';
import type { Activity } from '../data/schema';
import {
  notAttributable,
  regionActivities,
  regionTotals,
  type RegionShare,
  type RegionTotals,
} from '../data/regionTotals';
import { formatList } from '../i18n/lists';
import { join, type Rich } from './compose';
import {
  actorsClause,
  categoriesText,
  datesSentence,
  figureClause,
  figureMetrics,
  metricValue,
  placeNames,
  proseList,
  sentence,
  type Context,
  type FigureMetric,
} from './parts';

/**
 * The words for the shared figures of a region's total, each value written once: the whole total when it is
 * one shared figure ("（与区域外马路乡共享，…）"), else each shared part with its value.
 */
function sharedWords(
  ctx: Context,
  metric: FigureMetric,
  total: number | null,
  shares: readonly RegionShare[],
): Rich {
  const names = (codes: readonly string[]) => formatList(ctx.locale, placeNames(ctx, codes));
  const [only] = shares;
  if (shares.length === 1 && only && total !== null && roundWan(only.value) === roundWan(total)) {
    if (only.outside.length) return ctx.say('brief.sharedOutsideAll', { names: names(only.outside) });
    return only.inside.length > 1 ? ctx.say('brief.sharedInsideAll', { names: names(only.inside) }) : [];
  }
  return shares.flatMap((share) => {
    const value = metricValue(metric, share.value, ctx.locale);
    if (share.outside.length) return ctx.say('brief.sharedOutside', { names: names(share.outside), value });
    return share.inside.length > 1
      ? ctx.say('brief.sharedInside', { names: names(share.inside), value })
      : [];
  });
}

const fieldOf = { aid: 'aidWan', reached: 'beneficiaries', stationed: 'stationed' } as const;

/** The region's totals with their notes; a metric none of its townships has a figure for says so, never 0. */
function figuresSentence(ctx: Context, totals: RegionTotals, acts: readonly Activity[]): Rich {
  // regionTotals adds "no figure" as 0 once a township has any record: the brief says there is none.
  const has = (metric: FigureMetric) =>
    totals.codes.some((c) => (ctx.metrics.get(c)?.[fieldOf[metric]] ?? null) !== null);
  if (!figureMetrics.some(has)) {
    return ctx.say(ctx.filtered ? 'brief.rg.noFiguresFiltered' : 'brief.rg.noFigures');
  }
  const figures = figureMetrics.flatMap((metric) => {
    const value = has(metric) ? totals[metric].value : null;
    const shared = sharedWords(ctx, metric, value, totals[metric].shared);
    const clause = figureClause(ctx, metric, value, acts, shared);
    return clause ? [clause] : [];
  });
  return ctx.say('brief.rg.figures', { figures: join(figures, ctx.t('brief.figures')) });
}

/**
 * The sentences of a region's brief (three to five). `name` is the region's own name (a named region), else
 * it is "所选区域" / "The selected region".
 */
export function regionSentences(ctx: Context, codes: readonly string[], name: string | null): Rich {
  const totals = regionTotals(ctx.data, ctx.metrics, codes);
  const acts = regionActivities(ctx.data, totals.codes);
  const say = (text: Rich) => sentence(ctx.say, text);
  const intro = ctx.say('brief.rg.intro', {
    region: name ?? ctx.t('brief.rg.unnamed'),
    names: proseList(ctx.locale, placeNames(ctx, totals.codes)),
    n: totals.codes.length,
  });
  const apart = notAttributable(ctx.data);
  const outside = say(
    apart.unassigned.activities
      ? ctx.say('brief.rg.apart', {
          county: apart.county.activities,
          unassigned: apart.unassigned.activities,
          n: apart.county.activities,
        })
      : ctx.say('brief.rg.apartCounty', { county: apart.county.activities, n: apart.county.activities }),
  );
  if (acts.length === 0) {
    return [
      ...say(intro),
      ...say(ctx.say(ctx.filtered ? 'brief.rg.noneFiltered' : 'brief.rg.none')),
      ...outside,
    ];
  }
  // An activity shared only with townships outside the region is in it once anyway: nothing to say.
  const shared = totals.activities.shared.filter((share) => share.inside.length > 1).length;
  const what = [
    ...ctx.say('brief.rg.activities', {
      n: totals.activities.value ?? 0,
      categories: categoriesText(ctx, acts),
    }),
    ...actorsClause(ctx, acts),
    ...(shared ? ctx.say('brief.rg.sharedActs', { n: shared }) : []),
  ];
  return [
    ...say(intro),
    ...say(what),
    ...say(figuresSentence(ctx, totals, acts)),
    ...say(datesSentence(ctx, acts)),
    ...outside,
  ];
}
