/**
 * Every map layer, bottom to top, and whether it takes pointer events. A layer component gets its place
 * here (`layer(id)`), so z-order and click precedence are decided in one list: of the interactive layers
 * under the pointer, the one highest in this list takes the click (a township's name, then sites, then
 * township fills). An id missing
 * from the list throws, which forces a deliberate place for every new layer.
 */
const layers = [
  { id: 'background' },
  { id: 'osm-basemap' },
  { id: 'neighbour-fill' },
  { id: 'county-fill' },
  { id: 'township-fill', interactive: true },
  { id: 'township-hatch' },
  { id: 'township-context' },
  { id: 'rivers' },
  { id: 'neighbour-line' },
  { id: 'township-line' },
  { id: 'county-line' },
  { id: 'township-selected-line' },
  { id: 'pairing-links' },
  { id: 'river-labels' },
  { id: 'neighbour-labels' },
  { id: 'pairing-labels' },
  { id: 'baoshan-mark' },
  { id: 'site-halo' },
  { id: 'site-symbols', interactive: true },
  // Township names over the site symbols: placed first, so a township is named even where its sites
  // crowd round its label point, and a click on a name selects its township.
  { id: 'township-labels', interactive: true },
  { id: 'urban-labels', interactive: true },
] as const satisfies readonly { id: string; interactive?: true }[];

export type LayerId = (typeof layers)[number]['id'];

export interface LayerPlace {
  id: LayerId;
  /** Position from the bottom (0 = background). */
  z: number;
  /** True when the layer takes clicks and hover (through the map context). */
  interactive: boolean;
}

export const layerOrder: readonly LayerId[] = layers.map((l) => l.id);

/** The place of a layer; throws for an id that is not in the list. */
export function layer(id: string): LayerPlace {
  const z = layerOrder.indexOf(id as LayerId);
  if (z < 0) throw new Error(`Layer "${id}" is not in layerOrder; add it there to give it a z-order.`);
  return { id: id as LayerId, z, interactive: 'interactive' in layers[z]! };
}

/** The interactive layers, topmost first: the order in which they claim a click. */
export const interactiveLayers: readonly LayerId[] = layerOrder
  .filter((id) => layer(id).interactive)
  .reverse();

/**
 * The id of the first layer above `id` that is already on the map, or undefined to add at the top.
 * `present` says which layer ids the map currently has.
 */
export function beforeIdFor(id: string, present: (candidate: LayerId) => boolean): LayerId | undefined {
  const above = layerOrder.slice(layer(id).z + 1);
  return above.find(present);
}
