import { describe, expect, it } from 'vitest';
import { byState } from '../../../src/map/featureState';

describe('byState', () => {
  it.each([
    {
      cases: [['selected', 3]] as const,
      otherwise: 1.4,
      expected: ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.4],
    },
    {
      cases: [
        ['selected', '#000'],
        ['dim', '#666'],
      ] as const,
      otherwise: '#111',
      expected: [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        '#000',
        ['boolean', ['feature-state', 'dim'], false],
        '#666',
        '#111',
      ],
    },
  ])('$cases.length flag(s) → one case expression, first flag set wins', ({ cases, otherwise, expected }) => {
    expect(byState(cases, otherwise)).toEqual(expected);
  });
});
