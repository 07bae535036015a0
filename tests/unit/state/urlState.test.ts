import { describe, expect, it } from 'vitest';
import type { Selection } from '../../../src/domain';
import {
  defaultState,
  formatUrlState,
  parseUrlState,
  type KnownIds,
  type UrlState,
} from '../../../src/state/urlState';

const known: KnownIds = {
  townships: new Set(['530326102', '530326103']),
  sites: new Set(['place-baiwu-village']),
  categories: new Set(['donation', 'industry']),
  actors: new Set(['org-a', 'org-b']),
  years: new Set([2017, 2018]),
  sources: new Set(['src-a', 'src-b']),
  records: new Set(['act-a', 'pair-b']),
};

describe('parseUrlState', () => {
  const rows: { hash: string; expected: Partial<UrlState> }[] = [
    { hash: '', expected: {} },
    { hash: '#lang=en', expected: { locale: 'en' } },
    { hash: '#m=aid&cls=jenks', expected: { metric: 'aid', method: 'jenks' } },
    { hash: '#sel=530326102', expected: { selection: { kind: 'township', code: '530326102' } } },
    {
      hash: '#sel=site:place-baiwu-village',
      expected: { selection: { kind: 'site', id: 'place-baiwu-village' } },
    },
    { hash: '#sel=530326999', expected: {} },
    { hash: '#sel=site:nowhere', expected: {} },
    { hash: '#cat=industry,donation,bogus', expected: { categories: ['donation', 'industry'] } },
    { hash: '#actor=org-b,org-b', expected: { actors: ['org-b'] } },
    { hash: '#year=2018,2017,1e9', expected: { years: [2017, 2018] } },
    { hash: '#src=src-b,src-a,src-nowhere', expected: { sources: ['src-a', 'src-b'] } },
    { hash: '#v=103.3,26.5,9', expected: { view: { lon: 103.3, lat: 26.5, zoom: 9 } } },
    { hash: '#v=1e400,26.5,9', expected: {} },
    { hash: '#v=103.3,26.5,99', expected: {} },
    { hash: '#v=NaN,NaN,NaN', expected: {} },
    { hash: '#v=103.3,26.5', expected: {} },
    { hash: '#m=<script>alert(1)</script>', expected: {} },
    { hash: '#m=constructor&cls=__proto__', expected: {} },
    { hash: '#%E0%A4%A', expected: {} },
    { hash: '#table=1', expected: { table: true } },
    { hash: '#r=530326103,530326102,530326999', expected: { region: ['530326102', '530326103'] } },
    { hash: '#rn=%E5%8C%97%E7%89%87', expected: { regionName: '北片' } },
    { hash: '#rn=%00%01', expected: {} },
    { hash: `#rn=${'长'.repeat(60)}`, expected: { regionName: '长'.repeat(40) } },
    { hash: '#rn=<img src=x onerror=alert(1)>', expected: { regionName: '<img src=x onerror=alert(1)>' } },
    { hash: '#present=1&step=4&theme=dark', expected: { present: true, step: 4, theme: 'dark' } },
    { hash: '#step=-1&theme=neon', expected: {} },
    { hash: '#step=1e9', expected: {} },
    { hash: '#step=99999', expected: {} },
    { hash: '#read=src-a', expected: { tab: 'reader', read: 'src-a' } },
    { hash: '#read=src-a&at=act-a', expected: { tab: 'reader', read: 'src-a', at: 'act-a' } },
    { hash: '#read=src-b&tab=pairings&at=pair-b', expected: { tab: 'reader', read: 'src-b', at: 'pair-b' } },
    { hash: '#read=src-a&at=act-nowhere', expected: { tab: 'reader', read: 'src-a' } },
    { hash: '#at=act-a', expected: {} },
    { hash: '#read=src-nowhere&at=act-a', expected: {} },
    { hash: '#tab=reader', expected: { tab: 'reader' } },
  ];
  for (const { hash, expected } of rows) {
    it(JSON.stringify(hash), () =>
      expect(parseUrlState(hash, known)).toEqual({ ...defaultState, ...expected }),
    );
  }
});

