/**
 * The reader's list of what is not on the map yet against check:data's rule: the same figures at the same
 * offsets as the check report-figure-missing, on the fixture with records broken one at a time and on a
 * second source that no record cites yet (the desk's to-do list).
 */
import { describe, expect, it } from 'vitest';
import { checkReportCoverage } from '../../../src/data/checks/reportCoverage';
import { indexDataset } from '../../../src/data/checks/types';
import type { ParsedDataset } from '../../../src/data/files';
import { joinData } from '../../../src/data/join';
import { layoutReport } from '../../../src/reader/layout';
import { asParsed, uncoveredList } from '../../../src/reader/uncovered';
import { goodContext } from '../data/checks/fixture';
import { dataset, OTHER_SOURCE, OTHER_TEXT, REPORT_TEXT, SOURCE } from '../data/fixtures';

/** The check's errors as (source, offset) pairs. */
const checkSays = (data: ParsedDataset) =>
  checkReportCoverage(indexDataset(data), goodContext()).map(
    (e) => `${e.id}@${e.field.replace('text@', '')}`,
  );
const readerSays = (data: ParsedDataset) =>
  [
    [SOURCE, REPORT_TEXT],
    [OTHER_SOURCE, OTHER_TEXT],
  ].flatMap(([id, text]) => uncoveredList(layoutReport(text!), data, id!).map((u) => `${id}@${u.start}`));

describe('uncoveredList, against the check report-figure-missing', () => {
  const breaks: [string, (d: ParsedDataset) => void][] = [
    ['nothing broken', () => {}],
    ['a record dropped', (d) => d.activities.splice(1, 1)],
    ['every count dropped', (d) => d.activities.forEach((a) => (a.counts = []))],
    ['every date dropped', (d) => d.activities.forEach((a) => (a.date = null))],
    ['no record at all', (d) => d.activities.splice(0)],
  ];
  it.each(breaks)('%s: the reader lists exactly what the check reports', (name, breakIt) => {
    const d = structuredClone(dataset()) as ParsedDataset;
    breakIt(d);
    expect(readerSays(d)).toEqual(checkSays(d));
    // Each break does leave figures off the map, so the equality above is not between two empty lists.
    expect(checkSays(d).length > 0).toBe(name !== 'nothing broken');
  });

  it('lists the figures of a source no record cites yet, with their words around them', () => {
    const text = ['虚构报讯', '2019年3月，某公司向娜姑镇捐赠图书300册、书架12个，价值4.5万元。'].join('\n');
    const list = uncoveredList(layoutReport(text), dataset() as ParsedDataset, 'src-new');
    expect(list.map((u) => u.digits)).toEqual(['2019', '3', '300', '12', '4.5']);
    for (const u of list) expect(text.slice(u.start, u.end)).toBe(u.digits);
    const books = list.find((u) => u.digits === '300')!;
    expect(books.context.before.endsWith('捐赠图书')).toBe(true);
    expect(books.context.after.startsWith('册')).toBe(true);
  });

  it('reads the joined data the app holds as the checks read the files', () => {
    const d = dataset() as ParsedDataset;
    const parsed = asParsed(joinData(d));
    for (const key of ['sources', 'places', 'activities', 'pairings', 'people'] as const)
      expect(parsed[key]).toEqual(d[key]);
  });
});
