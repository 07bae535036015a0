/**
 * The coordinate systems the import knows and their conversion to WGS84: named on the command line
 * (--crs), read from a .prj, the three geographic ones a Chinese file may be in (WGS84/CGCS2000, GCJ-02,
 * BD-09) and the CGCS2000 Gauss–Krüger zones. Which one a file is in is decided in detect.ts.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import { ImportError } from './error';

export type Transform = { label: string; apply: (p: Position) => Position };

/** CGCS2000 Gauss–Krüger zones are on the same ellipsoid as GRS80; CGCS2000 and WGS84 agree to ~1 m. */
const cgcs2000Gk = (lon0: number, x0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

export interface GkZone {
  epsg: number;
  degrees: 3 | 6;
  zone: number;
  centralMeridian: number;
  /** Whether the easting carries the zone number in front (34 512 345 m rather than 512 345 m). */
  zoneInEasting: boolean;
}

/** The CGCS2000 Gauss–Krüger EPSG codes 4491–4554: 6° zones 13–23 and 3° zones 25–45, each both ways. */
export const gkZones: GkZone[] = [
  ...[true, false].flatMap((zoneInEasting) =>
    Array.from({ length: 11 }, (_, i): GkZone => ({
      epsg: (zoneInEasting ? 4491 : 4502) + i,
      degrees: 6,
      zone: 13 + i,
      centralMeridian: (13 + i) * 6 - 3,
      zoneInEasting,
    })),
  ),
  ...[true, false].flatMap((zoneInEasting) =>
    Array.from({ length: 21 }, (_, i): GkZone => ({
      epsg: (zoneInEasting ? 4513 : 4534) + i,
      degrees: 3,
      zone: 25 + i,
      centralMeridian: (25 + i) * 3,
      zoneInEasting,
    })),
  ),
];

export const describeZone = (z: GkZone) =>
  `CGCS2000 ${z.degrees}° Gauss–Krüger zone ${z.zone}, CM ${z.centralMeridian}°E, ${z.zoneInEasting ? 'zone number in the easting' : 'no zone number in the easting'}`;

/** EPSG codes the import knows without a .prj: geographic, web mercator and CGCS2000 Gauss–Krüger. */
export function epsgDefinition(code: number): string | null {
  if (code === 4326 || code === 4490) return '+proj=longlat +ellps=GRS80 +no_defs';
  if (code === 3857)
    return '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs';
  const z = gkZones.find((g) => g.epsg === code);
  return z ? cgcs2000Gk(z.centralMeridian, (z.zoneInEasting ? z.zone * 1e6 : 0) + 5e5) : null;
}

function proj4Transform(label: string, definition: string): Transform {
  const conv = proj4(definition, 'EPSG:4326');
  return { label, apply: (p) => conv.forward([p[0]!, p[1]!]) };
}

export const epsgTransform = (code: number): Transform | null => {
  const def = epsgDefinition(code);
  return def ? proj4Transform(`EPSG:${code}`, def) : null;
};

/** The geographic systems a Chinese file may be in, each converted to WGS84 (gcoord). */
export const geographic = {
  wgs84: { label: 'WGS84', apply: (p: Position) => p },
  gcj02: {
    label: 'GCJ-02 (converted with gcoord)',
    apply: (p: Position) => gcoord.transform(p as [number, number], gcoord.GCJ02, gcoord.WGS84),
  },
  bd09: {
    label: 'BD-09 (converted with gcoord)',
    apply: (p: Position) => gcoord.transform(p as [number, number], gcoord.BD09, gcoord.WGS84),
  },
} satisfies Record<string, Transform>;

export const crsNames = 'wgs84, cgcs2000, gcj02, bd09 or epsg:NNNN';

export function crsFromName(crs: string): Transform {
  const c = crs.trim().toLowerCase();
  if (c === 'wgs84' || c === 'cgcs2000') return { label: c.toUpperCase(), apply: (p) => p };
  if (c === 'gcj02' || c === 'bd09') return geographic[c];
  const m = /^epsg:(\d+)$/.exec(c);
  if (m) {
    const t = epsgTransform(Number(m[1]));
    if (!t)
      throw new ImportError(
        'crs',
        `unknown CRS "${crs}": give wgs84, cgcs2000, gcj02, bd09 or a CGCS2000 Gauss–Krüger EPSG code (4491–4554)`,
      );
    return t;
  }
  throw new ImportError('crs', `unknown CRS "${crs}": give ${crsNames}`);
}

/** A .prj: geographic (the caller then tests which geographic system), or projected and read by proj4. */
export function crsFromPrj(wkt: string): Transform | 'geographic' {
  if (/GEOGCS|GEOGCRS/i.test(wkt) && !/PROJCS|PROJCRS/i.test(wkt)) return 'geographic';
  try {
    return proj4Transform(`.prj: ${/PROJCS\["([^"]+)"/.exec(wkt)?.[1] ?? 'projected'}`, wkt);
  } catch (e) {
    throw new ImportError('crs', `the .prj could not be read (${(e as Error).message}): pass --crs`);
  }
}
