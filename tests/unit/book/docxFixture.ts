/**
 * A small briefing book for the Word renderer's tests: a cover with the county map, legend and sources, the
 * contents, and one township with its brief (footnoted figures), figures table and activities. The words are
 * the tests' own; the renderer must carry each of them into the file unchanged.
 */
import { PNG } from 'pngjs';
import type { BookDocument, MapPicture, MapRequest, Section } from '../../../src/book/blocks';

const request = (alt: string, widthMm: number, heightMm: number, code?: string): MapRequest => ({
  subject: code ? { kind: 'township', code } : { kind: 'county' },
  bounds: [103.0, 25.9, 103.8, 26.7],
  metric: 'aid',
  widthMm,
  heightMm,
  dpi: 300,
  show: {
    focus: code ? [code] : [],
    dimOthers: !!code,
    townshipNames: true,
    sites: true,
    scaleBar: true,
    northArrow: true,
  },
  alt,
});

const furniture = (header: string, pageNumber: string | null, continued?: string): Section['furniture'] => ({
  header,
  ...(continued ? { continued } : {}),
  pageNumber,
  schematicNote: '乡镇边界为示意 · Township boundaries are schematic',
});

export const countyMap = request('会泽县地图：按资金着色', 180, 150);
export const townshipMap = request('娜姑镇地图，邻近乡镇淡显', 180, 400, '530326103000');

export const book: BookDocument = {
  title: '会泽县帮扶地图 · 简报',
  language: 'zh-CN',
  date: '2026-01-02',
  page: { widthMm: 210, heightMm: 297, marginMm: 18 },
  sections: [
    {
      id: 'cover',
      kind: 'cover',
      furniture: furniture('会泽县帮扶地图', null),
      blocks: [
        { kind: 'heading', level: 1, text: '会泽县帮扶地图 · 简报' },
        { kind: 'map', request: countyMap, caption: '图 1　会泽县，按资金' },
        {
          kind: 'legend',
          heading: '资金',
          method: '自然断点',
          rows: [
            { colour: '#08306b', label: '20 万元以上', count: 2, hatch: false },
            { colour: '#eeeeee', label: '报道无记录', count: 17, hatch: true },
          ],
          notes: ['※ 共享金额只计一次'],
        },
        {
          kind: 'list',
          style: 'plain',
          items: [{ runs: [{ text: '珠江网：宝山会泽携手（2019-03）' }] }],
          footnotes: [],
        },
      ],
    },
    {
      id: 'contents',
      kind: 'contents',
      furniture: furniture('会泽县帮扶地图 · 目录', '第 {n} 页 / 共 {total} 页'),
      blocks: [
        { kind: 'heading', level: 1, text: '目录' },
        { kind: 'contents', entries: [{ section: '530326103000', text: '娜姑镇', level: 1 }] },
      ],
    },
    {
      id: '530326103000',
      kind: 'township',
      furniture: furniture(
        '会泽县帮扶地图 · 娜姑镇',
        '第 {n} 页 / 共 {total} 页',
        '会泽县帮扶地图 · 娜姑镇（续）',
      ),
      blocks: [
        { kind: 'heading', level: 1, text: '娜姑镇' },
        { kind: 'map', request: townshipMap },
        {
          kind: 'text',
          paragraphs: [
            {
              runs: [
                { text: '宝山区在娜姑镇援建白雾村道路，投入' },
                { text: '22.4 万元', emphasis: 'strong' },
                { ref: 1 },
                { text: '，受益群众 1200 人' },
                { ref: 2 },
                { text: '。' },
              ],
            },
            { runs: [{ text: '报道未给出派驻人数。', emphasis: 'muted' }] },
          ],
          footnotes: [
            { n: 1, text: '珠江网，导语，“投入22.4万元”' },
            { n: 2, text: '珠江网，二、产业帮扶，“受益群众1200人”' },
          ],
        },
        {
          kind: 'text',
          small: true,
          paragraphs: [{ runs: [{ text: '※ 与大海乡共享，只计一次' }] }],
          footnotes: [],
        },
        {
          kind: 'table',
          caption: '娜姑镇的数字',
          columns: [
            { label: '指标', align: 'start', weight: 2 },
            { label: '数值', align: 'end' },
          ],
          rows: [
            [[{ text: '资金' }], [{ text: '22.4 万元' }, { ref: 1 }]],
            [[{ text: '受益人' }], [{ text: '1,200 人' }, { ref: 1 }]],
          ],
          footnotes: [{ n: 1, text: '珠江网，导语，“投入22.4万元”' }],
        },
        {
          kind: 'list',
          style: 'bullet',
          items: [
            {
              runs: [{ text: '白雾村道路硬化' }],
              detail: [{ text: '珠江网 · 导语' }, { ref: 3 }],
            },
          ],
          footnotes: [{ n: 3, text: '珠江网，导语，“白雾村道路硬化”' }],
        },
      ],
    },
  ],
};

/** An opaque PNG of one flat grey, so each picture's bytes can be told apart in the file. */
export function picture(widthPx: number, heightPx: number, shade: number): MapPicture {
  const png = new PNG({ width: widthPx, height: heightPx });
  png.data.fill(shade);
  for (let i = 3; i < png.data.length; i += 4) png.data[i] = 255;
  return { png: new Uint8Array(PNG.sync.write(png)), widthPx, heightPx, dpi: 300 };
}