describe('formatUrlState', () => {
  it('writes nothing for the default state', () => expect(formatUrlState(defaultState)).toBe(''));

  const states: Partial<UrlState>[] = [
    { locale: 'en', metric: 'stationed', method: 'equal' },
    { selection: { kind: 'township', code: '530326103' }, categories: ['industry'], years: [2018] },
    { selection: { kind: 'site', id: 'place-baiwu-village' }, actors: ['org-a', 'org-b'] },
    { sources: ['src-b'], years: [2017] },
    { view: { lon: 103.3456, lat: 26.4321, zoom: 8.25 }, table: true },
    { region: ['530326102', '530326103'], regionName: '北片 & “东” #1' },
    { present: true, step: 7, theme: 'dark' },
    { tab: 'reader' },
    { tab: 'reader', read: 'src-b' },
    { tab: 'reader', read: 'src-a', at: 'act-a' },
  ];
  for (const partial of states) {
    it(`round-trips ${JSON.stringify(partial)}`, () => {
      const state = { ...defaultState, ...partial };
      expect(parseUrlState(formatUrlState(state), known)).toEqual(state);
    });
  }
});

describe('parseUrlState on 500 random and hostile hashes and a few that reach each value', () => {
  const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch === '\u007f';
  const knownSelection = (s: Selection) =>
    s === null || (s.kind === 'township' ? known.townships.has(s.code) : known.sites.has(s.id));

  it('never throws and always gives a state made of known values', async () => {
    const { hostileHashes } = await import('../../e2e/hostileUrls');
    // The random hashes seldom hold a known value (none held a known category): these make sure each check
    // below meets values it must keep as well as values it must drop.
    const reaching = [
      '#cat=donation,bogus&year=2018,1e9&r=530326102,530326999&rn=北片%00%7F&step=3&v=103.3,26.5,9',
      '#sel=530326103&cat=industry',
      '#sel=site:place-baiwu-village&v=103.3,26.5,99',
      '#read=src-a&at=pair-b&sel=530326102',
      '#read=src-nowhere&at=act-a',
    ];
    const states = [...hostileHashes(500), ...reaching].map((hash) => ({
      hash,
      state: parseUrlState(hash, known),
    }));
    for (const { hash, state } of states) {
      expect(['zh-CN', 'en'], hash).toContain(state.locale);
      expect(['activities', 'aid', 'reached', 'stationed', 'paired'], hash).toContain(state.metric);
      expect(['quantile', 'jenks', 'equal'], hash).toContain(state.method);
      expect(knownSelection(state.selection), hash).toBe(true);
      expect(
        state.categories.filter((c) => !known.categories.has(c)),
        hash,
      ).toEqual([]);
      expect(
        state.years.filter((y) => !known.years.has(y)),
        hash,
      ).toEqual([]);
      expect(
        state.region.filter((c) => !known.townships.has(c)),
        hash,
      ).toEqual([]);
      expect((state.regionName ?? '').length, hash).toBeLessThanOrEqual(40);
      expect([...(state.regionName ?? '')].filter(isControl), hash).toEqual([]);
      expect(Number.isInteger(state.step) && state.step >= 0 && state.step <= 999, hash).toBe(true);
      expect(['light', 'dark'], hash).toContain(state.theme);
      expect(state.read === null || (known.sources.has(state.read) && state.tab === 'reader'), hash).toBe(
        true,
      );
      expect(state.at === null || (known.records.has(state.at) && state.read !== null), hash).toBe(true);
      const zooms = state.view ? [state.view.zoom] : [];
      expect(
        zooms.filter((zoom) => zoom < 4 || zoom > 16),
        hash,
      ).toEqual([]);
      // What it parses to writes back to a URL that parses to the same state.
      expect(parseUrlState(formatUrlState(state), known), hash).toEqual(state);
    }

    // The hashes reach every kind of value checked above, so none of those checks passes for want of a case.
    const reached = (has: (state: UrlState) => boolean) => states.filter(({ state }) => has(state)).length;
    expect(reached((s) => s.selection?.kind === 'township')).toBeGreaterThan(0);
    expect(reached((s) => s.selection?.kind === 'site')).toBeGreaterThan(0);
    expect(reached((s) => s.categories.length > 0)).toBeGreaterThan(0);
    expect(reached((s) => s.years.length > 0)).toBeGreaterThan(0);
    expect(reached((s) => s.region.length > 0)).toBeGreaterThan(0);
    expect(reached((s) => s.regionName !== null)).toBeGreaterThan(0);
    expect(reached((s) => s.step > 0)).toBeGreaterThan(0);
    expect(reached((s) => s.view !== null)).toBeGreaterThan(0);
    expect(reached((s) => s.at !== null)).toBeGreaterThan(0);
  });
});
