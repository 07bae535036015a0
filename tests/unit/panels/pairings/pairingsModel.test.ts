import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import type { Pairing, PairingLevel } from '../../../../src/data/schema';
import {
  LEVEL_ORDER,
  beyondModel,
  connectorPath,
  countsBySide,
  defaultLayout,
  groupByLevel,
  layoutDiagram,
  notCalledPairing,
  shortPlaceName,
  sideKey,
  splitPairings,
  townshipCodesOf,
} from '../../../../src/panels/pairings/pairingsModel';

const data = loadAppData();
const pairings = [...data.pairings.values()];

/** A minimal pairing for layout rows: only the fields the layout reads matter. */
function pairing(id: string, level: PairingLevel, left: string, right: string): Pairing {
  const side = (label: string) => ({ label_zh: label, label_en: label, organisations: [], places: [label] });
  return {
    id,
    level,
    relation_zh: '结对关系',
    baoshan_side: side(left),
    huize_side: side(right),
    counts: [],
    activity: null,
    date: null,
    citation: { source: 'src-zhujiang-baoshan-huize', section: 'lead', phrase: '结对' },
    notes: [],
    notes_zh: [],
    notes_en: [],
  };
}

describe('grouping and splitting the real pairings', () => {
  it('every pairing is either linked or aggregate, none lost', () => {
    const { linked, aggregate } = splitPairings(pairings);
    expect([...linked, ...aggregate].map((p) => p.id).sort()).toEqual(pairings.map((p) => p.id).sort());
    expect(aggregate.map((p) => p.id)).toEqual(['pair-villages-enterprises']);
  });

  it('groups in the schema order of levels, keeping every linked pairing once', () => {
    const { linked } = splitPairings(pairings);
    const groups = groupByLevel(linked);
    const levels = groups.map((g) => g.level);
    expect(levels).toEqual(LEVEL_ORDER.filter((l) => levels.includes(l)));
    expect(groups.flatMap((g) => g.pairings.map((p) => p.id)).sort()).toEqual(linked.map((p) => p.id).sort());
    for (const g of groups) for (const p of g.pairings) expect(p.level).toBe(g.level);
  });

  it.each([
    { id: 'pair-yuepu-yiche', codes: ['530326103'] },
    { id: 'pair-wusong-daqiao', codes: ['530326204'] },
    { id: 'pair-baofang-gucheng', codes: ['530326001'] },
    { id: 'pair-baoshan-huize', codes: [] },
    { id: 'pair-hrss-bureaus', codes: [] },
  ])('townshipCodesOf($id) = $codes', ({ id, codes }) => {
    expect(townshipCodesOf(data.pairings.get(id)!.huize_side, data.places)).toEqual(codes);
  });

  it.each([
    { id: 'pair-hrss-bureaus', expected: true },
    { id: 'pair-yuepu-yiche', expected: false },
    { id: 'pair-baoshan-huize', expected: false },
  ])('notCalledPairing($id) = $expected', ({ id, expected }) => {
    expect(notCalledPairing(data.pairings.get(id)!)).toBe(expected);
  });

  it('splits the aggregate counts by side: 27 and 58 on the Baoshan side, 104 on the Huize side', () => {
    const c = countsBySide(data.pairings.get('pair-villages-enterprises')!);
    expect(c.baoshan.map((x) => x.value)).toEqual([27, 58]);
    expect(c.huize.map((x) => x.value)).toEqual([104]);
    expect(c.other).toEqual([]);
  });
});

describe('connectorPath', () => {
  it.each([
    { y1: 30, y2: 30, w: 100, d: 'M0 30H100' },
    { y1: 30, y2: 90, w: 100, d: 'M0 30C50 30 50 90 100 90' },
    { y1: 90.04, y2: 10, w: 60, d: 'M0 90C30 90 30 10 60 10' },
  ])('($y1 → $y2, width $w) = $d', ({ y1, y2, w, d }) => {
    expect(connectorPath(y1, y2, w)).toBe(d);
  });
});

