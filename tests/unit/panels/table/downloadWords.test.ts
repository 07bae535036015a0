/**
 * Issue 26 item 9: every cell of the figure downloads a person reads is in their language; ids stay only in
 * columns named as ids; the workbook and the CSV write yes/no with the same words. Expected words come from
 * the dictionary by key and the data's own zh/en fields.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../src/domain';
import { loadAppData } from '../../../../src/data/appData';
import { parseCsv, toCsv } from '../../../../src/data/csv';
import { figureRows } from '../../../../src/data/figureRows';
import { translator, type Translate } from '../../../../src/i18n/translate';
import { cells, columnDictionary, figureColumns } from '../../../../src/panels/table/downloads';
import { workbook } from '../../../../src/panels/table/xlsx';

const data = loadAppData();
const all = [...data.activities.values()];
const at = (id: string) => figureColumns.findIndex((c) => c.id === id);
const table = (locale: Locale) => cells(figureColumns, figureRows(data, all), locale, false).slice(1);
/** The row of one figure: its record, and the count's key (or the record's first row). */
function rowOf(locale: Locale, activityId: string, countKey?: string) {
  const a = data.activities.get(activityId)!;
  const index = countKey === undefined ? 0 : a.amounts.length + a.counts.findIndex((c) => c.key === countKey);
  return table(locale).filter((r) => r[at('id')] === activityId)[index]!;
}
const source = data.sources.get('src-zhujiang-baoshan-huize')!;
const reach = data.activities.get('act-funding-reach')!;
const reachPeople = reach.counts.find((c) => c.key === 'people')!;

interface WordCase {
  name: string;
  activityId: string;
  countKey?: string;
  column: string;
  expected: (t: Translate, locale: Locale) => string;
}

const wordCases: WordCase[] = [
  {
    name: 'the source by its name',
    activityId: 'act-funding-reach',
    column: 'source',
    expected: (_t, locale) => (locale === 'zh-CN' ? source.name_zh : source.name_en),
  },
  {
    name: 'what a count counts',
    activityId: 'act-funding-reach',
    countKey: 'people',
    column: 'countedAs',
    expected: (t) => t('dl.counted.beneficiaries'),
  },
  {
    name: 'the kind of an amount',
    activityId: 'act-donation-summer-camp',
    column: 'countedAs',
    expected: (t) => t('dl.counted.sponsorship'),
  },
  {
    name: 'the opening paragraph as a section',
    activityId: 'act-designation-2017',
    column: 'section',
    expected: (t) => t('section.lead'),
  },
  {
    name: 'a heading of the report as a section',
    activityId: 'act-industry-crayfish-jiayan',
    column: 'section',
    expected: (t) => t('section.heading.industry'),
  },
  {
    name: 'an “of which” part by the title of its whole',
    activityId: 'act-funding-reach',
    countKey: 'poor-people',
    column: 'partOf',
    expected: (t, locale) =>
      locale === 'zh-CN'
        ? `${reach.title_zh}${t('sep.label')}${reachPeople.what_zh}`
        : `${reach.title_en}${t('sep.label')}${reachPeople.what_en}`,
  },
  {
    name: 'a part as not summable, in words',
    activityId: 'act-funding-reach',
    countKey: 'poor-people',
    column: 'summable',
    expected: (t) => t('dl.no'),
  },
  {
    name: 'a shared figure, in words',
    activityId: 'act-donation-summer-camp',
    column: 'shared',
    expected: (t) => t('dl.yes'),
  },
];

describe('figure download cells in the reader’s language', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const t = translator(locale);
    it.each(wordCases)(`${locale}: $name`, ({ activityId, countKey, column, expected }) => {
      expect(rowOf(locale, activityId, countKey)[at(column)]).toBe(expected(t, locale));
    });
  }

  it('keeps the ids a join needs in columns named as ids', () => {
    const part = rowOf('en', 'act-funding-reach', 'poor-people');
    expect(part[at('partOfId')]).toBe(reach.counts.find((c) => c.key === 'poor-people')!.part_of);
    expect(part[at('sourceId')]).toBe(reach.citation.source);
    expect(part[at('id')]).toBe(reach.id);
    const documented = columnDictionary('en').map((r) => r[1]);
    for (const id of ['id', 'codes', 'partOfId', 'sourceId'] as const) {
      expect(documented).toContain(translator('en')(`dl.col.${id}`));
    }
  });

  // The columns that hold ids (for joins), or the report's own Chinese words (quoted, or a Chinese name).
  const idColumns = new Set(['id', 'codes', 'partOfId', 'sourceId']);
  const chineseColumns = new Set(['titleZh', 'namesZh', 'asWritten', 'phrase']);
  // The data's record ids (act-…, src-…, org-…) and figure references (record#key).
  const idLike = /\b(?:act|src|org|place)-[a-z0-9-]+|#/;
  // Codes of the schema that are no words of a reader's: in Chinese every one of them is; in English only these.
  const codes = (locale: Locale) =>
    new Set([
      'lead',
      'caption',
      'beneficiaries',
      'sent-out',
      'in-kind-value',
      ...(locale === 'zh-CN'
        ? ['stationed', 'funds', 'sponsorship', 'events', 'items', 'area', 'units']
        : []),
    ]);
  // A gloss in brackets ("10,000 yuan (万元)", "townships (乡, 镇, 街道)") names the Chinese term on purpose.
  const han = (text: string) => /\p{Script=Han}/u.test(text.replace(/[(（][^)）]*[)）]/g, ''));

  it.each(['zh-CN', 'en'] as const)('%s: no id outside the id columns', (locale) => {
    const found = table(locale).flatMap((row) =>
      figureColumns
        .filter((c) => !idColumns.has(c.id))
        .map((c) => [c.id, row[at(c.id)]] as const)
        .filter(([, v]) => typeof v === 'string' && (idLike.test(v) || codes(locale).has(v))),
    );
    expect(found).toEqual([]);
  });

  it('en: no Chinese outside the columns that quote the report or give Chinese names', () => {
    const found = table('en').flatMap((row) =>
      figureColumns
        .filter((c) => !chineseColumns.has(c.id))
        .map((c) => [c.id, row[at(c.id)]] as const)
        .filter(([, v]) => typeof v === 'string' && han(v)),
    );
    expect(found).toEqual([]);
  });

  it('no boolean cell: the workbook and the CSV say yes and no with the same words', async () => {
    const zh = translator('zh-CN');
    const rows = cells(figureColumns, figureRows(data, all), 'zh-CN', false);
    expect(rows.flat().filter((c) => typeof c === 'boolean')).toEqual([]);
    const blob = await workbook([{ name: zh('dl.sheet.figures'), rows, headRows: 1 }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const csv = parseCsv(toCsv(rows));
    const words = ['dl.yes', 'dl.no'] as const;
    for (const id of ['summable', 'shared']) {
      const fromBook: unknown[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) fromBook.push(row.getCell(at(id) + 1).value ?? '');
      });
      const fromCsv = csv.slice(1).map((r) => r[at(id)]);
      expect(fromBook).toEqual(fromCsv);
      expect(new Set(fromCsv.filter((v) => v !== ''))).toEqual(new Set(words.map((k) => zh(k))));
    }
  });
});
