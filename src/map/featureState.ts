import type { ExpressionSpecification } from 'maplibre-gl';

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
