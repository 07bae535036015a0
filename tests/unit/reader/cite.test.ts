/**
 * The citation card for a selection: the section from where the selection lies, the refusals a person
 * needs to understand, the places and figures in it — and a citation it offers is one the citation check
 * accepts (the check itself is run on it).
 */
import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../../src/data/checks/citations';
import { indexDataset } from '../../../src/data/checks/types';
import type { ParsedDataset } from '../../../src/data/files';
import { citeSelection, type CiteCard } from '../../../src/reader/cite';
import { figuresIn, type UnitWords } from '../../../src/reader/figuresIn';
import { layoutReport } from '../../../src/reader/layout';
import { goodContext } from '../data/checks/fixture';
import { dataset, places, REPORT_TEXT, SOURCE } from '../data/fixtures';

const units: UnitWords[] = [
  { id: 'computers', zh: '台' },
  { id: 'people', zh: '人' },
  { id: 'person-times', zh: '人次' },
  { id: 'batches', zh: '批' },
  { id: 'job-fairs', zh: '场次' },
  { id: 'screenings', zh: '场次' },
];
const layout = layoutReport(REPORT_TEXT);
const select = (words: string, from = 0): CiteCard => {
  const start = REPORT_TEXT.indexOf(words, from);
  if (start < 0) throw new Error(`the fixture has no ${words}`);
  return citeSelection(layout, SOURCE, { start, end: start + words.length }, places(), units);
};

/** The citation check's errors for a record citing `card`'s citation. */
function checkErrors(card: CiteCard) {
  const d = dataset() as ParsedDataset;
  d.activities[0]!.citation = card.citation!;
  return checkCitations(indexDataset(d), goodContext());
}

describe('citeSelection', () => {
  const accepted: { words: string; section: string; places: string[]; figures: string[] }[] = [
    {
      words: '甲公司捐赠大桥乡者米小学28台电脑',
      section: '社会帮扶展风采',
      places: ['大桥乡', '者米小学'],
      figures: ['28台'],
    },
    {
      words: '会泽县新增列为协作县，并于当年投入100万元',
      section: 'lead',
      places: ['会泽县'],
      figures: ['100万元'],
    },
    { words: '丙集团在者米村捐资建设的道路', section: 'caption', places: ['者米村'], figures: [] },
    {
      words: '乙学院组织会泽县大井镇、娜姑镇共20名小学生',
      section: '社会帮扶展风采',
      places: ['会泽县', '大井镇', '娜姑镇'],
      figures: ['20'],
    },
    {
      words: '输出2415人到外省就业，其中贫困户1049人',
      section: '携手奔小康建平台',
      places: [],
      figures: ['2415人', '1049人'],
    },
  ];
  it.each(accepted)('$words: section $section, accepted by the citation check', (row) => {
    const card = select(row.words);
    expect(card.refusal).toBeNull();
    expect(card.citation).toEqual({ source: SOURCE, section: row.section, phrase: row.words });
    expect(checkErrors(card)).toEqual([]);
    expect(card.places.map((p) => p.name)).toEqual(row.places);
    expect(card.figures.map((f) => f.asWritten)).toEqual(row.figures);
  });

  it('takes the selection without the spaces and line ends around it', () => {
    const start = REPORT_TEXT.indexOf('社会帮扶展风采') + '社会帮扶展风采'.length;
    const end = REPORT_TEXT.indexOf('，价值10万元');
    const card = citeSelection(layout, SOURCE, { start, end }, places(), units);
    expect(card.phrase).toBe('甲公司捐赠大桥乡者米小学28台电脑');
    expect(card.citation?.section).toBe('社会帮扶展风采');
  });

  it('refuses a selection over a section boundary, naming the sections it crosses', () => {
    const card = select('帮扶资金。\n社会帮扶展风采\n甲公司');
    expect(card.citation).toBeNull();
    expect(card.refusal).toEqual({ kind: 'crosses', sections: ['lead', '社会帮扶展风采'] });
  });

  it('refuses a heading, an empty selection and a single character', () => {
    expect(select('社会帮扶展风采').refusal).toEqual({ kind: 'heading' });
    expect(citeSelection(layout, SOURCE, { start: 3, end: 3 }, places(), units).refusal).toEqual({
      kind: 'empty',
    });
    expect(select('甲').refusal).toEqual({ kind: 'too-short' });
  });

  it('refuses what the citation check refuses: a character the scrape lost', () => {
    const text = ['导语，一句。', '小标题', '县委?县政府27次专题研究。'].join('\n');
    const at = text.indexOf('县委?县政府');
    const card = citeSelection(layoutReport(text), SOURCE, { start: at, end: at + 6 }, [], units);
    expect(card.citation).toBeNull();
    expect(card.refusal).toMatchObject({ kind: 'rules', problems: [{ code: 'citation-garbled' }] });
  });

  it('says when the words occur earlier too (the checks read a phrase where it first occurs)', () => {
    expect(select('会泽县', REPORT_TEXT.indexOf('乙学院')).repeated).toBe(true);
    expect(select('会泽县').repeated).toBe(false);
  });
});

describe('figuresIn: the figures with their parsed values and units', () => {
  const rows: [string, Record<string, unknown>[]][] = [
    ['投入1175万元帮扶资金', [{ kind: 'amount', asWritten: '1175万元', valueWan: 1175, moreThan: false }]],
    [
      '贫困人口1万余户3.4万余人',
      [
        { kind: 'number', asWritten: '1' },
        { kind: 'count', asWritten: '3.4万余人', value: 34000, moreThan: true, units: ['people'] },
      ],
    ],
    [
      '共14批183人次',
      [
        { kind: 'count', asWritten: '14批', value: 14, units: ['batches'] },
        { kind: 'count', asWritten: '183人次', value: 183, units: ['person-times'] },
      ],
    ],
    ['举办专场招聘会56场次', [{ kind: 'count', asWritten: '56场次', units: ['job-fairs', 'screenings'] }]],
    [
      '2018年3月，引进',
      [
        { kind: 'year', asWritten: '2018年', value: 2018 },
        { kind: 'month', asWritten: '3月', value: 3 },
      ],
    ],
  ];
  it.each(rows)('%s', (words, expected) => {
    expect(figuresIn(words, units)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
