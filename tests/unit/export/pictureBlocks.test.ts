/**
 * The export dialog's picture is a page of the one page model (src/page/blocks.ts) drawn by the canvas
 * renderer of blocks: what the page says for a township and a region, where the renderer puts each block,
 * and that what is drawn comes from the blocks (change a block, the drawing changes).
 */
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../src/data/appData';
import { townshipMetrics } from '../../../src/data/metrics';
import { notAttributable, regionTotals } from '../../../src/data/regionTotals';
import type { Choropleth } from '../../../src/choropleth/choropleth';
import { drawPicture, overlayOrder, pictureParts } from '../../../src/export/blockCanvas';
import type { ExportContent } from '../../../src/export/compose';
import { exportContent, type ContentInput } from '../../../src/export/exportContent';
import { exportLayout } from '../../../src/export/layout';
import { describePicture } from '../../../src/export/pictureBlocks';
import type { ExportSize } from '../../../src/export/presets';
import type { PolygonGeometry } from '../../../src/geo/locator';
import { translator } from '../../../src/i18n/translate';
import type { LegendBlock, Section, TableBlock, TextBlock } from '../../../src/page/blocks';
import { keyFigures } from '../../../src/panels/detail/panelModel';

const t = translator('zh-CN');
const data = loadAppData();
const metrics = townshipMetrics(data);
const report = [...data.sources.values()][0]!;
const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [103, 26],
      [104, 26],
      [104, 27],
      [103, 26],
    ],
  ],
};
const locator = { county: square, townships: [], highlight: [square], label: '位置' };
const choropleth = {
  legend: [
    { kind: 'class', colour: '#111111', lower: 1, upper: 2, count: 3 },
    { kind: 'none', colour: '#dddddd', count: 1 },
  ],
  fills: new Map([['530326102', '#111111']]),
} as unknown as Choropleth;

const base: ContentInput = {
  t,
  locale: 'zh-CN',
  metric: 'activities',
  method: null,
  choropleth,
  orgName: (id) => id,
  filters: null,
  subject: null,
  title: '会泽县',
  schematic: true,
  years: [2017, 2019],
  sources: [{ source: report, years: [2017, 2019] }],
  attributions: [],
  date: '2026-01-01',
  fontFamily: 'sans-serif',
};
const township = metrics.get('530326102')!;
const cases: [string, Partial<ContentInput>][] = [
  [
    'a township',
    {
      subject: '娜姑镇',
      title: '会泽县 · 娜姑镇',
      township: { name: '娜姑镇', activityCount: township.activityCount, figures: keyFigures(township) },
    },
  ],
  [
    'a region',
    {
      subject: '北部',
      title: '会泽县 · 北部',
      counted: ['530326102', '530326107'],
      region: {
        name: '北部',
        totals: regionTotals(data, metrics, ['530326102', '530326107']),
        apart: notAttributable(data),
      },
    },
  ],
];

/** The picture's content once the map is captured: a scale, a bearing, the symbols the map shows. */
function captured(extra: Partial<ContentInput>): ExportContent {
  const words = exportContent({ ...base, ...extra });
  return {
    ...words,
    legendCorner: 'bottom-left',
    locator,
    footerLines: words.footerLines,
    scaleBar: { metres: 5000, width: 80, label: '5 km' },
    bearing: 0,
    qr: null,
    shownSymbols: [
      { kind: 'school', hollow: false },
      { kind: 'school', hollow: true },
    ],
  };
}

describe('the picture described as a page of blocks', () => {
  it.each(cases)('%s: heading, subtitle, map view, legend, figures, notes with the sources', (_n, extra) => {
    const content = captured(extra);
    const page = describePicture(content);
    expect(page.blocks.map((b) => b.kind)).toEqual(['heading', 'text', 'mapView', 'legend', 'table', 'text']);
    expect(page.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: content.title });
    const legend = page.blocks[3] as LegendBlock;
    expect(legend.heading).toBe(t('metric.activities'));
    expect(legend.rows.map((r) => r.label)).toEqual(content.legend.rows.map((r) => r.label));
    expect(legend.rows.map((r) => r.hatch)).toEqual([false, true]);
    // Each kind the map shows once, then the hollow symbol's meaning.
    expect(legend.sites!.entries.map((e) => e.label)).toEqual([t('site.school'), t('legend.approximate')]);
    const table = page.blocks[4] as TableBlock;
    expect(table.caption).toBe(content.summary!.heading);
    expect(table.notes).toEqual(content.summary!.notes);
    expect(table.notes!.length).toBeGreaterThan(0);
    const notes = page.blocks[5] as TextBlock;
    expect(notes.small).toBe(true);
    const lines = notes.paragraphs.map((p) => p.runs.map((r) => ('text' in r ? r.text : '')).join(''));
    expect(lines[0]).toContain(report.name_zh);
    expect(page.furniture.schematicNote).toBe(t('map.schematicNote'));
  });

  it.each(cases)('%s: the renderer reads back every block as the picture states it', (_n, extra) => {
    const content = captured(extra);
    const parts = pictureParts(describePicture(content));
    expect(parts.title).toBe(content.title);
    expect(parts.subtitle).toBe(content.subtitle);
    expect(parts.summary).toEqual(content.summary);
    expect(parts.footer).toEqual(content.footerLines);
    expect(parts.schematicNote).toBe(content.schematicNote);
    expect(parts.view.locator).toBe(locator);
  });

  it('has no place for a block a picture does not hold, and needs its map view', () => {
    const page = describePicture(captured(cases[0]![1]));
    const list = { kind: 'list' as const, style: 'plain' as const, items: [], footnotes: [] };
    expect(() => pictureParts({ ...page, blocks: [...page.blocks, list] })).toThrow(/list/);
    expect(() =>
      pictureParts({ ...page, blocks: page.blocks.filter((b) => b.kind !== 'mapView') }),
    ).toThrow();
  });
});

