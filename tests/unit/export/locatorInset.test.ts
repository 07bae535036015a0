import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insetPaths, locatorInset } from '../../../src/export/locatorInset';
import { parseCounties, parseTownships } from '../../../src/geo/geoFiles';

const geo = {
  counties: parseCounties(JSON.parse(readFileSync('geo/counties.geojson', 'utf8'))),
  townships: parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8'))),
};
const nagu = '530326102';

/** The x, y pairs of an SVG path written as "Mx yLx y…Z". */
const points = (d: string) =>
  [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('the locator inset', () => {
  it.each([
    { codes: [], expected: null },
    { codes: ['530326999'], expected: null },
  ])('locates nothing for $codes', ({ codes, expected }) => {
    expect(locatorInset(geo, codes, 'x')).toBe(expected);
  });

  it('draws the county, every township line, and only the townships shown filled', () => {
    const inset = locatorInset(geo, [nagu], 'where')!;
    expect(inset.townships).toHaveLength(geo.townships.features.length);
    expect(inset.highlight).toEqual([
      geo.townships.features.find((f) => f.properties.code === nagu)!.geometry,
    ]);
    expect(inset.county).toBe(geo.counties.features.find((f) => f.properties.role === 'county')!.geometry);
    expect(locatorInset(geo, [nagu, '530326107'], 'where')!.highlight).toHaveLength(2);
  });

  it('fits the county into the frame, the township inside the county’s box', () => {
    const paths = insetPaths(locatorInset(geo, [nagu], 'where')!, 200, 160, 4);
    const county = points(paths.county);
    const township = points(paths.highlight);
    const box = (ps: (readonly [number, number])[]) => ({
      x0: Math.min(...ps.map((p) => p[0])),
      x1: Math.max(...ps.map((p) => p[0])),
      y0: Math.min(...ps.map((p) => p[1])),
      y1: Math.max(...ps.map((p) => p[1])),
    });
    const c = box(county);
    const t = box(township);
    // The county touches the padding on its longer side and stays inside the frame.
    expect(c.x0).toBeGreaterThanOrEqual(3.9);
    expect(c.x1).toBeLessThanOrEqual(196.1);
    expect(Math.max(c.y1 - c.y0, (c.x1 - c.x0) * (160 / 200))).toBeGreaterThan(140);
    // 娜姑镇 is a part of it, not all of it: a smaller box, within the county's.
    expect(t.x0).toBeGreaterThanOrEqual(c.x0 - 0.5);
    expect(t.x1).toBeLessThanOrEqual(c.x1 + 0.5);
    expect(t.y0).toBeGreaterThanOrEqual(c.y0 - 0.5);
    expect(t.y1).toBeLessThanOrEqual(c.y1 + 0.5);
    expect((t.x1 - t.x0) * (t.y1 - t.y0)).toBeLessThan(0.5 * (c.x1 - c.x0) * (c.y1 - c.y0));
  });
});
