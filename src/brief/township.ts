/**
 * A township's brief: what was done there and by whom, its Baoshan partners, its figures as the panel shows
 * them (townshipMetrics: a shared figure in full, said to be shared), when, and that county-wide figures are
 * not in it. Only records the report places at the township are read.
 */
import { localField, localName } from '../domain';
import type { SharedFigure, TownshipMetrics } from '../data/metrics';
import { roundWan } from '../data/metrics';
import type { Activity } from '../data/schema';
import { formatList } from '../i18n/lists';
import { cite, join, type Rich } from './compose';
import {
  actorsClause,
  categoriesText,
  datesSentence,
  figureClause,
  figureMetrics,
  metricValue,
  placeNames,
  sentence,
  type Context,
  type FigureMetric,
} from './parts';

const sharedOf = (m: TownshipMetrics, metric: FigureMetric): SharedFigure[] =>
  metric === 'aid' ? m.aidShared : metric === 'reached' ? m.beneficiariesShared : m.stationedShared;
const valueOf = (m: TownshipMetrics, metric: FigureMetric): number | null =>
  metric === 'aid' ? m.aidWan : metric === 'reached' ? m.beneficiaries : m.stationed;

/**
 * What a township's figure shares: "（与大井镇共享）" when the whole of it is shared with the same townships,
 * else each shared part with its value, so a shared value is written once.
 */
function sharedWords(ctx: Context, code: string, metric: FigureMetric, total: number): Rich {
  const shares = sharedOf(ctx.metrics.get(code)!, metric);
  if (shares.length === 0) return [];
  const others = (f: SharedFigure) => placeNames(ctx, [...f.townships].filter((c) => c !== code).sort());
  const names = (f: SharedFigure) => formatList(ctx.locale, others(f));
  const sum = roundWan(shares.reduce((s, f) => s + f.value, 0));
  if (sum === roundWan(total) && new Set(shares.map(names)).size === 1) {
    return ctx.say('brief.sharedAll', { names: names(shares[0]!) });
  }
  return shares.flatMap((f) =>
    ctx.say('brief.sharedPart', { names: names(f), value: metricValue(metric, f.value, ctx.locale) }),
  );
}

function partnersSentence(ctx: Context, m: TownshipMetrics): Rich {
  const partners = m.pairings.map((p) => [
    { text: localField(p.baoshan_side, 'label', ctx.locale) },
    ...cite(
      p,
      p.counts.map((c) => c.as_written),
    ),
  ]);
  return ctx.say('brief.tp.partners', {
    n: partners.length,
    partners: join(partners, ctx.t('sep.list')),
  });
}

/** How much and how many people: the panel's key figures, each with its notes, or that there are none. */
function figuresSentence(ctx: Context, code: string, name: string, acts: readonly Activity[]): Rich {
  const m = ctx.metrics.get(code)!;
  if (figureMetrics.every((metric) => valueOf(m, metric) === null)) {
    return ctx.say(ctx.filtered ? 'brief.tp.noFiguresFiltered' : 'brief.tp.noFigures', { name });
  }
  const figures = figureMetrics.flatMap((metric) => {
    const value = valueOf(m, metric);
    const shared = value === null ? [] : sharedWords(ctx, code, metric, value);
    const clause = figureClause(ctx, metric, value, acts, shared);
    return clause ? [clause] : [];
  });
  return ctx.say('brief.tp.figures', { name, figures: join(figures, ctx.t('brief.figures')) });
}

/** The sentences of a township's brief (two to five). */
export function townshipSentences(ctx: Context, code: string): Rich {
  const m = ctx.metrics.get(code);
  const place = ctx.data.places.get(code);
  if (!m || !place) return [];
  const name = localName(place, ctx.locale);
  const acts: readonly Activity[] = ctx.data.activitiesByTownship.get(code) ?? [];
  const say = (text: Rich) => sentence(ctx.say, text);
  const partners = m.pairings.length ? say(partnersSentence(ctx, m)) : [];
  if (acts.length === 0) {
    return [
      ...say(ctx.say(ctx.filtered ? 'brief.tp.noneFiltered' : 'brief.tp.none', { name })),
      ...partners,
      ...say(ctx.say('brief.tp.countyNote')),
    ];
  }
  const what = ctx.say('brief.tp.activities', {
    name,
    n: m.activityCount,
    categories: categoriesText(ctx, acts),
  });
  const anyShared = figureMetrics.some((metric) => sharedOf(m, metric).length > 0);
  return [
    ...say([...what, ...actorsClause(ctx, acts)]),
    ...partners,
    ...say(figuresSentence(ctx, code, name, acts)),
    ...say(datesSentence(ctx, acts)),
    ...say(ctx.say(anyShared ? 'brief.tp.sharedNote' : 'brief.tp.countyNote')),
  ];
}
