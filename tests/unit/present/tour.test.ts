import { describe, expect, it } from 'vitest';
import { clampStep, tourKeyAction, tourSteps } from '../../../src/present/tour';

describe('tourSteps', () => {
  it('is overview, townships with records in code order, pairings, beyond', () => {
    const records = new Map<string, unknown[]>([
      ['530326203', [1]],
      ['530326001', [1, 2]],
      ['530326102', []],
      ['530326101', [3]],
    ]);
    expect(tourSteps(records)).toEqual([
      { kind: 'overview' },
      { kind: 'township', code: '530326001' },
      { kind: 'township', code: '530326101' },
      { kind: 'township', code: '530326203' },
      { kind: 'pairings' },
      { kind: 'beyond' },
    ]);
  });
  it('still has its fixed steps when no township has records (everything filtered out)', () => {
    expect(tourSteps(new Map([['530326001', []]])).map((s) => s.kind)).toEqual([
      'overview',
      'pairings',
      'beyond',
    ]);
  });
});

describe('clampStep', () => {
  it.each([
    [0, 5, 0],
    [4, 5, 4],
    [5, 5, 4],
    [999, 5, 4],
    [-3, 5, 0],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
    [Number.POSITIVE_INFINITY, 5, 0],
    [3, 0, 0],
  ])('step %s of %s → %s', (step, length, expected) => {
    expect(clampStep(step, length)).toBe(expected);
  });
});

describe('tourKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowDown', 'scroll-down'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['ArrowUp', 'scroll-up'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
    [' ', 'scroll-down'],
    ['Enter', null],
    ['a', null],
  ])('%j → %s', (key, action) => {
    expect(tourKeyAction(key)).toBe(action);
  });
});
