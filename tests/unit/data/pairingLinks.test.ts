import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/data/load';
import { arc, baoshanMark, pairingLinks } from '../../../src/data/pairingLinks';
import { parseTownships } from '../../../src/geo/geoFiles';
import { realRaw } from './real-data';

const data = loadData(realRaw());
const cells = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const labels = new Map(
  cells.features.map((f) => [f.properties.code, f.properties.label as [number, number]]),
);

describe('pairingLinks on the real data', () => {
  it('links exactly the pairings whose Huize side is a township, from its label point', () => {
    const links = pairingLinks(data, labels);
    const expected = [...data.pairings.values()].filter((p) =>
      p.huize_side.places.some((id) => data.places.get(id)?.kind === 'township'),
    );
    expect(links.map((l) => l.pairing).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const link of links) {
      expect(link.from).toEqual(labels.get(link.township));
      expect(data.pairings.get(link.pairing)!.baoshan_side.label_zh).toBe(link.partner_zh);
    }
  });
  it('leaves out a township with no label point', () => {
    expect(pairingLinks(data, new Map())).toEqual([]);
  });
});

describe('baoshanMark and arc', () => {
  it.each([
    {
      county: [
        [0, 0],
        [10, 10],
      ],
      expected: [13.5, 8],
    },
    {
      county: [
        [103, 25.9],
        [103.7, 26.7],
      ],
      expected: [103.945, 26.54],
    },
  ] as const)('mark for $county', ({ county, expected }) => {
    const [x, y] = baoshanMark(county as never);
    expect(x).toBeCloseTo(expected[0]);
    expect(y).toBeCloseTo(expected[1]);
  });
  it('starts and ends at its points and bows north', () => {
    const line = arc([0, 0], [10, 0], 10);
    expect(line[0]).toEqual([0, 0]);
    expect(line.at(-1)).toEqual([10, 0]);
    expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(0.5);
  });
});
