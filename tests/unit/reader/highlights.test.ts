import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/data/schema';
import {
  citedPhrases,
  countsAtEnds,
  keyCategories,
  lineRuns,
  recordsUnder,
  type CitingRecord,
} from '../../../src/reader/highlights';
import { layoutReport } from '../../../src/reader/layout';

/** A report with a lead, two sections, a caption, and the words 投入资金 printed in both sections. */
const TEXT = [
  '某网讯2018年，甲方向乙方投入资金100万元，开启协作。',
  '第一节',
  '甲公司投入资金50万元，建设基地，带动群众。',
  '图片说明文字',
  '第二节',
  '乙公司也投入资金20万元，修建道路。',
].join('\n');
const layout = layoutReport(TEXT);

const rec = (id: string, section: string, phrase: string, category = 'funding'): CitingRecord => ({
  id,
  kind: 'activity',
  category,
  citation: { source: 'src', section, phrase } satisfies Citation,
});
const at = (words: string, from = 0) => TEXT.indexOf(words, from);

describe('layoutReport: the lines as the checks read them', () => {
  it('classifies each line by splitReport and gives its offsets and citation section', () => {
    expect(layout.lines.map((l) => [l.kind, l.section, TEXT.slice(l.start, l.end)])).toEqual([
      ['lead', 'lead', '某网讯2018年，甲方向乙方投入资金100万元，开启协作。'],
      ['heading', null, '第一节'],
      ['body', '第一节', '甲公司投入资金50万元，建设基地，带动群众。'],
      ['caption', 'caption', '图片说明文字'],
      ['heading', null, '第二节'],
      ['body', '第二节', '乙公司也投入资金20万元，修建道路。'],
    ]);
  });

  it('reads a first line without sentence punctuation as the title when splitReport does', () => {
    const l = layoutReport(['某报道的标题', '导语一句，说明事情。', '小标题', '正文一句。'].join('\n'));
    const kinds = l.lines.map((x) => x.kind);
    if (l.report.title === null) expect(kinds[0]).toBe('lead');
    else expect(kinds).toEqual(['title', 'lead', 'heading', 'body']);
  });

  it('keeps offsets right around spaces and blank lines', () => {
    const l = layoutReport('  导语，一句。  \n\n小标题\n 正文，一句。');
    expect(l.lines.map((x) => l.text.slice(x.start, x.end))).toEqual([
      '导语，一句。',
      '小标题',
      '正文，一句。',
    ]);
    expect(l.lines.map((x) => x.kind)).toEqual(['lead', 'heading', 'body']);
  });
});

describe('citedPhrases: the highlight model', () => {
  const rows: {
    name: string;
    records: CitingRecord[];
    phrases: { start: number; end: number; records: string[] }[];
    notFound?: string[];
  }[] = [
    {
      name: 'one phrase, one record: its range in the text',
      records: [rec('a', '第一节', '投入资金50万元')],
      phrases: [{ start: at('投入资金50万元'), end: at('投入资金50万元') + 8, records: ['a'] }],
    },
    {
      name: 'a phrase cited by several records: one highlight with all of them',
      records: [rec('a', '第一节', '建设基地'), rec('b', '第一节', '建设基地', 'industry')],
      phrases: [{ start: at('建设基地'), end: at('建设基地') + 4, records: ['a', 'b'] }],
    },
    {
      name: 'a repeated phrase is found in the section its citation names, not at its first place',
      records: [rec('a', '第二节', '投入资金')],
      phrases: [
        { start: at('投入资金', at('第二节')), end: at('投入资金', at('第二节')) + 4, records: ['a'] },
      ],
    },
    {
      name: 'the same words cited under two sections are two highlights, in reading order',
      records: [rec('b', '第二节', '投入资金'), rec('a', '第一节', '投入资金')],
      phrases: [
        { start: at('投入资金', at('第一节')), end: at('投入资金', at('第一节')) + 4, records: ['a'] },
        { start: at('投入资金', at('第二节')), end: at('投入资金', at('第二节')) + 4, records: ['b'] },
      ],
    },
    {
      name: 'overlapping and nested phrases keep their own ranges (longer first at the same start)',
      records: [
        rec('inner', '第一节', '50万元'),
        rec('outer', '第一节', '甲公司投入资金50万元'),
        rec('overlap', '第一节', '万元，建设基地'),
      ],
      phrases: [
        { start: at('甲公司'), end: at('甲公司') + 11, records: ['outer'] },
        { start: at('50万元'), end: at('50万元') + 4, records: ['inner'] },
        {
          start: at('万元，建设基地', at('50')),
          end: at('万元，建设基地', at('50')) + 7,
          records: ['overlap'],
        },
      ],
    },
    {
      name: 'a phrase the text does not hold is listed apart, never highlighted',
      records: [rec('a', '第一节', '不在文中的话')],
      phrases: [],
      notFound: ['a'],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const h = citedPhrases(layout, row.records);
      expect(
        h.phrases.map((p) => ({ start: p.start, end: p.end, records: p.records.map((r) => r.id) })),
      ).toEqual(row.phrases);
      expect(h.notFound.map((r) => r.id)).toEqual(row.notFound ?? []);
      for (const p of h.phrases) for (const r of p.records) expect(h.byRecord.get(r.id)).toBe(p.index);
      for (const p of h.phrases) expect(TEXT.slice(p.start, p.end)).toBe(p.records[0]!.citation.phrase);
    });
  }
});

describe('lineRuns: a line cut where phrases and uncovered figures begin and end', () => {
  const body = layout.lines[2]!;
  const h = citedPhrases(layout, [
    rec('outer', '第一节', '甲公司投入资金50万元'),
    rec('inner', '第一节', '50万元'),
    rec('overlap', '第一节', '万元，建设基地'),
    rec('elsewhere', '第二节', '修建道路'),
  ]);
  const [outer, inner, overlap] = [0, 1, 2];
  const figure = { start: at('50'), end: at('50') + 2 };
  const runs = lineRuns(body, h.phrases, [figure]);
  const shown = runs.map((r) => [TEXT.slice(r.start, r.end), r.phrases, r.uncovered]);

  it('covers the line exactly, run after run', () => {
    expect(runs[0]!.start).toBe(body.start);
    expect(runs.at(-1)!.end).toBe(body.end);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBe(runs[i - 1]!.end);
  });

  it('lists the phrases over each run innermost first, and marks the uncovered figure', () => {
    expect(shown).toEqual([
      ['甲公司投入资金', [outer], false],
      ['50', [inner, outer], true],
      ['万元', [inner, overlap, outer], false],
      ['，建设基地', [overlap], false],
      ['，带动群众。', [], false],
    ]);
  });
});

describe('what the marks show of the model', () => {
  const h = citedPhrases(layout, [
    rec('outer', '第一节', '甲公司投入资金50万元'),
    rec('inner', '第一节', '50万元', 'industry'),
    rec('inner-too', '第一节', '50万元', 'donation'),
    rec('outer-too', '第一节', '甲公司投入资金50万元'),
  ]);
  it('counts the records of a phrase cited by several at its end', () => {
    const end = at('50万元') + 4;
    expect([...countsAtEnds(h.phrases)]).toEqual([[end, 2]]);
  });
  it('lists each record under a mark once, the innermost phrase first', () => {
    const ids = recordsUnder(h.phrases, [1, 0]).map((x) => x.record.id);
    expect(ids).toEqual(['inner', 'inner-too', 'outer', 'outer-too']);
  });
  it("gives one key entry per colour used, by a phrase's first record", () => {
    expect(keyCategories(h.phrases)).toEqual(['funding', 'industry']);
  });
});
