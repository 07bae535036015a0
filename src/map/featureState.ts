import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { changedStates, type FeatureStates } from './stateDiff';

/** The flags the layers keep in feature-state (set by the township and site layers). */
export type StateFlag = 'selected' | 'dim' | 'paired' | 'inregion' | 'hover' | 'norecord';

/**
 * A paint value chosen by feature-state flags: the value of the first flag that is set, else `otherwise`
 * (`['case', ['boolean', ['feature-state', flag], false], value, …, otherwise]`).
 */
export function byState<T extends string | number>(
  cases: readonly (readonly [StateFlag, T])[],
  otherwise: T,
): ExpressionSpecification {
  return [
    'case',
    ...cases.flatMap(([flag, value]) => [['boolean', ['feature-state', flag], false], value]),
    otherwise,
  ] as ExpressionSpecification;
}

/**
 * Writes a layer's feature-state to its sources, keeping what it last wrote so that each call sets only
 * the changes (`changedStates`). One writer per group of keys: removal clears a feature's whole state, which
 * is what a feature gone from the data should have.
 */
export class StateWriter {
  #last: FeatureStates = new Map();

  readonly #map: MapLibreMap;
  readonly #sources: readonly string[];

  constructor(map: MapLibreMap, sources: readonly string[]) {
    this.#map = map;
    this.#sources = sources;
  }

  write(next: FeatureStates): void {
    const { set, removed } = changedStates(this.#last, next);
    for (const source of this.#sources) {
      for (const [id, state] of set) this.#map.setFeatureState({ source, id }, state);
      for (const id of removed) this.#map.removeFeatureState({ source, id });
    }
    this.#last = next;
  }
}
