/**
 * The atlas's region page and township pages, as sections of blocks. Pure: numbers come from the same
 * townshipMetrics and regionTotals the panels use, words from the dictionary and the data's zh/en fields.
 */
import { localField, localName } from '../domain';
import { formatList } from '../i18n/lists';
import type { RegionTotals } from '../data/regionTotals';
import type { Block, MapRequest, Section } from './blocks';
import {
  activityItem,
  briefBlock,
  citationText,
  figureText,
  smallText,
  totalsTable,
  townshipFigures,
} from './atlasText';
import type { AtlasInput } from './atlasTypes';

/** The map block of a page: fitted to `codes`, the rest dimmed and named, with sites, scale and north. */
export function mapBlock(
  input: AtlasInput,
  subject: MapRequest['subject'],
  codes: readonly string[],
  size: { widthMm: number; heightMm: number },
  alt: string,
): Block[] {
  const b = codes.length ? input.bounds(codes) : input.countyBounds;
  if (!b) return [];
  return [
    {
      kind: 'map',
      request: {
        subject,
        bounds: [b[0][0], b[0][1], b[1][0], b[1][1]],
        metric: input.metric,
        ...size,
        dpi: 300,
        show: {
          focus: [...codes],
          dimOthers: codes.length > 0,
          townshipNames: true,
          sites: true,
          scaleBar: true,
          northArrow: true,
        },
        alt,
      },
    },
  ];
}

const townshipMap = { widthMm: 180, heightMm: 100 };

export const placeName = (input: AtlasInput, code: string): string => {
  const place = input.data.places.get(code);
  return place ? localName(place, input.locale) : code;
};

/** Furniture of a section: the running header names it; a map page says the lines are schematic. */
export function furniture(input: AtlasInput, section: string, withMap: boolean): Section['furniture'] {
  const { t } = input;
  const title = input.title;
  return {
    header: t('book.header', { title, section }),
    continued: t('book.headerContinued', { title, section }),
    pageNumber: t('book.pageNumber', { n: '{n}', total: '{total}' }),
    schematicNote: withMap && input.schematic ? t('map.schematicNote') : null,
  };
}

/** One township: map, brief, figures, activities with their citations, Baoshan partners. */
export function townshipSection(input: AtlasInput, code: string): Section {
  const { t, data } = input;
  const name = placeName(input, code);
  const metrics = input.metrics.get(code);
  const activities = data.activitiesByTownship.get(code) ?? [];
  const pairings = data.pairingsByTownship.get(code) ?? [];
  const brief = briefBlock(input.brief({ kind: 'township', code }));
  const shared =
    metrics &&
    [metrics.aidShared, metrics.beneficiariesShared, metrics.stationedShared].some((s) => s.length);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: name },
    ...mapBlock(
      input,
      { kind: 'township', code },
      [code],
      townshipMap,
      t('book.mapAlt.township', { name, metric: t(`metric.${input.metric}`) }),
    ),
    ...(brief ? [brief] : []),
    { kind: 'heading', level: 2, text: t('book.figures') },
    ...(metrics ? [townshipFigures(metrics, input)] : []),
    ...(shared ? [smallText([t('export.sharedNote')])] : []),
    { kind: 'heading', level: 2, text: t('book.activities', { n: activities.length }) },
    activities.length
      ? {
          kind: 'list',
          style: 'bullet',
          items: activities.map((a) => activityItem(a, data, input)),
          footnotes: [],
        }
      : smallText([
          t(input.empty.key === 'legend.noRecord' ? 'book.noActivities' : 'book.noActivitiesFiltered'),
        ]),
    { kind: 'heading', level: 2, text: t('book.partners') },
    pairings.length
      ? {
          kind: 'list',
          style: 'bullet',
          items: pairings.map((p) => ({
            runs: [
              { text: localField(p.baoshan_side, 'label', input.locale), emphasis: 'strong' as const },
              { text: ` — ${localField(p.huize_side, 'label', input.locale)}` },
            ],
            detail: [{ text: citationText(p.citation, data, input), emphasis: 'muted' as const }],
          })),
          footnotes: [],
        }
      : smallText([t('book.noPartners')]),
  ];
  return { id: code, kind: 'township', furniture: furniture(input, name, true), blocks };
}

/** What the region's total holds that several townships share: each once, and why totals may overlap. */
function sharedNotes(input: AtlasInput, totals: RegionTotals): string[] {
  const { t, locale, data } = input;
  const names = (codes: readonly string[]) =>
    formatList(
      locale,
      codes.map((c) => placeName(input, c)),
    );
  const notes: string[] = [];
  for (const metric of ['aid', 'reached', 'stationed'] as const) {
    for (const s of totals[metric].shared) {
      const activity = data.activities.get(s.activityId);
      const title = activity ? localField(activity, 'title', locale) : '';
      const value = figureText(metric, s.value, false, input);
      notes.push(
        s.outside.length
          ? t('book.sharedOutside', { title, value, outside: names(s.outside) })
          : t('book.sharedOnce', { title, value, names: names(s.inside) }),
      );
    }
  }
  return notes;
}

/** The region page: its map, its brief, its totals with each shared figure once, the townships it holds. */
export function regionSection(input: AtlasInput, codes: readonly string[], name: string): Section {
  const { t } = input;
  const totals = input.regionTotals(codes);
  const brief = briefBlock(input.brief({ kind: 'region', codes, name }));
  const apart = input.apart;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: name },
    ...mapBlock(
      input,
      { kind: 'region', codes: [...codes] },
      codes,
      { widthMm: 180, heightMm: 110 },
      t('book.mapAlt.region', { name, metric: t(`metric.${input.metric}`) }),
    ),
    ...(brief ? [brief] : []),
    { kind: 'heading', level: 2, text: t('book.regionFigures') },
    totalsTable(totals, input),
    smallText([
      ...sharedNotes(input, totals),
      t('export.summaryApart', {
        n: apart.county.activities,
        amount: figureText('aid', apart.county.aidWan, false, input),
      }),
    ]),
  ];
  return { id: 'region', kind: 'region', furniture: furniture(input, name, true), blocks };
}
