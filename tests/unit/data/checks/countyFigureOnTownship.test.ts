import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/data/checks';
import type { Place } from '../../../../src/data/schema';
import { checkCountyFigureOnTownship } from '../../../../src/data/checks/countyFigureOnTownship';
import { checkTable, goodContext, goodData, record } from './fixture';

describe('checkCountyFigureOnTownship', () => {
  checkTable(checkCountyFigureOnTownship, [
    {
      name: 'the county under scope "township"',
      breakIt: (d) => (record(d.activities, 'act-county-funds').scope = 'township'),
      code: 'county-figure-on-township',
      at: { file: 'activities.json', id: 'act-county-funds', field: 'places.0' },
    },
    {
      name: 'a county-wide figure moved to a township its citation does not name',
      breakIt: (d) => {
        const a = record(d.activities, 'act-county-funds');
        a.scope = 'township';
        a.places = ['530326204'];
      },
      code: 'county-figure-on-township',
      at: { file: 'activities.json', id: 'act-county-funds', field: 'places.0' },
    },
  ]);

  // Issue 23: a township the first report never named has no spelling of its own yet.
  const named = (change: (p: Place) => void) => {
    const d = goodData();
    const camp = record(d.activities, 'act-camp');
    const place = record(d.places, camp.places[0]!);
    change(place);
    return checkCountyFigureOnTownship(indexDataset(d), goodContext());
  };
  it.each([
    { name: 'its name alone (names_in_report empty)', change: (p: Place) => (p.names_in_report = []) },
    {
      name: 'its official name alone',
      change: (p: Place) => {
        p.official_name_zh = p.name_zh;
        p.names_in_report = [];
        p.name_zh = `${p.name_zh}（旧称）`;
      },
    },
    {
      name: 'a spelling in names_in_report alone',
      change: (p: Place) => {
        p.names_in_report = [p.name_zh];
        p.official_name_zh = null;
        p.name_zh = '别名';
      },
    },
  ])('a citation may name the township by $name', ({ change }) => {
    expect(named(change)).toEqual([]);
  });

  it('where no name is quoted, the error points at the place to edit', () => {
    const errors = named((p) => {
      p.names_in_report = [];
      p.name_zh = '甲地';
      p.official_name_zh = '乙地';
    });
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.also).toEqual({
      file: 'places.json',
      id: record(goodData().activities, 'act-camp').places[0],
      field: 'names_in_report',
    });
    expect(e!.vars).toMatchObject({ place: '甲地', names: '甲地、乙地' });
  });
});