describe('layoutDiagram', () => {
  const o = defaultLayout;

  it('stacks a heading band and one row per pairing, group after group', () => {
    const groups = groupByLevel([
      pairing('a', 'district-county', 'A', 'X'),
      pairing('b', 'town-town', 'B', 'Y'),
      pairing('c', 'town-town', 'C', 'Z'),
    ]);
    const layout = layoutDiagram(groups, o);
    expect(layout.headings).toEqual([
      { level: 'district-county', y: o.headingHeight / 2 },
      { level: 'town-town', y: o.headingHeight + o.rowHeight + o.groupGap + o.headingHeight / 2 },
    ]);
    const ys = layout.links.map((l) => l.y);
    expect(ys).toEqual([
      o.headingHeight + o.rowHeight / 2,
      2 * o.headingHeight + o.rowHeight + o.groupGap + o.rowHeight / 2,
      2 * o.headingHeight + 2 * o.rowHeight + o.groupGap + o.rowHeight / 2,
    ]);
    expect(layout.height).toBe(2 * o.headingHeight + 3 * o.rowHeight + o.groupGap);
    // one-to-one pairings: straight connectors
    for (const l of layout.links) expect(l.d).toBe(connectorPath(l.y, l.y));
  });

  it('puts a node shared by two pairings at the mean of their rows, with curved connectors', () => {
    const layout = layoutDiagram(
      groupByLevel([pairing('a', 'town-town', 'A', 'X'), pairing('b', 'town-town', 'B', 'X')]),
      o,
    );
    const x = layout.nodes.find((n) => n.key === 'huize:X')!;
    expect(x.pairingIds).toEqual(['a', 'b']);
    expect(x.y).toBe((layout.links[0]!.y + layout.links[1]!.y) / 2);
    expect(layout.nodes.filter((n) => n.column === 'huize')).toHaveLength(1);
    expect(layout.links[0]!.d).toBe(connectorPath(layout.links[0]!.y, x.y));
    expect(layout.links[0]!.d).toContain('C');
  });

  it('lays out the real pairings: rows do not overlap and every link joins its own two sides', () => {
    const groups = groupByLevel(splitPairings(pairings).linked);
    const layout = layoutDiagram(groups);
    const ys = layout.links.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(o.rowHeight);
    for (const l of layout.links) {
      expect(l.from).toBe(sideKey('baoshan', l.pairing.baoshan_side));
      expect(l.to).toBe(sideKey('huize', l.pairing.huize_side));
    }
    expect(layout.headings.map((h) => h.level)).toEqual(groups.map((g) => g.level));
  });
});

describe('beyondModel (real data)', () => {
  const model = beyondModel(data);

  it('lists the places of the crayfish-spread activity in the report order', () => {
    expect(model.items.map((i) => i.place.id)).toEqual(data.activities.get(model.activity.id)!.places);
  });

  it('gives a point exactly to the places whose record has a location (普洱市 has none)', () => {
    for (const item of model.items) expect(item.location === null).toBe(item.place.location === null);
    expect(model.items.filter((i) => !i.location).map((i) => i.place.name_zh)).toEqual(['普洱市']);
  });

  it("finds 潜江 through the company based there, with that activity's citation", () => {
    expect(model.origin?.place.name_zh).toBe('潜江市');
    expect(model.origin?.organisation.place).toBe('place-qianjiang');
    expect(model.origin?.activity.actors).toContain(model.origin?.organisation.id);
    expect(model.origin?.activity.citation.phrase).toContain('潜江');
  });
});

describe('shortPlaceName', () => {
  it.each([
    { id: 'place-yimen-county', zh: '易门', en: 'Yimen' },
    { id: 'place-luquan-county', zh: '禄劝', en: 'Luquan' },
    { id: 'place-jinping-county', zh: '金平', en: 'Jinping' },
    { id: 'place-malipo-county', zh: '麻栗坡', en: 'Malipo' },
    { id: 'place-puer-city', zh: '普洱', en: "Pu'er" },
    { id: 'place-xuanwei-city', zh: '宣威', en: 'Xuanwei' },
  ])('$id → $zh / $en', ({ id, zh, en }) => {
    const place = data.places.get(id)!;
    expect(shortPlaceName(place, 'zh-CN')).toBe(zh);
    expect(shortPlaceName(place, 'en')).toBe(en);
  });

  it('falls back to the full name when the pinyin does not spell the English stem', () => {
    expect(
      shortPlaceName({ name_zh: '某某县', name_en: 'Other County', pinyin: 'mǒu mǒu xiàn' }, 'zh-CN'),
    ).toBe('某某县');
  });
});
