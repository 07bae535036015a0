import { HUIZE_COUNTY_PLACE_ID, localName } from '../domain';
import { townshipMetrics } from '../data/metrics';
import { formatList } from '../i18n/lists';
import { finish, sayer, type Rich } from './compose';
import { countySentences } from './county';
import { filterNote, placeNames, type Context } from './parts';
import { regionSentences } from './region';
import { townshipSentences } from './township';
import type { Brief, BriefInput, BriefSubject } from './types';
import { briefWords } from './words';

/** How many township names a region's title lists before it says "n 个乡镇" instead. */
const TITLE_NAMES = 3;

function title(ctx: Context, subject: BriefSubject): string {
  if (subject.kind === 'township') return placeNames(ctx, [subject.code])[0] ?? '';
  if (subject.kind === 'region') {
    if (subject.name) return subject.name;
    const names = placeNames(ctx, [...subject.codes].sort());
    return names.length <= TITLE_NAMES
      ? formatList(ctx.locale, names)
      : ctx.t('region.custom', { n: names.length });
  }
  const county = ctx.data.places.get(HUIZE_COUNTY_PLACE_ID);
  return county ? localName(county, ctx.locale) : ctx.t('panel.county');
}

/**
 * The brief of `input.subject` in `input.locale`: two to five sentences (what was done, by whom, how much,
 * how many people, when), each report figure followed by its footnote, from the data the map shows; then,
 * under a filter, a note paragraph naming the filters and how many records they hide. Numbers come from
 * townshipMetrics / regionTotals, as in the panels. Pure: the same input gives the same brief.
 */
export function makeBrief(input: BriefInput): Brief {
  const { data, subject, locale } = input;
  const ctx: Context = {
    data,
    metrics: input.metrics ?? townshipMetrics(data),
    say: sayer(locale),
    t: briefWords.in(locale),
    locale,
    filtered: input.effect.active,
  };
  const body: Rich =
    subject.kind === 'township'
      ? townshipSentences(ctx, subject.code)
      : subject.kind === 'region'
        ? regionSentences(ctx, subject.codes, subject.name ?? null)
        : countySentences(ctx);
  const note = filterNote(ctx, input.filters, input.effect);
  const { paragraphs, footnotes } = finish(
    [{ kind: 'body', rich: body }, ...(note ? [{ kind: 'note' as const, rich: note }] : [])],
    data.sources,
    locale,
  );
  return { locale, subject, title: title(ctx, subject), paragraphs, footnotes };
}
