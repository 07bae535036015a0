import { describe, expect, it } from 'vitest';
import {
  checkTextFields,
  CONTROL_CHARACTER,
  TEXT_LIMIT_DEFAULT,
  TEXT_LIMITS,
} from '../../../../src/data/checks/textFields';
import { indexDataset } from '../../../../src/data/checks';
import { checkTable, goodContext, goodData, record } from './fixture';

const act = (field: string) => ({ file: 'activities.json' as const, id: 'act-camp', field });

describe('checkTextFields', () => {
  checkTable(checkTextFields, [
    {
      name: 'a 100,000-character title',
      breakIt: (d) => (record(d.activities, 'act-camp').title_en = 'x'.repeat(100_000)),
      code: 'text-too-long',
      at: act('title_en'),
    },
    {
      name: 'a note longer than notes may be',
      breakIt: (d) => (record(d.activities, 'act-camp').notes = ['n'.repeat(TEXT_LIMITS.notes! + 1)]),
      code: 'text-too-long',
      at: act('notes.0'),
    },
    {
      name: 'a NUL in a name',
      breakIt: (d) => (record(d.organisations, 'org-jia').name_en = 'Jia\u0000 Co.'),
      code: 'text-control-character',
      at: { file: 'organisations.json', id: 'org-jia', field: 'name_en' },
    },
    {
      name: 'a right-to-left override (U+202E) in a title',
      breakIt: (d) => (record(d.activities, 'act-camp').title_zh = '夏令营\u202e营令夏'),
      code: 'text-control-character',
      at: act('title_zh'),
    },
    {
      name: 'a line break inside a list item',
      breakIt: (d) => (record(d.places, 'place-zhemi-school').notes = ['one\ntwo']),
      code: 'text-control-character',
      at: { file: 'places.json', id: 'place-zhemi-school', field: 'notes.0' },
    },
  ]);

  it('lets the good fixture through and names the code point', () => {
    expect(checkTextFields(indexDataset(goodData()), goodContext())).toEqual([]);
    const d = goodData();
    record(d.activities, 'act-camp').title_zh = `${'a'.repeat(TEXT_LIMIT_DEFAULT)}\u202e`;
    const messages = checkTextFields(indexDataset(d), goodContext()).map((e) => e.message);
    expect(messages.join('\n')).toContain('U+202E');
    expect(messages.join('\n')).toContain(`at most ${TEXT_LIMIT_DEFAULT}`);
    expect(CONTROL_CHARACTER.test('会泽县 2019年')).toBe(false);
  });
});
