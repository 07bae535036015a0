/**
 * Which coordinate system the file is in. --crs always wins; else a projected .prj; else the file is tried
 * against the county outline: geographic coordinates as WGS84, GCJ-02 and BD-09 (the one that fits clearly
 * better than WGS84 is used, and said), projected ones without a .prj as every CGCS2000 Gauss–Krüger zone
 * (a zone number in the easting picks its zone; without one the file is refused, naming the zone that fits).
 * The fit of the system used is always reported.
 */
import type { Position } from 'geojson';
import { toPlane } from '../project';
import type { CountyOutline } from '../outlinePlane';
import * as turf from '@turf/turf';
import {
  crsFromName,
  crsFromPrj,
  describeZone,
  epsgTransform,
  geographic,
  gkZones,
  type Transform,
} from './crs';
import { ImportError } from './error';
import { describeFit, fitOf, type Fit } from './fit';

export interface Tried {
  transform: Transform;
  fit: Fit;
}

export interface CrsChoice {
  transform: Transform;
  fit: Fit;
  /** Every system tried, in order, with its fit. */
  tried: Tried[];
  /** How the system was chosen, for the output (e.g. "looks like GCJ-02: converted; …"). */
  note: string;
}

/** Another geographic system is used when its mean offset is under half WGS84's and 100 m smaller. */
export const clearlyBetter = { ratio: 0.5, metres: 100 };

/** Share of a sample of positions within 0.2° of the outline's box: below 0.9 the system is not Huize's. */
function onHuize(sample: Position[], t: Transform, outline: CountyOutline): number {
  const [x0, y0, x1, y1] = turf.bbox(outline.lonLat);
  const inside = sample.filter((p) => {
    const [lon, lat] = t.apply(p);
    return lon! > x0 - 0.2 && lon! < x1 + 0.2 && lat! > y0 - 0.2 && lat! < y1 + 0.2;
  });
  return inside.length / sample.length;
}

function tryOn(parts: Position[][][], t: Transform, outline: CountyOutline): Tried {
  const plane = parts.map((poly) => poly.map((ring) => ring.map((p) => toPlane(t.apply(p)))));
  return { transform: t, fit: fitOf(plane, outline) };
}

const fitsLine = (tried: Tried[]) =>
  tried.map((t) => `${t.transform.label}: ${describeFit(t.fit)}`).join('; ');

/** Up to 500 positions spread over the file, for the quick "does it land on Huize" test. */
function sampleOf(townships: Position[][][][]): Position[] {
  const all = townships.flat(3);
  const step = Math.max(1, Math.floor(all.length / 500));
  return all.filter((_, i) => i % step === 0);
}

function given(transform: Transform, parts: Position[][][], outline: CountyOutline, note: string): CrsChoice {
  const tried = [tryOn(parts, transform, outline)];
  return { transform, fit: tried[0]!.fit, tried, note };
}

function chooseGeographic(parts: Position[][][], outline: CountyOutline, from: string): CrsChoice {
  const tried = [geographic.wgs84, geographic.gcj02, geographic.bd09].map((t) => tryOn(parts, t, outline));
  const wgs = tried[0]!;
  const best = tried.reduce((a, b) => (b.fit.meanOffsetM < a.fit.meanOffsetM ? b : a));
  const better =
    best !== wgs &&
    best.fit.meanOffsetM < wgs.fit.meanOffsetM * clearlyBetter.ratio &&
    wgs.fit.meanOffsetM - best.fit.meanOffsetM > clearlyBetter.metres;
  if (!better)
    return { transform: wgs.transform, fit: wgs.fit, tried, note: `${from}: taken as WGS84 (fits best)` };
  const name = best.transform.label.split(' ')[0];
  return {
    transform: best.transform,
    fit: best.fit,
    tried,
    note: `${from}, but looks like ${name}: converted; pass --crs wgs84 to keep as is`,
  };
}

/** Projected without a .prj: the zone number in the easting, else refused naming the zone that fits. */
function chooseProjected(
  townships: Position[][][][],
  parts: Position[][][],
  outline: CountyOutline,
): CrsChoice {
  const sample = sampleOf(townships);
  const [x, y] = sample[0]!;
  const byNumber = gkZones.find((z) => z.zoneInEasting && Math.floor(x! / 1e6) === z.zone && y! > 1e6);
  if (byNumber) {
    const t = epsgTransform(byNumber.epsg)!;
    return given(
      t,
      parts,
      outline,
      `EPSG:${byNumber.epsg} (${describeZone(byNumber)}), from the zone number in the easting`,
    );
  }
  const landing = gkZones
    .map((z) => ({ z, t: epsgTransform(z.epsg)! }))
    .filter(({ t }) => onHuize(sample, t, outline) >= 0.9)
    .map(({ z, t }) => ({ z, ...tryOn(parts, t, outline) }))
    .sort((a, b) => a.fit.meanOffsetM - b.fit.meanOffsetM);
  const at = `coordinates like (${x!.toFixed(0)}, ${y!.toFixed(0)}) are projected and there is no .prj`;
  if (landing.length === 0)
    throw new ImportError(
      'crs',
      `${at}, and no CGCS2000 Gauss–Krüger zone (3° or 6°, with or without the zone number) puts them on Huize: pass --crs`,
    );
  const best = landing[0]!;
  // Zones with the same central meridian (3° zone 35 and 6° zone 18: CM 105°E) are the same projection.
  const same = landing.filter(
    (l) => l.z.centralMeridian === best.z.centralMeridian && l.z.zoneInEasting === best.z.zoneInEasting,
  );
  throw new ImportError(
    'crs',
    `${at}: they fit Huize as ${same.map((l) => `EPSG:${l.z.epsg} (${describeZone(l.z)})`).join(' or ')}, ${describeFit(best.fit)}; pass --crs epsg:${best.z.epsg} if that is the file's system (the datum cannot be told without a .prj)`,
  );
}

/** --crs first, then a projected .prj, then what the coordinates fit. */
export function chooseCrs(
  crs: string | undefined,
  prj: string | undefined,
  townships: Position[][][][],
  outline: CountyOutline,
): CrsChoice {
  const parts = townships.flat();
  if (crs) return given(crsFromName(crs), parts, outline, `--crs ${crs}`);
  const fromPrj = prj ? crsFromPrj(prj) : null;
  if (fromPrj && fromPrj !== 'geographic') return given(fromPrj, parts, outline, 'from the .prj');
  const geographicCoordinates = townships
    .flat(3)
    .every((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90);
  if (fromPrj === 'geographic' || geographicCoordinates)
    return chooseGeographic(parts, outline, fromPrj ? 'the .prj says geographic' : 'geographic coordinates');
  return chooseProjected(townships, parts, outline);
}

export { fitsLine };
