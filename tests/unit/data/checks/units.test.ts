/**
 * Units as data (issue 23): a count's unit is a built-in one or one units.json (the workbook's units sheet)
 * adds with its labels; an unknown one is an error that names the choices; an added unit may not rename a
 * built-in one or come twice.
 */
import { describe, expect, it } from 'vitest';
import { checkUnits } from '../../../../src/data/checks/units';
import { indexDataset } from '../../../../src/data/checks';
import { BUILTIN_UNITS, type Unit } from '../../../../src/data/schema';
import { unitText } from '../../../../src/i18n/units';
import { messages } from '../../../../src/i18n/messages';
import { checkTable, goodContext, goodData, record } from './fixture';

const books: Unit = { id: 'books', label_zh: '册', label_en: 'books', label_en_one: 'book' };
const trees: Unit = { id: 'trees', label_zh: '棵', label_en: 'trees', label_en_one: 'tree' };

describe('checkUnits', () => {
  checkTable(checkUnits, [
    {
      name: 'a count in a unit no one defined',
      breakIt: (d) => (record(d.activities, 'act-zhemi').counts[0]!.unit = 'books'),
      code: 'unknown-unit',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'counts.0.unit' },
    },
    {
      name: 'an added unit that renames a built-in one',
      breakIt: (d) => (d.units = [{ ...books, id: 'people' }]),
      code: 'unit-builtin',
      at: { file: 'units.json', id: 'people', field: 'id' },
    },
    {
      name: 'an added unit listed twice',
      breakIt: (d) => (d.units = [books, { ...books, label_zh: '本' }]),
      code: 'duplicate-id',
      at: { file: 'units.json', id: 'books', field: 'id' },
    },
  ]);

  it.each([books, trees])('accepts a count in $id ($label_zh) once the unit is added', (unit) => {
    const d = goodData();
    d.units = [unit];
    record(d.activities, 'act-zhemi').counts[0]!.unit = unit.id;
    expect(checkUnits(indexDataset(d), goodContext())).toEqual([]);
  });

  it('names every choice, the built-in and the added ones, for an unknown unit', () => {
    const d = goodData();
    d.units = [books];
    record(d.activities, 'act-zhemi').counts[0]!.unit = 'tonnes';
    const [e] = checkUnits(indexDataset(d), goodContext());
    for (const u of [...BUILTIN_UNITS, 'books']) expect(e!.vars!.choices).toContain(u);
    expect(e!.message).toContain('"tonnes"');
  });

  it.each([
    { unit: 'books', n: 1, locale: 'en', text: 'book' },
    { unit: 'books', n: 800, locale: 'en', text: 'books' },
    { unit: 'books', n: 800, locale: 'zh-CN', text: '册' },
    { unit: 'trees', n: 1, locale: 'zh-CN', text: '棵' },
  ] as const)('writes $n $unit in $locale with the unit’s own label', ({ unit, n, locale, text }) => {
    expect(unitText(locale, unit, n, new Map([books, trees].map((u) => [u.id, u])))).toBe(text);
  });

  it.each(BUILTIN_UNITS)('keeps the dictionary’s words for the built-in unit %s', (unit) => {
    expect(unitText('zh-CN', unit, 2)).toBe(messages['zh-CN'][`unit.${unit}`]);
    expect(unitText('en', unit, 2)).toBe(messages.en[`unit.${unit}`]);
  });
});
