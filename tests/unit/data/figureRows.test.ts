/**
 * figureRows carries what a reader needs beside the ids (issue 26 item 9): the source's names and, for an
 * "of which" part, the title of the record its whole belongs to and what that whole counts, both languages.
 */
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../src/data/appData';
import { figureRows, type FigureRow } from '../../../src/data/figureRows';

const data = loadAppData();
const rows = figureRows(data, [...data.activities.values()]);
const count = (activityId: string, key: string) =>
  data.activities.get(activityId)!.counts.find((c) => c.key === key)!;
/** The row of a record's count (amounts come first, then counts, in the record's order). */
function rowOf(activityId: string, key: string): FigureRow {
  const a = data.activities.get(activityId)!;
  return rows.filter((r) => r.activityId === activityId)[
    a.amounts.length + a.counts.indexOf(count(activityId, key))
  ]!;
}

const parts: { activityId: string; key: string; whole: [string, string] }[] = [
  { activityId: 'act-funding-reach', key: 'poor-people', whole: ['act-funding-reach', 'people'] },
  { activityId: 'act-funding-reach', key: 'poor-households', whole: ['act-funding-reach', 'households'] },
  {
    activityId: 'act-labour-to-other-provinces',
    key: 'poor-workers',
    whole: ['act-labour-to-other-provinces', 'workers'],
  },
];

describe('figureRows: names beside the ids', () => {
  it.each(parts)('$activityId#$key names its whole $whole', ({ activityId, key, whole }) => {
    const [wholeId, wholeKey] = whole;
    const record = data.activities.get(wholeId)!;
    const row = rowOf(activityId, key);
    expect(row.partOf).toBe(`${wholeId}#${wholeKey}`);
    expect(row.whole).toEqual({
      titleZh: record.title_zh,
      titleEn: record.title_en,
      whatZh: count(wholeId, wholeKey).what_zh,
      whatEn: count(wholeId, wholeKey).what_en,
    });
  });

  it('a figure that is no part has no whole', () => {
    expect(rowOf('act-funding-reach', 'people').whole).toBeNull();
  });

  it('every row names its source in both languages from the source’s own fields', () => {
    for (const row of rows) {
      const source = data.sources.get(row.source)!;
      expect([row.sourceZh, row.sourceEn]).toEqual([source.name_zh, source.name_en]);
    }
  });
});
