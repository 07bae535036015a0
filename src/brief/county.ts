/**
 * The county's brief: how many records the report gives and where they lie, the county-level pairings (by
 * whom), the county-wide amounts and numbers of people as the county summary lists them (stated totals
 * never added up, "其中" parts kept as parts), and that none of them belongs to a township.
 */
import { HUIZE_COUNTY_PLACE_ID, localField, localName } from '../domain';
import { metricFigures } from '../data/metrics';
import type { Activity, Amount, Count, Pairing } from '../data/schema';
import { formatAmount, formatCount, formatDate } from '../i18n/figures';
import { partDescription } from '../i18n/partOf';
import { cite, join, type Rich } from './compose';
import { sentence, type Context } from './parts';

/** How many of a list the brief names before "等" / "and others". */
const SHOWN = 3;

function introSentence(ctx: Context, county: string): Rich {
  const d = ctx.data;
  const total = d.activities.size;
  if (total === 0) return ctx.say(ctx.filtered ? 'brief.ct.noneFiltered' : 'brief.ct.none', { county });
  const atTownships = new Set([...d.activities.values()].filter((a) => d.townshipsOf(a).length > 0));
  const townships = [...d.activitiesByTownship.values()].filter((list) => list.length > 0).length;
  const parts = [
    d.countyActivities.length ? ctx.t('brief.ct.partCounty', { n: d.countyActivities.length }) : null,
    atTownships.size ? ctx.t('brief.ct.partTownships', { n: atTownships.size, townships }) : null,
    d.unassignedActivities.length
      ? ctx.t('brief.ct.partUnassigned', { n: d.unassignedActivities.length })
      : null,
    d.outsideActivities.length
      ? ctx.t('brief.ct.partOutside', { n: d.outsideActivities.length, county })
      : null,
  ].filter((p): p is string => p !== null);
  return ctx.say('brief.ct.intro', { county, n: total, parts: parts.join(ctx.t('brief.parts')) });
}

/** The pairings the county itself is party to (no township on the Huize side), with their dates. */
function pairingsSentence(ctx: Context, pairings: readonly Pairing[]): Rich {
  const items = pairings.map((p) =>
    ctx.say('brief.ct.pairing', {
      date: p.date ? ctx.say('brief.ct.pairingDate', { date: formatDate(p.date, ctx.locale) }) : '',
      baoshan: localField(p.baoshan_side, 'label', ctx.locale),
      huize: localField(p.huize_side, 'label', ctx.locale),
      notes: cite(
        p,
        p.counts.map((c) => c.as_written),
      ),
    }),
  );
  return join(items, ctx.t('brief.clauses'));
}

function amountItem(ctx: Context, a: Activity, m: Amount): Rich {
  const what = localField(m, 'what', ctx.locale);
  const year = a.date ? String(a.date.year) : null;
  return ctx.say('brief.ct.amount', {
    // A date the description already gives ("… (2017)") is not written twice.
    date:
      a.date && year && !what.includes(year)
        ? ctx.say('brief.ct.amountDate', { date: formatDate(a.date, ctx.locale) })
        : '',
    what,
    value: formatAmount(m, ctx.locale),
    notes: cite(a, [m.as_written]),
  });
}

function amountsSentence(ctx: Context, acts: readonly Activity[]): Rich {
  const amounts = acts
    .flatMap((a) => a.amounts.map((m) => ({ a, m })))
    .sort((x, y) => y.m.value_wan - x.m.value_wan);
  if (amounts.length === 0)
    return ctx.say(ctx.filtered ? 'brief.ct.noAmountsFiltered' : 'brief.ct.noAmounts');
  const shown = amounts.slice(0, SHOWN);
  let items = join(
    shown.map(({ a, m }) => amountItem(ctx, a, m)),
    ctx.t('brief.items'),
  );
  if (amounts.length > SHOWN) items = ctx.say('brief.more', { list: items });
  const notSummed = shown.some(({ m }) => !m.additive) && shown.length > 1;
  return [...ctx.say('brief.ct.amounts', { items }), ...(notSummed ? ctx.say('brief.ct.notSummed') : [])];
}

/** "受益" for a description that is only the unit ("人"), which would read "人 114000 人". */
function countWhat(ctx: Context, c: Count): string {
  const what = localField(c, 'what', ctx.locale);
  return formatCount(c, ctx.locale).endsWith(` ${what}`) ? ctx.t('brief.ct.reachedWhat') : what;
}

function peopleItem(ctx: Context, a: Activity, c: Count): Rich {
  const parts = a.counts.filter((p) => p.part_of === `${a.id}#${c.key}`);
  return ctx.say('brief.ct.count', {
    what: countWhat(ctx, c),
    value: formatCount(c, ctx.locale),
    parts: parts.flatMap((p) =>
      ctx.say('brief.ct.part', {
        what: partDescription(localField(p, 'what', ctx.locale)),
        value: formatCount(p, ctx.locale),
      }),
    ),
    notes: cite(a, [c.as_written, ...parts.map((p) => p.as_written)]),
  });
}

function peopleSentence(ctx: Context, acts: readonly Activity[]): Rich {
  const reached = acts
    .flatMap((a) => metricFigures(a, 'reached').map((c) => ({ a, c: c as Count })))
    .sort((x, y) => y.c.value - x.c.value);
  const stationed = acts.flatMap((a) => metricFigures(a, 'stationed').map((c) => ({ a, c: c as Count })));
  if (reached.length === 0 && stationed.length === 0) {
    return ctx.say(ctx.filtered ? 'brief.ct.noPeopleFiltered' : 'brief.ct.noPeople');
  }
  let items = join(
    reached.slice(0, SHOWN).map(({ a, c }) => peopleItem(ctx, a, c)),
    ctx.t('brief.items'),
  );
  if (reached.length > SHOWN) items = ctx.say('brief.more', { list: items });
  const posted = stationed.map(({ a, c }) =>
    ctx.say('brief.ct.stationed', {
      what: localField(c, 'what', ctx.locale),
      value: formatCount(c, ctx.locale),
      notes: cite(a, [c.as_written]),
    }),
  );
  return ctx.say('brief.ct.people', {
    items: join([...(reached.length ? [items] : []), ...posted], ctx.t('brief.clauses')),
  });
}

/** The sentences of the county's brief (two to five). */
export function countySentences(ctx: Context): Rich {
  const place = ctx.data.places.get(HUIZE_COUNTY_PLACE_ID);
  const county = place ? localName(place, ctx.locale) : '';
  const out: Rich = [...sentence(ctx.say, introSentence(ctx, county))];
  const townshipCodes = new Set(ctx.data.townships.map((t) => t.id));
  const pairings = [...ctx.data.pairings.values()].filter(
    (p) => !p.huize_side.places.some((id) => townshipCodes.has(id)),
  );
  if (pairings.length) out.push(...sentence(ctx.say, pairingsSentence(ctx, pairings.slice(0, SHOWN))));
  const acts = ctx.data.countyActivities;
  out.push(...sentence(ctx.say, amountsSentence(ctx, acts)));
  out.push(...sentence(ctx.say, peopleSentence(ctx, acts)));
  out.push(...sentence(ctx.say, ctx.say('brief.ct.end')));
  return out;
}
