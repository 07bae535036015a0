import countiesText from '../../geo/counties.geojson?raw';
import riversText from '../../geo/rivers.geojson?raw';
import townshipsText from 'virtual:townships?raw';
import { boundsOf, type Bounds } from './bounds';
import type { CountiesFile, RiversFile, TownshipsFile } from './geoFiles';

/**
 * The geo/ files are bundled as text and parsed once: no request at run time, and the same code path works
 * from a server and from a single file opened via file://. They are only read here, not checked: the build
 * parses these very files with the schemas of geoFiles.ts and stops with a GeoFileError naming the file and
 * field (build/validatePlugin.ts), so a shipped app always gets valid files — and does not ship zod.
 */
export interface GeoData {
  counties: CountiesFile;
  townships: TownshipsFile;
  rivers: RiversFile;
  /** Huize's bounding box: the home view. */
  bounds: Bounds;
}

export function loadGeo(): GeoData {
  const counties = JSON.parse(countiesText) as CountiesFile;
  const huize = counties.features.find((f) => f.properties.role === 'county')!;
  return {
    counties,
    townships: JSON.parse(townshipsText) as TownshipsFile,
    rivers: JSON.parse(riversText) as RiversFile,
    bounds: boundsOf(huize.geometry),
  };
}
