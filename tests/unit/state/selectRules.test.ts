import { describe, expect, it } from 'vitest';
import {
  nextSelection,
  type Look,
  type SelectOptions,
  type SelectTarget,
  type SelectionState,
} from '../../../src/state/selectRules';

const DAHAI = '530326201';
const KUANGSHAN = '530326105';
const NAGU = '530326102';

const start: SelectionState = { selection: null, region: [], regionName: null, tab: 'detail', sheet: 'peek' };
const township = (code: string) => ({ kind: 'township', code }) as const;
const fit = (townships: string[], sites: string[] = []): Look => ({ kind: 'fit', townships, sites });

interface Row {
  name: string;
  from: Partial<SelectionState>;
  target: SelectTarget;
  options: SelectOptions;
  expect: Partial<SelectionState>;
  look: Look;
}

const rows: Row[] = [
  {
    name: 'a click on the map selects and reveals the township, its panel in front, a phone sheet half open',
    from: { tab: 'pairings' },
    target: township(DAHAI),
    options: { via: 'map', phone: true },
    expect: { selection: township(DAHAI), tab: 'detail', sheet: 'half', region: [] },
    look: { kind: 'reveal', townships: [DAHAI], sites: [] },
  },
  {
    name: 'a name picked from the list flies to the township; away from a phone the sheet stays',
    from: {},
    target: township(NAGU),
    options: { via: 'list' },
    expect: { selection: township(NAGU), sheet: 'peek' },
    look: fit([NAGU]),
  },
  {
    name: 'click, then shift-click: a region of both, the panel sums it up, the map fits both',
    from: { selection: township(DAHAI), sheet: 'half' },
    target: township(KUANGSHAN),
    options: { via: 'map', additive: true },
    expect: { selection: null, region: [KUANGSHAN, DAHAI].sort(), tab: 'detail' },
    look: fit([KUANGSHAN, DAHAI].sort()),
  },
  {
    name: 'an additive click on the selected township itself makes a region of it alone',
    from: { selection: township(DAHAI) },
    target: township(DAHAI),
    options: { via: 'list', additive: true },
    expect: { selection: null, region: [DAHAI] },
    look: fit([DAHAI]),
  },
  {
    name: 'an additive click with nothing selected starts a region',
    from: {},
    target: township(NAGU),
    options: { via: 'map', additive: true },
    expect: { selection: null, region: [NAGU] },
    look: fit([NAGU]),
  },
  {
    name: 'an additive click on a member takes it out, and the region keeps its name',
    from: { region: [DAHAI, NAGU], regionName: '东片' },
    target: township(NAGU),
    options: { via: 'map', additive: true },
    expect: { region: [DAHAI], regionName: '东片' },
    look: fit([DAHAI]),
  },
  {
    name: 'taking the last member out ends the region and its name; camera and sheet stay',
    from: { region: [NAGU], regionName: '东片', sheet: 'half' },
    target: township(NAGU),
    options: { via: 'map', additive: true, phone: true },
    expect: { region: [], regionName: null, sheet: 'half' },
    look: { kind: 'stay' },
  },
  {
    name: 'a plain click inside a region selects and keeps the region',
    from: { region: [DAHAI, NAGU] },
    target: township(NAGU),
    options: { via: 'map' },
    expect: { selection: township(NAGU), region: [DAHAI, NAGU] },
    look: { kind: 'reveal', townships: [NAGU], sites: [] },
  },
  {
    name: 'a box adds what it drew round to the selected township',
    from: { selection: township(DAHAI) },
    target: { kind: 'region-add', codes: [NAGU, KUANGSHAN] },
    options: { via: 'map' },
    expect: { selection: null, region: [DAHAI, NAGU, KUANGSHAN].sort() },
    look: fit([DAHAI, NAGU, KUANGSHAN].sort()),
  },
  {
    name: 'a box never takes a member out',
    from: { region: [NAGU] },
    target: { kind: 'region-add', codes: [NAGU] },
    options: { via: 'map' },
    expect: { region: [NAGU] },
    look: fit([NAGU]),
  },
  {
    name: 'a site clicked on the map is selected where it is',
    from: { selection: township(NAGU) },
    target: { kind: 'site', id: 'site-a' },
    options: { via: 'map', phone: true },
    expect: { selection: { kind: 'site', id: 'site-a' }, sheet: 'half' },
    look: { kind: 'stay' },
  },
  {
    name: 'a site chosen in a panel is brought into view',
    from: {},
    target: { kind: 'site', id: 'site-a' },
    options: { via: 'panel' },
    expect: { selection: { kind: 'site', id: 'site-a' } },
    look: { kind: 'reveal', townships: [], sites: ['site-a'] },
  },
  {
    name: 'closing keeps the tab, folds a phone sheet and goes back to the region',
    from: { selection: township(NAGU), region: [DAHAI, NAGU], tab: 'pairings', sheet: 'full' },
    target: { kind: 'none' },
    options: { via: 'close', phone: true },
    expect: { selection: null, region: [DAHAI, NAGU], tab: 'pairings', sheet: 'peek' },
    look: fit([DAHAI, NAGU]),
  },
  {
    name: 'closing with no region goes back to the view before the selection',
    from: { selection: township(NAGU) },
    target: { kind: 'none' },
    options: { via: 'close' },
    expect: { selection: null },
    look: { kind: 'back' },
  },
  {
    name: 'closing with nothing selected leaves the camera',
    from: { region: [NAGU] },
    target: { kind: 'none' },
    options: { via: 'close' },
    expect: { selection: null, region: [NAGU] },
    look: { kind: 'stay' },
  },
  {
    name: 'a click on the empty map clears the selection and leaves the camera',
    from: { selection: township(NAGU) },
    target: { kind: 'none' },
    options: { via: 'map' },
    expect: { selection: null },
    look: { kind: 'stay' },
  },
  {
    name: 'the tour shows a tab with nothing selected',
    from: { selection: township(NAGU) },
    target: { kind: 'none' },
    options: { via: 'tour', tab: 'beyond' },
    expect: { selection: null, tab: 'beyond' },
    look: { kind: 'stay' },
  },
  {
    name: 'a region picked by name replaces the region and fits it',
    from: { region: [NAGU] },
    target: { kind: 'region', codes: [KUANGSHAN, DAHAI], name: '北片' },
    options: { via: 'region-bar' },
    expect: { region: [KUANGSHAN, DAHAI].sort(), regionName: '北片' },
    look: fit([KUANGSHAN, DAHAI].sort()),
  },
  {
    name: 'clearing the region shows the county',
    from: { region: [NAGU], regionName: '东片' },
    target: { kind: 'region', codes: [], name: null },
    options: { via: 'region-bar' },
    expect: { region: [], regionName: null },
    look: { kind: 'county' },
  },
];

describe('nextSelection: every way in follows one rule', () => {
  it.each(rows)('$name', (row) => {
    const before = { ...start, ...row.from };
    const { state, look } = nextSelection(before, row.target, row.options);
    expect(state).toMatchObject(row.expect);
    expect(look).toEqual(row.look);
  });

  it('leaves the state it was given unchanged', () => {
    const before: SelectionState = { ...start, region: [NAGU] };
    nextSelection(before, township(DAHAI), { via: 'map', additive: true });
    expect(before.region).toEqual([NAGU]);
  });
});
