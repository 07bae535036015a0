import { describe, expect, it } from 'vitest';
import type { Choropleth } from '../../../src/choropleth/choropleth';
import { bundledSources } from '../../../src/data/appData';
import type { Source } from '../../../src/data/schema';
import { exportContent, type ContentInput } from '../../../src/export/exportContent';
import { formatAmountWan } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { loadAppData } from '../../../src/data/appData';
import { townshipMetrics } from '../../../src/data/metrics';
import { notAttributable, regionTotals } from '../../../src/data/regionTotals';
import { formatNumber } from '../../../src/i18n/format';
import { keyFigures } from '../../../src/panels/detail/panelModel';

const report = bundledSources().get('src-zhujiang-baoshan-huize')!;
const invented: Source = {
  ...report,
  id: 'src-invented',
  name_zh: '测试网：虚构的图书捐赠',
  name_en: 'Test Net: an invented gift',
  published: { year: 2019, month: 3, day: null },
  published_note: null,
};

const en = translator('en');

const input = (extra: Partial<ContentInput> = {}): ContentInput => ({
  t: translator('en'),
  locale: 'en',
  metric: 'activities',
  method: null,
  choropleth: { legend: [] } as unknown as Choropleth,
  orgName: (id) => id,
  filters: null,
  subject: null,
  title: 'Huize',
  schematic: false,
  years: [2017, 2019],
  attributions: [],
  date: '2026-01-01',
  fontFamily: 'sans-serif',
  ...extra,
});

