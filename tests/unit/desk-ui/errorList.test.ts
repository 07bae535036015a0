import { describe, expect, it } from 'vitest';
import type { DeskError } from '../../../src/desk/open';
import { cellName, firstErrors, groupBySheet, onlySheet } from '../../../src/desk-ui/errorList';

const error = (sheet: string, row: number, columnLetter = '', rule = 'r'): DeskError => ({
  sheet,
  row,
  column: columnLetter ? `col-${columnLetter}` : '',
  columnLetter,
  rule,
  message: `${sheet} ${row}`,
  key: 'k',
  vars: {},
});

const errors = [
  error('activities', 12, 'Q'),
  error('activities', 51, 'Q'),
  error('places', 3, 'C'),
  error('activities', 60, 'B'),
  error('', 0),
];

describe('groupBySheet', () => {
  it('groups by sheet in the order the sheets first appear, each keeping its errors in order', () => {
    const groups = groupBySheet(errors);
    expect(groups.map((g) => [g.sheet, g.errors.map((e) => e.row)])).toEqual([
      ['activities', [12, 51, 60]],
      ['places', [3]],
      ['', [0]],
    ]);
  });

  it('gives nothing for nothing', () => expect(groupBySheet([])).toEqual([]));
});

describe('onlySheet', () => {
  const groups = groupBySheet(errors);
  it.each([
    { sheet: null, expected: ['activities', 'places', ''] },
    { sheet: 'places', expected: ['places'] },
    { sheet: '', expected: [''] },
    // a filter left over from an earlier list names no sheet of this one: everything, not an empty list
    { sheet: 'people', expected: ['activities', 'places', ''] },
  ])('$sheet → $expected', ({ sheet, expected }) => {
    expect(onlySheet(groups, sheet).map((g) => g.sheet)).toEqual(expected);
  });
});

describe('firstErrors', () => {
  const groups = groupBySheet(errors);
  it.each([
    { limit: 10, rows: [[12, 51, 60], [3], [0]], hidden: 0 },
    { limit: 2, rows: [[12, 51]], hidden: 3 },
    { limit: 4, rows: [[12, 51, 60], [3]], hidden: 1 },
    { limit: 0, rows: [], hidden: 5 },
  ])('limit $limit', ({ limit, rows, hidden }) => {
    const shown = firstErrors(groups, limit);
    expect(shown.groups.map((g) => g.errors.map((e) => e.row))).toEqual(rows);
    expect(shown.hidden).toBe(hidden);
  });

  it('keeps the full count of a group cut short, for its heading', () => {
    expect(firstErrors(groups, 2).groups[0]!.count).toBe(3);
  });

  it('pages through hundreds of errors', () => {
    const many = Array.from({ length: 450 }, (_, i) => error(i % 3 ? 'activities' : 'amounts', i + 2, 'D'));
    const shown = firstErrors(groupBySheet(many), 200);
    expect(shown.groups.reduce((n, g) => n + g.errors.length, 0)).toBe(200);
    expect(shown.hidden).toBe(250);
    expect(shown.groups.map((g) => g.count)).toEqual([150, 300]);
  });
});

describe('cellName', () => {
  it.each([
    { row: 51, columnLetter: 'Q', expected: 'Q51' },
    { row: 7, columnLetter: 'AB', expected: 'AB7' },
    { row: 0, columnLetter: 'C', expected: 'C' },
    { row: 9, columnLetter: '', expected: '9' },
    { row: 0, columnLetter: '', expected: '' },
  ])('row $row, column $columnLetter → $expected', ({ row, columnLetter, expected }) => {
    expect(cellName({ row, columnLetter })).toBe(expected);
  });
});
