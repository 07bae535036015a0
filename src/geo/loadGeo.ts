import countiesText from '../../geo/counties.geojson?raw';
import riversText from '../../geo/rivers.geojson?raw';
import townshipsText from 'virtual:townships?raw';
import {
  boundsOf,
  GEO_FILES,
  parseCounties,
  parseGeoJsonText,
  parseRivers,
  parseTownships,
  type Bounds,
  type CountiesFile,
  type RiversFile,
  type TownshipsFile,
} from './geoFiles';

/**
 * The geo/ files are bundled as text and parsed once: no request at run time, and the same code path works
 * from a server and from a single file opened via file://. A malformed file throws here, before anything
 * is drawn, with a GeoFileError naming the file and field (the build runs the same parsers first, see
 * build/validatePlugin.ts, so a shipped app should never get here).
 */
export interface GeoData {
  counties: CountiesFile;
  townships: TownshipsFile;
  rivers: RiversFile;
  /** Huize's bounding box: the home view. */
  bounds: Bounds;
}

export function loadGeo(): GeoData {
  const counties = parseCounties(parseGeoJsonText(countiesText, GEO_FILES.counties));
  const huize = counties.features.find((f) => f.properties.role === 'county')!;
  return {
    counties,
    townships: parseTownships(parseGeoJsonText(townshipsText, GEO_FILES.townships)),
    rivers: parseRivers(parseGeoJsonText(riversText, GEO_FILES.rivers)),
    bounds: boundsOf(huize.geometry),
  };
}