describe('exportContent', () => {
  it('names the active filters in the subtitle, not just "filtered"', () => {
    const filters = `${en('filters.summaryYears', { years: '2018' })}`;
    expect(exportContent(input({ filters })).subtitle).toBe(
      [en('app.subtitleYears', { years: '2017–2019' }), en('export.filteredBy', { filters })].join(
        en('sep.parts'),
      ),
    );
  });

  // Two classes and "none"; the county has 2 + 1 + 1 townships in them, a region a and c only.
  const legendOf = {
    legend: [
      { kind: 'class', colour: '#111', lower: 1, upper: 1, count: 2 },
      { kind: 'class', colour: '#222', lower: 2, upper: 4, count: 1 },
      { kind: 'none', colour: '#ddd', count: 1 },
    ],
    fills: new Map([
      ['a', '#111'],
      ['b', '#111'],
      ['c', '#222'],
      ['d', '#ddd'],
    ]),
  } as unknown as Choropleth;
  it.each([
    ['the county counts every township', null, [2, 1, 1]],
    ['a region counts its own', ['a', 'c'], [1, 1, 0]],
  ] as const)('legend counts: %s', (_name, counted, counts) => {
    const rows = exportContent(input({ choropleth: legendOf, counted })).legend.rows;
    expect(rows.map((r) => r.count)).toEqual(counts);
  });

  it('calls an empty class "none after filtering" under a filter', () => {
    const rows = exportContent(input({ choropleth: legendOf, empty: { key: 'filters.none' } })).legend.rows;
    expect(rows.at(-1)?.label).toBe(en('filters.none'));
    expect(exportContent(input({ choropleth: legendOf })).legend.rows.at(-1)?.label).toBe(
      en('legend.noRecord'),
    );
  });

  it('gives the subtitle the years of what is shown', () => {
    expect(exportContent(input()).subtitle).toBe(en('app.subtitleYears', { years: '2017–2019' }));
    expect(exportContent(input({ years: [2018] })).subtitle).toContain('Yunnan, 2018');
  });

  it('writes one source line per source used, with its years and publication date', () => {
    const lines = exportContent(
      input({
        sources: [
          { source: report, years: [2017, 2018] },
          { source: invented, years: [2019] },
        ],
      }),
    ).footerLines;
    expect(lines.slice(0, 2)).toEqual([
      en('export.sourceOf', {
        source: 'Zhujiang Net report (correspondent Li Shunjin)',
        years: '2017–2018',
        published: en('export.unpublished'),
      }),
      en('export.sourceOf', {
        source: 'Test Net: an invented gift',
        years: '2019',
        published: en('export.published', { date: '2019-03' }),
      }),
    ]);
  });

  it('keeps the one report’s line while the caller passes no sources', () => {
    expect(exportContent(input()).footerLines[0]).toMatch(
      /^Source: Zhujiang Net report .*events of 2017–2019/,
    );
  });

  it('points to nothing outside the picture: the citations are named beside the QR code only', () => {
    const content = exportContent(input());
    const words = [...content.footerLines, ...content.legend.notes, content.subtitle].join('\n');
    expect(words).not.toMatch(/interactive map|County summary|see /i);
    expect(content.qrNote).toMatch(/QR code/);
    const zh = exportContent(input({ t: translator('zh-CN'), locale: 'zh-CN' }));
    expect([...zh.footerLines, ...zh.legend.notes].join('\n')).not.toMatch(/见|右侧|全县汇总|交互地图/);
  });

  it('states a region’s totals in its summary box, the shared camp once, the county-wide apart', () => {
    const data = loadAppData();
    const totals = regionTotals(data, townshipMetrics(data), ['530326102', '530326107']);
    const box = exportContent(
      input({
        t: translator('zh-CN'),
        locale: 'zh-CN',
        region: { name: null, totals, apart: notAttributable(data) },
      }),
    ).summary!;
    const t = translator('zh-CN');
    expect(box.heading).toBe(t('export.summaryHeading', { name: t('region.custom', { n: 2 }) }));
    expect(box.rows.find((r) => r.label === t('metric.aid'))!.value).toBe('22.4 万元 ※');
    expect(box.rows.find((r) => r.label === t('metric.reached'))!.value).toBe('20 ※');
    expect(box.notes[0]).toBe(t('export.summaryShared'));
    const { county } = notAttributable(data);
    expect(box.notes[1]).toBe(
      t('export.summaryApart', { n: county.activities, amount: formatAmountWan(county.aidWan, 'zh-CN') }),
    );
    expect(box.notes).toHaveLength(2);
    expect(exportContent(input()).summary).toBeNull();
  });

  it('states a selected township’s figures as its panel does (keyFigures of townshipMetrics)', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data).get('530326102')!;
    const figures = keyFigures(metrics);
    expect(figures.length).toBeGreaterThan(0);
    const t = translator('zh-CN');
    const content = exportContent(
      input({
        t,
        locale: 'zh-CN',
        township: { name: '娜姑镇', activityCount: metrics.activityCount, figures },
      }),
    );
    const box = content.summary!;
    expect(box.heading).toBe(t('export.townshipHeading', { name: '娜姑镇', n: metrics.activityCount }));
    expect(content.summaryOption).toBe(t('export.figures'));
    expect(box.rows.map((r) => r.label)).toEqual(figures.map((f) => t(`metric.${f.metric}`)));
    for (const f of figures) {
      const row = box.rows.find((r) => r.label === t(`metric.${f.metric}`))!;
      const written =
        f.metric === 'aid'
          ? formatAmountWan(f.value, 'zh-CN')
          : `${formatNumber(f.value, 'zh-CN')} ${t(`metric.unit.${f.metric}`)}`;
      expect(row.value).toBe(f.includesShared ? `${written} ※` : written);
    }
    // The camp shared with 大井镇 is marked, and the picture says what the mark means.
    expect(box.rows.some((r) => r.value.endsWith('※'))).toBe(true);
    expect(box.notes).toEqual([t('export.sharedNote')]);
  });

  it('passes the locator through, none for the county', () => {
    expect(exportContent(input()).locator).toBeNull();
    const locator = {
      county: { type: 'Polygon' as const, coordinates: [] },
      townships: [],
      highlight: [],
      label: 'x',
    };
    expect(exportContent(input({ locator })).locator).toBe(locator);
  });
});
