import type { Selection } from '../domain';
import { unionBounds, type Bounds } from '../geo/bounds';
import type { Look } from '../state/selectRules';
import { urbanFitMaxZoom, urbanLabelMinZoom } from '../map/zooms';

/** Where things are, for turning what a view should show into bounds. */
export interface Whereabouts {
  boundsOfTownships(codes: readonly string[]): Bounds | null;
  /** A site's drawn point, or null for an unknown site. */
  sitePoint(id: string): [number, number] | null;
  /** The township a site lies in. */
  siteTownship(id: string): string | null;
  /** The urban 街道, a few km across: fitted closer, so that their cells and names can be read. */
  urban: readonly string[];
}

/** A camera move: the bounds and how close, decided without a map. */
export type CameraMove =
  | { kind: 'stay' }
  | { kind: 'county' }
  | { kind: 'reveal' | 'fit'; bounds: Bounds; maxZoom?: number; minZoom?: number };

/** The bounds and zoom limits a Look calls for. */
export function cameraMove(look: Look, where: Whereabouts): CameraMove {
  if (look.kind === 'stay' || look.kind === 'county') return { kind: look.kind };
  if (look.kind === 'back') return { kind: 'stay' }; // the controller keeps where the map came from
  const points = look.sites
    .map((id) => where.sitePoint(id))
    .filter((p): p is [number, number] => p !== null)
    .map((p): Bounds => [p, p]);
  const bounds = unionBounds([where.boundsOfTownships(look.townships), ...points].filter((b) => b !== null));
  if (!bounds) return { kind: 'stay' };
  const urban =
    look.townships.length > 0 &&
    look.sites.length === 0 &&
    look.townships.every((c) => where.urban.includes(c));
  return {
    kind: look.kind,
    bounds,
    ...(urban ? { maxZoom: urbanFitMaxZoom, minZoom: urbanLabelMinZoom } : {}),
  };
}

/**
 * What a link shows when it names no area of its own: its region and its selection together (a link
 * holding both shows both, on any screen), else the county.
 */
export function linkLook(
  view: { region: readonly string[]; selection: Selection },
  where: Whereabouts,
): Look {
  const selected = view.selection;
  const township =
    selected?.kind === 'township' ? selected.code : selected ? where.siteTownship(selected.id) : null;
  const townships = [...new Set([...view.region, ...(township ? [township] : [])])];
  return townships.length ? { kind: 'fit', townships, sites: [] } : { kind: 'county' };
}
