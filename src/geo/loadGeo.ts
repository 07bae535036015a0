import countiesText from '../../geo/counties.geojson?raw';
import riversText from '../../geo/rivers.geojson?raw';
import townshipsText from 'virtual:townships?raw';
import {
  boundsOf,
  parseCounties,
  parseTownships,
  RiversFile,
  type Bounds,
  type CountiesFile,
  type TownshipsFile,
} from './geoFiles';

/**
 * The geo/ files are bundled as text and parsed once: no request at run time, and the same code path works
 * from a server and from a single file opened via file://. A malformed file throws here, before anything
 * is drawn.
 */
export interface GeoData {
  counties: CountiesFile;
  townships: TownshipsFile;
  rivers: RiversFile;
  /** Huize's bounding box: the home view. */
  bounds: Bounds;
}

export function loadGeo(): GeoData {
  const counties = parseCounties(JSON.parse(countiesText));
  const huize = counties.features.find((f) => f.properties.role === 'county')!;
  return {
    counties,
    townships: parseTownships(JSON.parse(townshipsText)),
    rivers: RiversFile.parse(JSON.parse(riversText)),
    bounds: boundsOf(huize.geometry),
  };
}
