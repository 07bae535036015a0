/**
 * Which CRS the input is in, and its conversion to WGS84: named on the command line (--crs), read from a
 * .prj, or told by the coordinates themselves (geographic, or a Gauss–Krüger easting with its zone).
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import { ImportError } from './error';

/** CGCS2000 Gauss–Krüger zones are on the same ellipsoid as GRS80; CGCS2000 and WGS84 agree to ~1 m. */
const cgcs2000Gk = (lon0: number, x0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

/** EPSG codes the import knows without a .prj: geographic, web mercator and CGCS2000 Gauss–Krüger. */
export function epsgDefinition(code: number): string | null {
  if (code === 4326 || code === 4490) return '+proj=longlat +ellps=GRS80 +no_defs';
  if (code === 3857)
    return '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs';
  // 3° zones 25–45 (CM 75°–135°E): 4513–4533 with the zone number in the easting, 4534–4554 without.
  if (code >= 4513 && code <= 4533) return cgcs2000Gk((code - 4513 + 25) * 3, (code - 4513 + 25) * 1e6 + 5e5);
  if (code >= 4534 && code <= 4554) return cgcs2000Gk((code - 4534 + 25) * 3, 5e5);
  // 6° zones 13–23 (CM 75°–135°E): 4491–4501 with the zone number, 4502–4512 without.
  if (code >= 4491 && code <= 4501)
    return cgcs2000Gk((code - 4491 + 13) * 6 - 3, (code - 4491 + 13) * 1e6 + 5e5);
  if (code >= 4502 && code <= 4512) return cgcs2000Gk((code - 4502 + 13) * 6 - 3, 5e5);
  return null;
}

export type Transform = { label: string; apply: (p: Position) => Position };

function crsFromName(crs: string): Transform {
  const c = crs.trim().toLowerCase();
  if (c === 'wgs84' || c === 'cgcs2000') return { label: c.toUpperCase(), apply: (p) => p };
  if (c === 'gcj02')
    return {
      label: 'GCJ-02 (converted with gcoord)',
      apply: (p) => gcoord.transform(p as [number, number], gcoord.GCJ02, gcoord.WGS84),
    };
  const m = /^epsg:(\d+)$/.exec(c);
  if (m) {
    const def = epsgDefinition(Number(m[1]));
    if (!def)
      throw new ImportError(
        `unknown CRS "${crs}": give wgs84, cgcs2000, gcj02 or a CGCS2000 Gauss–Krüger EPSG code (4491–4554)`,
      );
    const conv = proj4(def, 'EPSG:4326');
    return { label: `EPSG:${m[1]}`, apply: (p) => conv.forward([p[0]!, p[1]!]) };
  }
  throw new ImportError(`unknown CRS "${crs}": give wgs84, cgcs2000, gcj02 or epsg:NNNN`);
}

function crsFromPrj(wkt: string): Transform {
  if (/GEOGCS|GEOGCRS/i.test(wkt) && !/PROJCS|PROJCRS/i.test(wkt))
    return { label: 'geographic (.prj)', apply: (p) => p };
  try {
    const conv = proj4(wkt, 'EPSG:4326');
    return {
      label: `.prj: ${/PROJCS\["([^"]+)"/.exec(wkt)?.[1] ?? 'projected'}`,
      apply: (p) => conv.forward([p[0]!, p[1]!]),
    };
  } catch (e) {
    throw new ImportError(`the .prj could not be read (${(e as Error).message}): pass --crs`);
  }
}

/** With no CRS given, only coordinates that say which CRS they are in are accepted. */
function guessCrs(sample: Position): Transform {
  const [x, y] = [sample[0]!, sample[1]!];
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90)
    return { label: 'WGS84 (assumed: geographic coordinates)', apply: (p) => p };
  // A Gauss–Krüger easting with its zone number in front: 34 512 345 m is 3° zone 34, 18 612 345 m 6° zone 18.
  const zone = Math.floor(x / 1e6);
  if (zone >= 25 && zone <= 45 && y > 1e6) return crsFromName(`epsg:${4513 + zone - 25}`);
  if (zone >= 13 && zone <= 23 && y > 1e6) return crsFromName(`epsg:${4491 + zone - 13}`);
  throw new ImportError(
    `coordinates like (${x.toFixed(0)}, ${y.toFixed(0)}) are projected but say no zone, and there is no .prj: pass --crs (e.g. epsg:4543 for CGCS2000 3° Gauss–Krüger, CM 102°E)`,
  );
}

/** --crs first, then the .prj, then what the first position says. */
export function chooseCrs(crs: string | undefined, prj: string | undefined, sample: Position): Transform {
  return crs ? crsFromName(crs) : prj ? crsFromPrj(prj) : guessCrs(sample);
}