describe('where the canvas renderer puts the keys over the map', () => {
  const page = describePicture(captured(cases[1]![1]));
  it.each([
    [
      'bottom-left',
      [
        ['schematic-note', 'top-left'],
        ['north-arrow', 'top-right'],
        ['locator', 'top-right'],
        ['legend', 'bottom-left'],
        ['summary', 'bottom-right'],
        ['scale-bar', 'bottom-right'],
      ],
    ],
    [
      'top-left',
      [
        ['schematic-note', 'top-left'],
        ['north-arrow', 'top-right'],
        ['locator', 'bottom-left'],
        ['legend', 'top-left'],
        ['summary', 'top-right'],
        ['scale-bar', 'bottom-right'],
      ],
    ],
  ] as const)('legend %s', (corner, expected) => {
    const view = page.blocks.find((b) => b.kind === 'mapView')!;
    const blocks = page.blocks.map((b) => (b === view ? { ...view, legendCorner: corner } : b));
    const order = overlayOrder(pictureParts({ ...page, blocks }));
    expect(order.map((o) => [o.kind, o.corner])).toEqual(expected);
  });

  it('leaves out what the page does not hold (the county: no locator, summary, note or scale)', () => {
    const content = { ...captured({}), locator: null, scaleBar: null, summary: null, schematicNote: null };
    expect(overlayOrder(pictureParts(describePicture(content))).map((o) => o.kind)).toEqual([
      'north-arrow',
      'legend',
    ]);
  });
});

/** A 2D context that draws nothing: text is half its size wide per character; every other call is kept. */
function recordingContext() {
  const texts: string[] = [];
  let font = '10px';
  const ctx = new Proxy({} as Record<string, unknown>, {
    get(target, key) {
      if (key === 'measureText')
        return (s: string) => ({ width: s.length * parseFloat(/(\d+(\.\d+)?)px/.exec(font)![1]!) * 0.5 });
      if (key === 'fillText') return (s: string) => texts.push(s);
      if (key === 'font') return font;
      if (typeof key === 'string' && key in target) return target[key];
      return () => undefined;
    },
    set(target, key, value) {
      if (key === 'font') font = value as string;
      else target[key as string] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

describe('the canvas renderer of blocks', () => {
  const size: ExportSize = {
    width: 1200,
    height: 900,
    pixelRatio: 1,
    pixelWidth: 1200,
    pixelHeight: 900,
    label: '',
    dpi: 96,
  };
  const layout = exportLayout(1200, 900, { footerLines: 2, qr: false });
  const draw = (page: Section) => {
    const { ctx, texts } = recordingContext();
    return { drawn: drawPicture(ctx, size, layout, {} as CanvasImageSource, page, 'sans-serif'), texts };
  };
  // No site symbols: drawing their icons needs a real canvas.
  const content = { ...captured(cases[1]![1]), shownSymbols: [] };
  const page = describePicture(content);

  it('draws every block of the page, each where it is recorded', () => {
    const { drawn, texts } = draw(page);
    expect(drawn.map((d) => d.kind)).toEqual([
      'map',
      'title',
      'subtitle',
      'schematic-note',
      'north-arrow',
      'locator',
      'legend',
      'summary',
      'scale-bar',
      'footer',
    ]);
    for (const text of [content.title, content.subtitle, ...content.footerLines, content.summary!.heading]) {
      expect(texts).toContain(text);
    }
    for (const d of drawn.filter((d) => d.kind !== 'map')) {
      const inside =
        d.x >= 0 && d.y >= 0 && d.x + d.width <= size.pixelWidth && d.y + d.height <= size.pixelHeight;
      expect(inside, `${d.kind} inside the picture`).toBe(true);
    }
  });

  it('draws what the blocks say, not what the content said (a block changed, the picture changes)', () => {
    const blocks = page.blocks.map((b) =>
      b.kind === 'heading'
        ? { ...b, text: 'A' }
        : b.kind === 'legend'
          ? { ...b, heading: 'B', notes: ['C'] }
          : b,
    );
    const { drawn, texts } = draw({ ...page, blocks });
    expect(drawn.find((d) => d.kind === 'title')!.text).toBe('A');
    expect(drawn.find((d) => d.kind === 'legend')!.text!.split('\n')).toEqual(
      expect.arrayContaining(['B', 'C']),
    );
    expect(texts).not.toContain(content.title);
  });
});
