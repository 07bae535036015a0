/**
 * Every map layer id, bottom to top. A layer component asks for its `beforeId` here, so z-order is decided
 * in one place; an id missing from this list throws, which forces a deliberate place for every new layer.
 */
export const layerOrder = [
  'background',
  'osm-basemap',
  'neighbour-fill',
  'county-fill',
  'township-fill',
  'township-hatch',
  'rivers',
  'neighbour-line',
  'township-line',
  'county-line',
  'township-selected-line',
  'river-labels',
  'neighbour-labels',
  'township-labels',
  'site-halo',
  'site-symbols',
] as const;

export type LayerId = (typeof layerOrder)[number];

export function assertKnownLayer(id: string): asserts id is LayerId {
  if (!(layerOrder as readonly string[]).includes(id)) {
    throw new Error(`Layer "${id}" is not in layerOrder; add it there to give it a z-order.`);
  }
}

/**
 * The id of the first layer above `id` that is already on the map, or undefined to add at the top.
 * `present` says which layer ids the map currently has.
 */
export function beforeIdFor(id: string, present: (candidate: LayerId) => boolean): LayerId | undefined {
  assertKnownLayer(id);
  const above = layerOrder.slice(layerOrder.indexOf(id) + 1);
  return above.find(present);
}
