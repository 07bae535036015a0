/**
 * The atlas's words for figures, citations and briefs, as page blocks. Pure: the panel's formatting
 * (formatAmountWan, countBeside, formatDate) and the data's own zh/en fields, so a page says what the panel says.
 */
import { localName, localField, type Locale, type NumericMetricId } from '../domain';
import type { Activity, Citation } from '../data/schema';
import type { HuizeData } from '../data/load';
import type { TownshipMetrics } from '../data/metrics';
import type { RegionTotals } from '../data/regionTotals';
import type { EmptyWording } from '../data/filterEffect';
import type { Brief } from '../brief';
import { countBeside, formatDate } from '../i18n/figures';
import { formatAmountWan, formatNumber } from '../i18n/format';
import { sectionName } from '../i18n/sectionName';
import { countedText } from '../i18n/translate';
import type { Footnote, Run, TableBlock, TextBlock } from './blocks';
import type { BookTranslate } from './words';

export interface Words {
  t: BookTranslate;
  locale: Locale;
  /** What a township or total with nothing to show is called: under a filter never "no record". */
  empty: EmptyWording;
}

/** A figure as the panel writes it: 万元 for money, a count with its unit; ※ when it holds a shared figure. */
export function figureText(metric: NumericMetricId, value: number, shared: boolean, w: Words): string {
  const text =
    metric === 'aid'
      ? formatAmountWan(value, w.locale)
      : `${formatNumber(value, w.locale)} ${countedText(w.locale, `metric.unit.${metric}`, value)}`;
  return shared ? `${text} ※` : text;
}

/** The words for a figure the report does not give here (or the filters hid): never "0". */
export function noFigure(w: Words): string {
  return w.empty.key === 'legend.noRecord' ? w.t('book.noFigure') : w.t('book.filteredNone');
}

const figuresTable = (w: Words, rows: [string, string][]): TableBlock => ({
  kind: 'table',
  columns: [
    { label: w.t('book.col.metric'), align: 'start', weight: 3 },
    { label: w.t('book.col.value'), align: 'end', weight: 2 },
  ],
  rows: rows.map(([label, value]) => [[{ text: label }], [{ text: value, emphasis: 'strong' }]]),
  footnotes: [],
});

/** A township's figures, the four the map can colour by, each as its panel states it. */
export function townshipFigures(m: TownshipMetrics, w: Words): TableBlock {
  const value = (metric: NumericMetricId, v: number | null, shared: boolean) =>
    v === null ? noFigure(w) : figureText(metric, v, shared, w);
  return figuresTable(w, [
    [w.t('metric.activities'), m.activityCount ? value('activities', m.activityCount, false) : noFigure(w)],
    [w.t('metric.aid'), value('aid', m.aidWan, m.aidShared.length > 0)],
    [w.t('metric.reached'), value('reached', m.beneficiaries, m.beneficiariesShared.length > 0)],
    [w.t('metric.stationed'), value('stationed', m.stationed, m.stationedShared.length > 0)],
  ]);
}

const totalMetrics = ['activities', 'aid', 'reached', 'stationed'] as const;

/** A region's (or the county's) totals, a shared figure counted once and marked ※. */
export function totalsTable(totals: RegionTotals, w: Words): TableBlock {
  return figuresTable(
    w,
    totalMetrics.map((metric) => {
      const total = totals[metric];
      const text =
        total.value === null ? noFigure(w) : figureText(metric, total.value, total.shared.length > 0, w);
      return [w.t(`metric.${metric}`), text];
    }),
  );
}

/** Small type: notes that keep a table honest. */
export function smallText(lines: readonly string[]): TextBlock {
  return {
    kind: 'text',
    small: true,
    paragraphs: lines.map((text) => ({ runs: [{ text }] })),
    footnotes: [],
  };
}

/** "出处：会泽县… · 导语 · “…”": where a record's words are, in one line. */
export function citationText(citation: Citation, data: HuizeData, w: Words): string {
  const source = data.sources.get(citation.source);
  return w.t('book.citation', {
    source: source ? localName(source, w.locale) : citation.source,
    section: sectionName(citation.section, w.locale).text,
    phrase: citation.phrase,
  });
}

/** An activity in a list: its title, date and figures (as written in the panel), then its citation. */
export function activityItem(a: Activity, data: HuizeData, w: Words): { runs: Run[]; detail: Run[] } {
  const figures = [
    ...a.amounts.map((m) => `${formatAmountWan(m.value_wan, w.locale)} ${localField(m, 'what', w.locale)}`),
    ...a.counts.map((c) => {
      const what = localField(c, 'what', w.locale);
      return `${countBeside(c, what, w.locale)} ${what}`;
    }),
  ];
  const date = a.date ? formatDate(a.date, w.locale) : null;
  const tail = [date, ...figures].filter(Boolean).join(w.locale === 'zh-CN' ? '；' : '; ');
  return {
    runs: [
      { text: localField(a, 'title', w.locale), emphasis: 'strong' },
      ...(tail ? [{ text: w.locale === 'zh-CN' ? `（${tail}）` : ` (${tail})` }] : []),
    ],
    detail: [{ text: citationText(a.citation, data, w), emphasis: 'muted' }],
  };
}

/** A brief as a text block: its runs with footnote refs, its footnotes as "source · section · “phrase”". */
export function briefBlock(brief: Brief): TextBlock | null {
  const body = brief.paragraphs.filter((p) => p.runs.length > 0);
  if (body.length === 0) return null;
  const footnotes: Footnote[] = brief.footnotes.map((f) => ({
    n: f.n,
    text: `${f.sourceTitle} · ${f.section} · “${f.phrase}”`,
  }));
  return {
    kind: 'text',
    paragraphs: body.map((p) => ({
      runs: p.runs.map((r) => ('text' in r ? { text: r.text } : { ref: r.footnote })),
    })),
    footnotes,
  };
}
