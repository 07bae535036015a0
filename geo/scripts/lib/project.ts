/**
 * A Lambert azimuthal equal-area projection centred on Huize: areas in m² are true, so cells can be fitted
 * to official areas in plain planar arithmetic.
 */
import proj4 from 'proj4';
import type { Position } from 'geojson';

const laea = '+proj=laea +lat_0=26.45 +lon_0=103.4 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs';
const converter = proj4('EPSG:4326', laea);

export const projectionDefinition = laea;

export function toPlane(p: Position): [number, number] {
  const [x, y] = converter.forward([p[0]!, p[1]!]);
  return [x!, y!];
}

export function toLonLat(p: Position): [number, number] {
  const [lon, lat] = converter.inverse([p[0]!, p[1]!]);
  return [lon!, lat!];
}
