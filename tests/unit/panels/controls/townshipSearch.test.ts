import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { matchesQuery, plainPinyin, sortByValue } from '../../../../src/panels/controls/townshipSearch';

const data = loadAppData();
const nagu = data.places.get('530326102')!; // 娜姑镇

describe('plainPinyin', () => {
  const rows = [
    { text: 'nà gū zhèn', expected: 'naguzhen' },
    { text: 'Nagu Town', expected: 'nagutown' },
    { text: 'lǜ', expected: 'lv' },
  ];
  for (const { text, expected } of rows) it(text, () => expect(plainPinyin(text)).toBe(expected));
});

describe('matchesQuery', () => {
  const rows = [
    { query: '', expected: true },
    { query: '娜姑', expected: true },
    { query: 'nagu', expected: true },
    { query: 'nà gū', expected: true },
    { query: 'NAGU', expected: true },
    { query: 'Nagu Town', expected: true },
    { query: 'town', expected: true },
    { query: '迤车', expected: false },
    { query: 'yiche', expected: false },
    { query: '   ', expected: true },
  ];
  for (const { query, expected } of rows) {
    it(JSON.stringify(query), () => expect(matchesQuery(nagu, query)).toBe(expected));
  }

  it('every township is found by its own Chinese name, pinyin and English name', () => {
    for (const t of data.townships) {
      for (const q of [t.name_zh, t.pinyin, t.name_en]) {
        expect(data.townships.filter((p) => matchesQuery(p, q)).map((p) => p.id)).toContain(t.id);
      }
    }
  });
});

describe('sortByValue', () => {
  const [a, b, c, d] = data.townships;
  const rows: { values: [string, number | string | null][]; expected: string[] }[] = [
    {
      values: [
        [a!.id, 1],
        [b!.id, null],
        [c!.id, 5],
        [d!.id, 0],
      ],
      expected: [c!.id, a!.id, d!.id, b!.id],
    },
    {
      values: [
        [a!.id, 'org-b'],
        [b!.id, null],
        [c!.id, 'org-a'],
        [d!.id, 'org-b'],
      ],
      expected: [c!.id, a!.id, d!.id, b!.id],
    },
  ];
  for (const { values, expected } of rows) {
    it(JSON.stringify(values.map(([, v]) => v)), () =>
      expect(sortByValue([a!, b!, c!, d!], new Map(values)).map((p) => p.id)).toEqual(expected),
    );
  }
});
