/**
 * A small, valid in-memory dataset in the shape of data/*.json, with a matching report text and official
 * list, for the validation and metrics tests. Each test clones it and breaks one thing.
 */
import { createHash } from 'node:crypto';
import type { SourceText } from '../../../src/data/checks';
import { splitReport } from '../../../src/data/report';
import type { Activity, Organisation, Pairing, Person, Place, Source } from '../../../src/data/schema';
import type { ValidationContext } from '../../../src/data/validate';

export const REPORT_TEXT = [
  '珠江网讯2017年8月，会泽县新增列为协作县，并于当年投入100万元帮扶资金。',
  '社会帮扶展风采',
  '甲公司捐赠大桥乡者米小学28台电脑，价值10万元；乙学院组织会泽县大井镇、娜姑镇共20名小学生赴上海参加夏令营，资助费用22.4万元。',
  '丙集团在者米村捐资建设的道路',
  '携手奔小康建平台',
  '输出2415人到外省就业，其中贫困户1049人。',
].join('\n');

export const OFFICIAL = new Map(
  [
    ['530326', '会泽县'],
    ['530326102', '娜姑镇'],
    ['530326107', '大井镇'],
    ['530326204', '大桥乡'],
    ['530326204204', '者米村村民委员会'],
  ].map(([code, name]) => [code as string, { name: name as string }]),
);

/** The source every fixture record cites, and a second one whose phrases they must not borrow. */
export const SOURCE = 'src-test';
export const OTHER_SOURCE = 'src-other';
export const OTHER_TEXT = ['乙报讯', '戊公司向娜姑镇捐赠图书，丙集团在者米村修建道路。'].join('\n');

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const source = (id: string, text: string, name: string): Source => ({
  id,
  name_zh: name,
  name_en: name,
  title: null,
  outlet: name,
  author: null,
  published: null,
  published_note: 'written for the tests',
  url: null,
  language: 'zh',
  script: 'Hans',
  script_as_scraped: 'Hans',
  text: { folder: 'sources', file: `${id}.txt` },
  normalisation: { stored: 'normalised', steps: [] },
  text_sha256: sha(text),
  notes: [],
});

export function sources(): Source[] {
  return [source(SOURCE, REPORT_TEXT, '珠江网讯'), source(OTHER_SOURCE, OTHER_TEXT, '乙报讯')];
}

const sourceText = (text: string): SourceText => ({ report: splitReport(text), sha256: sha(text) });

export const context = (): ValidationContext => ({
  official: OFFICIAL,
  texts: new Map([
    [SOURCE, sourceText(REPORT_TEXT)],
    [OTHER_SOURCE, sourceText(OTHER_TEXT)],
  ]),
});

const basePlace = {
  names_in_report: [] as string[],
  official_code: null,
  official_name_zh: null,
  township_type: null,
  in_huize: true,
  township: null,
  within: null,
  parent_zh: null,
  parent_code: null,
  location: null,
  notes: [] as string[],
  notes_zh: [] as string[],
  notes_en: [] as string[],
};

const township = (code: string, zh: string, en: string, type: '镇' | '乡'): Place => ({
  ...basePlace,
  id: code,
  kind: 'township',
  name_zh: zh,
  name_en: en,
  pinyin: '-',
  names_in_report: [zh],
  official_code: code,
  official_name_zh: zh,
  township_type: type,
  township: code,
  precision: 'township',
});

export function places(): Place[] {
  return [
    {
      ...basePlace,
      id: 'place-huize-county',
      kind: 'county',
      name_zh: '会泽县',
      name_en: 'Huize County',
      pinyin: 'huì zé xiàn',
      names_in_report: ['会泽县'],
      official_code: '530326',
      official_name_zh: '会泽县',
      precision: 'county',
    },
    township('530326102', '娜姑镇', 'Nagu Town', '镇'),
    township('530326107', '大井镇', 'Dajing Town', '镇'),
    township('530326204', '大桥乡', 'Daqiao Township', '乡'),
    {
      ...basePlace,
      id: 'place-zhemi-village',
      kind: 'village',
      name_zh: '者米村',
      name_en: 'Zhemi Village',
      pinyin: 'zhě mǐ cūn',
      names_in_report: ['者米村'],
      official_code: '530326204204',
      official_name_zh: '者米村村民委员会',
      township: '530326204',
      within: '530326204',
      precision: 'village',
    },
    {
      ...basePlace,
      id: 'place-zhemi-school',
      kind: 'school',
      name_zh: '者米小学',
      name_en: 'Zhemi Primary School',
      pinyin: 'zhě mǐ xiǎo xué',
      names_in_report: ['者米小学'],
      township: '530326204',
      within: '530326204',
      precision: 'township',
    },
    {
      ...basePlace,
      id: 'place-shanghai',
      kind: 'municipality',
      name_zh: '上海市',
      name_en: 'Shanghai',
      pinyin: 'shàng hǎi shì',
      names_in_report: ['上海'],
      in_huize: false,
      precision: 'county',
    },
  ];
}

