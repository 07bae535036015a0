/**
 * The citation card's official places: the short form a report writes for a village committee's official
 * name (checked against the data's own villages), and the townships and villages of Huize a selection
 * names, matched on the list the browser loads (build/deskInputs.ts) — in the data with its code, or not
 * yet, and a name inside a longer official name not taken for a place of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deskInputs } from '../../../build/deskInputs';
import { inputPaths } from '../../../build/paths';
import { loadData } from '../../../src/data/load';
import { normaliseReport } from '../../../src/data/normalise';
import { placesNamed } from '../../../src/reader/cite';
import { huizePlaces, officialNamed, shortName } from '../../../src/reader/officialPlaces';
import { realRaw, REPORT_PATH } from '../data/real-data';

const data = loadData(realRaw());
const places = [...data.places.values()];
const official = huizePlaces(deskInputs(inputPaths({})).official);

describe('shortName: what a report writes for an official name', () => {
  const rows: [string, string | null][] = [
    ['白务村村民委员会', '白务村'],
    ['白雾村民委员会', '白雾村'],
    ['堂琅社区居民委员会', '堂琅社区'],
    ['赵家村社区居民委员会', '赵家村社区'],
    ['新村村民委员会', '新村'],
    ['娜姑镇', null],
    ['村民委员会', null],
  ];
  it.each(rows)('%s → %s', (official, short) => expect(shortName(official)).toBe(short));

  const villages = places.filter((p) => p.kind === 'village' && p.official_name_zh);
  it('gives each of the data’s villages the name the data gives it', () => {
    expect(villages.length).toBeGreaterThan(0);
    for (const v of villages) expect(shortName(v.official_name_zh!), v.id).toBe(v.name_zh);
  });
});

describe('officialNamed on the official list the browser loads', () => {
  it('holds Huize’s townships and villages, each village with its township and a short form', () => {
    const townships = official.filter((p) => p.kind === 'township');
    expect(townships.map((t) => t.code)).toEqual(
      places.filter((p) => p.kind === 'township').map((p) => p.official_code),
    );
    const villages = official.filter((p) => p.kind === 'village');
    expect(villages.length).toBeGreaterThan(300);
    for (const v of villages) {
      expect(v.short, v.name).not.toBeNull();
      expect(v.township?.name, v.code).toBe(townships.find((t) => t.code === v.code.slice(0, 9))?.name);
    }
  });

  /** code, the words that name it, the township it lies in, the data's place with that code (or null). */
  type Row = [string, string, string | null, string | null];
  const rows: { words: string; found: Row[] }[] = [
    {
      // from the seed report: two villages the data has
      words: '上海国际港务集团选派2名干部到对口帮扶的矿山镇布卡村和马路乡半坡村驻村开展帮扶工作',
      found: [
        ['530326105', '矿山镇', null, '530326105'],
        ['530326105202', '布卡村', '矿山镇', 'place-buka-village'],
        ['530326206', '马路乡', null, '530326206'],
        ['530326206212', '半坡村', '马路乡', 'place-banpo-village'],
      ],
    },
    {
      // a village of Huize the data has no row for; 布卡村 inside it is not 布卡村
      words: '在乐业镇阿布卡村新建蔬菜大棚',
      found: [
        ['530326104', '乐业镇', null, '530326104'],
        ['530326104219', '阿布卡村', '乐业镇', null],
      ],
    },
    {
      // the village 上村 inside the township 上村乡 is the township
      words: '上村乡群众',
      found: [['530326211', '上村乡', null, '530326211']],
    },
    {
      // a township inside a longer word names it, as it does for the checks
      words: '选派1名医生到待补镇中心卫生院支医',
      found: [['530326108', '待补镇', null, '530326108']],
    },
    {
      // the committee's own name; a name two townships' villages share gives both
      words: '白务村村民委员会与小米村',
      found: [
        ['530326102206', '白务村村民委员会', '娜姑镇', 'place-baiwu-village'],
        ['530326103214', '小米村', '迤车镇', null],
        ['530326209204', '小米村', '雨碌乡', null],
      ],
    },
    { words: '让贫困学生走出大山、感受上海，开阔眼界', found: [] },
  ];
  it.each(rows)('$words', ({ words, found }) => {
    const got = officialNamed(words, official, places);
    expect(
      got.map((f): Row => [f.place.code, f.written, f.place.township?.name ?? null, f.inData?.id ?? null]),
    ).toEqual(found);
    for (const f of got) expect(words.slice(f.at, f.at + f.written.length)).toBe(f.written);
  });

  it('finds the townships the data matching finds in the same words', () => {
    for (const { words } of rows) {
      const townships = placesNamed(words, places).filter((p) => p.place.kind === 'township');
      const officials = officialNamed(words, official, places).filter((f) => f.place.kind === 'township');
      expect(
        officials.map((f) => f.inData?.id),
        words,
      ).toEqual(townships.map((p) => p.place.id));
    }
  });
});

describe.runIf(existsSync(REPORT_PATH))('officialNamed on the seed report', () => {
  it('finds every village place of the data the report names by its official name or short form', () => {
    const text = normaliseReport(readFileSync(REPORT_PATH, 'utf8'));
    const found = officialNamed(text, official, places);
    for (const v of places.filter((p) => p.kind === 'village' && text.includes(p.name_zh)))
      expect(found.find((f) => f.place.code === v.official_code)?.inData?.id, v.id).toBe(v.id);
  });
});
