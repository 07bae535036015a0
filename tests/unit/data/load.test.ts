import { describe, expect, it } from 'vitest';
import { DataLoadError, loadData } from '../../../src/data/load';
import { dataset } from './fixtures';
import { realRaw } from './real-data';

describe('loadData', () => {
  it('parses and cross-indexes the committed data', () => {
    const d = loadData(realRaw());
    expect(d.townships).toHaveLength(25);
    expect(d.townships.every((t) => /^530326\d{3}$/.test(t.id))).toBe(true);
    expect(d.activitiesByTownship.size).toBe(25);
    expect(d.places.get('530326102')?.name_zh).toBe('娜姑镇');
    const nagu = d.activitiesByTownship.get('530326102')?.map((a) => a.id);
    expect(nagu).toContain('act-donation-summer-camp');
    expect(d.activitiesByTownship.get('530326107')?.map((a) => a.id)).toContain('act-donation-summer-camp');
    expect(d.countyActivities.map((a) => a.id)).toContain('act-funding-cumulative');
    expect(d.unassignedActivities.map((a) => a.id)).toEqual(
      expect.arrayContaining(['act-secondment-teacher-zhongping', 'act-donation-cuiping-computers']),
    );
    expect(d.pairingsByTownship.get('530326103')?.map((p) => p.id)).toEqual(['pair-yuepu-yiche']);
  });

  it('accepts data without people', () => {
    const { people: _people, ...rest } = dataset();
    expect(loadData(rest).people.size).toBe(0);
  });

  it.each([
    [
      'a schema error',
      (d: ReturnType<typeof dataset>) => ((d.places[0] as { kind: string }).kind = 'planet'),
    ],
    ['a broken reference', (d: ReturnType<typeof dataset>) => (d.activities[1]!.actors = ['org-ghost'])],
    [
      'a county figure on a township',
      (d: ReturnType<typeof dataset>) => {
        d.activities[0]!.scope = 'township';
        d.activities[0]!.places = ['530326204'];
      },
    ],
  ])('throws DataLoadError on %s, never returns half-joined data', (_name, mutate) => {
    const d = structuredClone(dataset());
    mutate(d);
    expect(() => loadData(d)).toThrow(DataLoadError);
    try {
      loadData(d);
    } catch (e) {
      expect(e).toBeInstanceOf(DataLoadError);
      expect((e as DataLoadError).name).toBe('DataLoadError');
      expect((e as DataLoadError).errors.length).toBeGreaterThan(0);
    }
  });
});
