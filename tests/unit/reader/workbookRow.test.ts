/**
 * The copied workbook row against the workbook's own columns: pasted as Excel splits a tab-separated
 * paste, it is one row of exactly the `activities` sheet's columns, and the sheet's own reader (the desk's
 * and data:import-sheet's fromRow) reads the citation, places and date back from it.
 */
import { describe, expect, it } from 'vitest';
import { citeSelection } from '../../../src/reader/cite';
import { layoutReport } from '../../../src/reader/layout';
import { activityRow, citationCells, tsvField, tsvRow } from '../../../src/reader/workbookRow';
import { SHEETS } from '../../../src/sheet/columns';
import { fromRow, townshipNames } from '../../../src/sheet/flatten';
import { places, SOURCE } from '../data/fixtures';

/** Splits a paste as a spreadsheet does: tabs between cells, quoted cells may hold tabs, line ends, quotes. */
function pasteCells(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t' || ch === '\n') {
      rows.at(-1)!.push(cell);
      cell = '';
      if (ch === '\n') rows.push([]);
    } else cell += ch;
  }
  rows.at(-1)!.push(cell);
  return rows;
}

const headers = SHEETS.activities.map((c) => c.header);
const text = ['导语，一句。', '社会帮扶', '2018年3月，上海某学院组织大井镇、娜姑镇共20名小学生赴上海。'].join(
  '\n',
);
const layout = layoutReport(text);
const card = (words: string) => {
  const start = text.indexOf(words);
  return citeSelection(layout, SOURCE, { start, end: start + words.length }, places(), []);
};

describe('the workbook row', () => {
  const c = card('2018年3月，上海某学院组织大井镇、娜姑镇共20名小学生');
  const rows = pasteCells(activityRow(headers, c));

  it('pastes as one row with one cell per column of the activities sheet', () => {
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(headers.length);
  });

  it('is read back by the sheet reader: citation, the Huize places named, the date the words give', () => {
    const { record, errors } = fromRow(rows[0]!, SHEETS.activities, townshipNames({ places: places() }), {
      sheet: 'activities',
      row: 2,
    });
    expect(record.citation).toEqual(c.citation);
    expect(record.places).toEqual(['530326107', '530326102']);
    expect(record.date).toEqual({ year: 2018, month: 3, relation: 'in' });
    const filled = [
      'citation.source',
      'citation.section',
      'citation.phrase',
      'places',
      'date.year',
      'date.month',
    ];
    expect(errors.filter((e) => filled.includes(e.column))).toEqual([]);
  });

  it('is empty for a refused selection', () => {
    expect(activityRow(headers, card('社会帮扶'))).toBe('');
  });
});

describe('tab-separated cells', () => {
  const rows: [string, string][] = [
    ['plain', 'plain'],
    ['两行\n文字', '"两行\n文字"'],
    ['a\tb', '"a\tb"'],
    ['他说“好”和"好"', '"他说“好”和""好"""'],
    ['=1+1', "'=1+1"],
    ['-5', "'-5"],
  ];
  it.each(rows)('%j → %j', (cell, field) => expect(tsvField(cell)).toBe(field));

  it("copies the citation as the workbook's three citation columns, in their order", () => {
    const i = headers.indexOf('citation.source');
    expect(headers.slice(i, i + 3)).toEqual(['citation.source', 'citation.section', 'citation.phrase']);
    const cells = citationCells({ source: SOURCE, section: '社会帮扶', phrase: '共20名\t小学生' });
    expect(pasteCells(tsvRow(cells))).toEqual([[SOURCE, '社会帮扶', '共20名\t小学生']]);
  });
});
