/**
 * The inset locator of an exported or printed picture of one township or a region: the county's outline,
 * its township lines, and what the picture shows filled, so a reader sees where in the county it lies.
 * Projected with the Yunnan locator's projection (geo/locator.ts), north up.
 */
import {
  bboxOf,
  fitProjection,
  pathOf,
  polygonRings,
  type PolygonGeometry,
  type Projection,
} from '../geo/locator';
import type { CountiesFile, TownshipsFile } from '../geo/geoFiles';
import type { LocatorInset } from '../page/blocks';
import { panel, type Block } from './furniture';

export type { LocatorInset };

/**
 * The inset for a view of `codes` (a township, a region): null when there is nothing to locate (the whole
 * county, or codes the township file lacks).
 */
export function locatorInset(
  geo: { counties: CountiesFile; townships: TownshipsFile },
  codes: readonly string[],
  label: string,
): LocatorInset | null {
  const county = geo.counties.features.find((f) => f.properties.role === 'county');
  const wanted = new Set(codes);
  const highlight = geo.townships.features.filter((f) => wanted.has(f.properties.code));
  if (!county || highlight.length === 0) return null;
  return {
    county: county.geometry,
    townships: geo.townships.features.map((f) => f.geometry),
    highlight: highlight.map((f) => f.geometry),
    label,
  };
}

/** The inset's colours: the county quiet, the subject in a strong orange that no class colour is. */
export const locatorColours = {
  county: '#efece4',
  line: '#b9b3a5',
  outline: '#4a4a4a',
  highlight: '#d95f02',
} as const;

type Ring = readonly (readonly [number, number])[];

/** The county fitted into a width × height frame, `pad` in from its edges. */
export function insetProjection(inset: LocatorInset, width: number, height: number, pad: number): Projection {
  const points = polygonRings(inset.county).flat() as unknown as Ring;
  return fitProjection(bboxOf(points), width, height, pad);
}

/** SVG path strings of the inset's three layers, for the printed page (an SVG in the DOM, no markup built). */
export function insetPaths(inset: LocatorInset, width: number, height: number, pad = 4) {
  const projection = insetProjection(inset, width, height, pad);
  const path = (geometries: readonly PolygonGeometry[]) =>
    geometries.map((g) => pathOf(polygonRings(g), projection.project, true)).join('');
  return { county: path([inset.county]), townships: path(inset.townships), highlight: path(inset.highlight) };
}

/** A square-ish inset on a light panel, `size` across, for the export's corners. */
export function locatorBlock(ctx: CanvasRenderingContext2D, inset: LocatorInset, size: number): Block {
  const pad = Math.max(4, size * 0.06);
  return {
    width: size,
    height: size,
    draw: (x, y) => {
      panel(ctx, { x, y, width: size, height: size }, 'rgba(255,255,255,0.94)', '#9a9486');
      const { project } = insetProjection(inset, size, size, pad);
      const trace = (geometries: readonly PolygonGeometry[]) => {
        ctx.beginPath();
        for (const g of geometries) {
          for (const ring of polygonRings(g)) {
            ring.forEach(([lon, lat], i) => {
              const [px, py] = project(lon, lat);
              if (i === 0) ctx.moveTo(x + px, y + py);
              else ctx.lineTo(x + px, y + py);
            });
            ctx.closePath();
          }
        }
      };
      trace([inset.county]);
      ctx.fillStyle = locatorColours.county;
      ctx.fill('evenodd');
      trace(inset.highlight);
      ctx.fillStyle = locatorColours.highlight;
      ctx.fill('evenodd');
      trace(inset.townships);
      ctx.strokeStyle = locatorColours.line;
      ctx.lineWidth = Math.max(0.5, size / 300);
      ctx.stroke();
      trace([inset.county]);
      ctx.strokeStyle = locatorColours.outline;
      ctx.lineWidth = Math.max(1, size / 150);
      ctx.stroke();
    },
  };
}
