// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/appState.svelte';
import { defaultState, type UrlState } from '../../../src/state/urlState';

/** Counts how often an effect reading `read(state)` runs while `act` applies URL states. */
function effectRuns(read: (s: AppState) => unknown, first: UrlState, second: UrlState): number {
  const state = new AppState();
  state.apply(first);
  let runs = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      read(state);
      runs++;
    });
  });
  flushSync();
  state.apply(second);
  flushSync();
  stop();
  return runs - 1;
}

const base: UrlState = {
  ...defaultState,
  selection: { kind: 'township', code: '530326102' },
  categories: ['donation'],
  actors: ['paired'],
  years: [2018],
  view: { lon: 103.3, lat: 26.4, zoom: 9 },
  region: ['530326102', '530326103'],
};
const clone = (s: UrlState): UrlState => JSON.parse(JSON.stringify(s)) as UrlState;

describe('AppState.apply wakes effects only for fields that changed', () => {
  const fields: [string, (s: AppState) => unknown, Partial<UrlState>][] = [
    ['selection', (s) => s.selection, { selection: { kind: 'township', code: '530326103' } }],
    ['categories', (s) => s.categories, { categories: ['industry'] }],
    ['actors', (s) => s.actors, { actors: [] }],
    ['years', (s) => s.years, { years: [2017, 2018] }],
    ['view', (s) => s.view, { view: { lon: 103.3, lat: 26.4, zoom: 10 } }],
    ['region', (s) => s.region, { region: ['530326102'] }],
  ];
  it.each(fields)('%s: an equal value parsed again wakes nothing', (_name, read) => {
    expect(effectRuns(read, base, clone(base))).toBe(0);
  });
  it.each(fields)('%s: a different value wakes its readers once', (_name, read, change) => {
    expect(effectRuns(read, base, { ...clone(base), ...change })).toBe(1);
  });
});
