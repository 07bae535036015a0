/** Feature-state values, as a layer keeps them: flags, a fill colour or null. */
export type StateValue = boolean | string | number | null;
export type FeatureStates = ReadonlyMap<string, Readonly<Record<string, StateValue>>>;

export interface StateChanges {
  /** Per feature id, only the keys whose value differs from what was last set (all keys for a new id). */
  set: [string, Record<string, StateValue>][];
  /** Ids that had state and are no longer in the data: their state is to be removed. */
  removed: string[];
}

/**
 * What to write to go from the feature-state last set to the next one, as svelte-maplibre's JoinedData
 * does: every `setFeatureState` makes MapLibre re-evaluate the feature's paint, so unchanged keys are left
 * alone and a click touches two or three features instead of all 25 (issue 22, item 5). Pure.
 */
export function changedStates(prev: FeatureStates, next: FeatureStates): StateChanges {
  const set: StateChanges['set'] = [];
  for (const [id, state] of next) {
    const before = prev.get(id);
    const changed = Object.fromEntries(
      Object.entries(state).filter(([key, value]) => !before || !(key in before) || before[key] !== value),
    );
    if (Object.keys(changed).length > 0) set.push([id, changed]);
  }
  const removed = [...prev.keys()].filter((id) => !next.has(id));
  return { set, removed };
}

/**
 * The hover flag's writes when the hovered feature changes from `prev` to `next` (null: none): off on the
 * old one, on on the new one, as svelte-maplibre's Layer does. Pure.
 */
export function hoverChanges(prev: string | null, next: string | null): [string, { hover: boolean }][] {
  if (prev === next) return [];
  return [
    ...(prev === null ? [] : [[prev, { hover: false }] as [string, { hover: boolean }]]),
    ...(next === null ? [] : [[next, { hover: true }] as [string, { hover: boolean }]]),
  ];
}