export function organisations(): Organisation[] {
  const o = (id: string, zh: string, en: string): Organisation => ({
    id,
    name_zh: zh,
    name_en: en,
    names_in_report: [zh],
    kind: 'company',
    side: 'shanghai',
    place: null,
    notes: [],
  });
  return [
    o('org-jia', '甲公司', 'Jia Co.'),
    o('org-yi', '乙学院', 'Yi College'),
    o('org-bing', '丙集团', 'Bing Group'),
  ];
}

const act = (a: Partial<Activity> & Pick<Activity, 'id' | 'scope' | 'places' | 'citation'>): Activity => ({
  category: 'donation',
  title_zh: a.id,
  title_en: a.id,
  actors: [],
  recipients: [],
  people: [],
  destinations: [],
  shared: false,
  direction: null,
  date: null,
  amounts: [],
  counts: [],
  notes: [],
  notes_zh: [],
  notes_en: [],
  ...a,
});

export function activities(): Activity[] {
  return [
    act({
      id: 'act-county-funds',
      category: 'funding',
      scope: 'county',
      places: ['place-huize-county'],
      date: { year: 2017, month: 8, relation: 'in' },
      amounts: [
        {
          key: 'funds',
          value_wan: 100,
          kind: 'funds',
          what_en: 'funds',
          what_zh: '帮扶资金',
          as_written: '100万元',
          additive: true,
          split_note: null,
          split_note_zh: null,
          split_note_en: null,
        },
      ],
      citation: {
        source: SOURCE,
        section: 'lead',
        phrase: '2017年8月，会泽县新增列为协作县，并于当年投入100万元帮扶资金',
      },
    }),
    act({
      id: 'act-zhemi',
      actors: ['org-jia'],
      scope: 'township',
      places: ['place-zhemi-school'],
      amounts: [
        {
          key: 'value',
          value_wan: 10,
          kind: 'in-kind-value',
          what_en: 'value',
          what_zh: '价值',
          as_written: '10万元',
          additive: true,
          split_note: null,
          split_note_zh: null,
          split_note_en: null,
        },
      ],
      counts: [
        {
          key: 'computers',
          value: 28,
          unit: 'computers',
          counted_as: 'items',
          what_en: 'computers',
          what_zh: '电脑',
          qualifier: 'exact',
          prospective: false,
          as_written: '28台',
          part_of: null,
        },
      ],
      citation: {
        source: SOURCE,
        section: '社会帮扶展风采',
        phrase: '甲公司捐赠大桥乡者米小学28台电脑，价值10万元',
      },
    }),
    act({
      id: 'act-camp',
      actors: ['org-yi'],
      scope: 'township',
      places: ['530326107', '530326102'],
      destinations: ['place-shanghai'],
      shared: true,
      amounts: [
        {
          key: 'fees',
          value_wan: 22.4,
          kind: 'sponsorship',
          what_en: 'fees',
          what_zh: '资助费用',
          as_written: '22.4万元',
          additive: true,
          split_note: null,
          split_note_zh: null,
          split_note_en: null,
        },
      ],
      counts: [
        {
          key: 'pupils',
          value: 20,
          unit: 'people',
          counted_as: 'beneficiaries',
          what_en: 'pupils',
          what_zh: '小学生',
          qualifier: 'exact',
          prospective: false,
          as_written: '20名小学生',
          part_of: null,
        },
      ],
      citation: {
        source: SOURCE,
        section: '社会帮扶展风采',
        phrase: '组织会泽县大井镇、娜姑镇共20名小学生赴上海参加夏令营，资助费用22.4万元',
      },
    }),
    act({
      id: 'act-road',
      actors: ['org-bing'],
      scope: 'township',
      places: ['place-zhemi-village'],
      citation: { source: SOURCE, section: 'caption', phrase: '丙集团在者米村捐资建设的道路' },
    }),
    act({
      id: 'act-workers',
      category: 'labour',
      scope: 'county',
      places: ['place-huize-county'],
      counts: [
        {
          key: 'workers',
          value: 2415,
          unit: 'people',
          counted_as: 'beneficiaries',
          what_en: 'workers',
          what_zh: '就业',
          qualifier: 'exact',
          prospective: false,
          as_written: '2415人',
          part_of: null,
        },
        {
          key: 'poor',
          value: 1049,
          unit: 'people',
          counted_as: 'beneficiaries',
          what_en: 'of which poor',
          what_zh: '其中贫困户',
          qualifier: 'exact',
          prospective: false,
          as_written: '贫困户1049人',
          part_of: 'act-workers#workers',
        },
      ],
      citation: {
        source: SOURCE,
        section: '携手奔小康建平台',
        phrase: '输出2415人到外省就业，其中贫困户1049人',
      },
    }),
  ];
}

export function pairings(): Pairing[] {
  return [];
}

export function people(): Person[] {
  return [];
}

export function dataset() {
  return {
    sources: sources(),
    organisations: organisations(),
    places: places(),
    activities: activities(),
    pairings: pairings(),
    people: people(),
  };
}
