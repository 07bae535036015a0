import countiesText from '../../geo/counties.geojson?raw';
import { boundsOf, parseCounties, type Bounds, type CountiesFile } from './geoFiles';

/**
 * The geo/ files are bundled as text and parsed once: no request at run time, and the same code path works
 * from a server and from a single file opened via file://.
 */
export interface GeoData {
  counties: CountiesFile;
  /** Huize's bounding box: the home view. */
  bounds: Bounds;
}

export function loadGeo(): GeoData {
  const counties = parseCounties(JSON.parse(countiesText));
  const huize = counties.features.find((f) => f.properties.role === 'county')!;
  return { counties, bounds: boundsOf(huize.geometry) };
}
