import { describe, expect, it } from 'vitest';
import type { Choropleth } from '../../../src/choropleth/choropleth';
import { bundledSources } from '../../../src/data/appData';
import type { Source } from '../../../src/data/schema';
import { exportContent, type ContentInput } from '../../../src/export/exportContent';
import { translator } from '../../../src/i18n/translate';
import { loadAppData } from '../../../src/data/appData';
import { townshipMetrics } from '../../../src/data/metrics';
import { notAttributable, regionTotals } from '../../../src/data/regionTotals';

const report = bundledSources().get('src-zhujiang-baoshan-huize')!;
const invented: Source = {
  ...report,
  id: 'src-invented',
  name_zh: '测试网：虚构的图书捐赠',
  name_en: 'Test Net: an invented gift',
  published: { year: 2019, month: 3, day: null },
  published_note: null,
};

const input = (extra: Partial<ContentInput> = {}): ContentInput => ({
  t: translator('en'),
  locale: 'en',
  metric: 'activities',
  method: null,
  choropleth: { legend: [] } as unknown as Choropleth,
  orgName: (id) => id,
  filtered: false,
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
  it('gives the subtitle the years of what is shown', () => {
    expect(exportContent(input()).subtitle).toBe(
      'Baoshan District, Shanghai — Huize County, Yunnan, 2017–2019',
    );
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
      'Source: Zhujiang Net report (correspondent Li Shunjin); events of 2017–2018; no publication date given.',
      'Source: Test Net: an invented gift; events of 2019; published 2019-03.',
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
    expect(box.heading).toBe('区域合计：2 个乡镇');
    expect(box.rows.find((r) => r.label === '落到乡镇的帮扶金额')!.value).toBe('22.4 万元 ※');
    expect(box.rows.find((r) => r.label === '受益人数')!.value).toBe('20 ※');
    expect(box.notes.join('')).toContain('只计一次');
    expect(box.notes.join('')).toContain('不属于任何乡镇');
    expect(exportContent(input()).summary).toBeNull();
  });
});
