/**
 * "Floor + labels": the floor (bench/floorMap.ts) plus the app's own base-map sources, outlines, rivers and
 * label layers (src/map/baseLayers.ts, the specs the app's layer components add), drawn with the app's
 * local CJK label fonts — what MapLibre itself needs to draw the app's lines and Chinese labels, with no
 * app code: no framework, no data join, no choropleth, no sites, no panels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountiesFile, RiversFile, TownshipsFile } from '../src/geo/geoFiles';
import {
  countyLine,
  neighbourLabelPoints,
  neighbourLabels,
  neighbourLine,
  riverLabels,
  riverLine,
  sourceIds,
  themedCounties,
  themedRivers,
  themedTownshipLabels,
  townshipLabelPoints,
  townshipLabels,
  townshipLine,
  urbanLabels,
} from '../src/map/baseLayers';
import { applyProperties } from '../src/map/addLayer';
import { labelFonts } from '../src/map/style';
import { mapThemes } from '../src/map/theme';
import { floorMap } from './floorMap';

floorMap({
  options: { localIdeographFontFamily: labelFonts.join(', ') },
  addLayers(map: MapLibreMap, geo) {
    // The files passed the app's own checks at build time (check:data); here they are only drawn.
    const counties = geo.counties as unknown as CountiesFile;
    const townships = geo.townships as unknown as TownshipsFile;
    map.addSource(sourceIds.counties, { type: 'geojson', data: counties });
    map.addSource(sourceIds.neighbourLabels, { type: 'geojson', data: neighbourLabelPoints(counties) });
    map.addSource(sourceIds.townshipLabels, { type: 'geojson', data: townshipLabelPoints(townships) });
    map.addSource(sourceIds.rivers, { type: 'geojson', data: geo.rivers as RiversFile });
    // The floor's fill draws the 'townships' source already.
    for (const layer of [
      riverLine,
      neighbourLine,
      townshipLine(townships.precision),
      countyLine,
      riverLabels,
      neighbourLabels,
      townshipLabels,
      urbanLabels,
    ])
      map.addLayer(layer);
    const theme = mapThemes.desk;
    applyProperties(map, {
      ...themedCounties('zh-CN', theme),
      ...themedRivers('zh-CN', theme),
      ...themedTownshipLabels('zh-CN', theme),
    });
  },
});
