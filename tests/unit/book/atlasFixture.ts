/**
 * The atlas's input from the committed data, as the app makes it (atlasInput of the shown data), with the
 * townships' real bounds; and a painter that returns a plain picture of the asked size instead of the map.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { MapPainter, MapRequest } from '../../../src/book/blocks';
import { atlasInput } from '../../../src/book/atlasInput';
import type { AtlasChoice } from '../../../src/book/atlasModel';
import { numericChoropleth } from '../../../src/choropleth/choropleth';
import { numericValues } from '../../../src/choropleth/metricValues';
import { filterEffect } from '../../../src/data/filterEffect';
import { applyFilters, noFilters, type ActivityFilters } from '../../../src/data/filters';
import { joinGeo } from '../../../src/data/geoJoin';
import { loadData } from '../../../src/data/load';
import { townshipMetrics } from '../../../src/data/metrics';
import type { Locale } from '../../../src/domain';
import { boundsOf } from '../../../src/geo/bounds';
import { parseTownships } from '../../../src/geo/geoFiles';
import { realRaw } from '../data/real-data';

export const data = loadData(realRaw());
const townships = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const join = joinGeo(data, townships);
const counties = JSON.parse(readFileSync('geo/counties.geojson', 'utf8')) as {
  features: { properties: { role: string }; geometry: Parameters<typeof boundsOf>[0] }[];
};
const huize = counties.features.find((f) => f.properties.role === 'county')!;

export const codeOf = (name: string): string => data.townships.find((t) => t.name_zh === name)!.id;

export function input(choice: AtlasChoice, options: { locale?: Locale; filters?: ActivityFilters } = {}) {
  const filters = options.filters ?? noFilters;
  const shown = applyFilters(data, filters);
  return atlasInput(
    {
      data: shown,
      filters,
      effect: filterEffect(data, filters),
      filtersText: null,
      metric: 'aid',
      choropleth: numericChoropleth(numericValues(townshipMetrics(shown), 'aid'), 'quantile'),
      locale: options.locale ?? 'zh-CN',
      schematic: true,
      boundsOf: join.boundsOfTownships,
      countyBounds: boundsOf(huize.geometry),
      attributions: [],
      orgName: (id) => data.organisations.get(id)?.name_zh ?? id,
      date: '2026-01-02',
    },
    choice,
  );
}

/** A pale picture of the asked size at 30 dpi (the layout, not the map, is under test); records the asks. */
export function plainPainter(asked: MapRequest[] = []): MapPainter {
  return {
    paint: (request) => {
      asked.push(request);
      const png = new PNG({
        width: Math.round((request.widthMm / 25.4) * 30),
        height: Math.round((request.heightMm / 25.4) * 30),
      });
      png.data.fill(230);
      return Promise.resolve({
        png: new Uint8Array(PNG.sync.write(png)),
        widthPx: png.width,
        heightPx: png.height,
        dpi: 30,
      });
    },
  };
}
