/**
 * splitReport (issue 23): a text that starts with its headline keeps its first paragraph as the lead, and
 * the seed report, which starts at its dateline, reads exactly as before the rule (its split before the
 * change is saved in tests/fixtures/desk/seed-split.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputPaths } from '../../../build/inputs';
import { normaliseReport } from '../../../src/data/normalise';
import { sectionText, splitReport } from '../../../src/data/report';

const rows: {
  name: string;
  text: string;
  title: string | null;
  lead: string;
  headings: string[];
  captions?: string[];
}[] = [
  {
    name: 'a headline, then the first paragraph: the paragraph is the lead',
    text: '宝山区企业向者海镇捐赠图书\n2019年5月，宝山区一家企业捐赠图书800册。\n图书进校园\n孩子们在读书。',
    title: '宝山区企业向者海镇捐赠图书',
    lead: '2019年5月，宝山区一家企业捐赠图书800册。',
    headings: ['图书进校园'],
  },
  {
    name: 'no headline: the first line is the lead, as before',
    text: '珠江网讯，2017年8月，会泽县新增列为协作县。\n强化调研\n双方互访。',
    title: null,
    lead: '珠江网讯，2017年8月，会泽县新增列为协作县。',
    headings: ['强化调研'],
  },
  {
    name: 'a headline and a caption above a heading',
    text: '标题行\n导语一句。\n图片说明\n小标题\n正文一句。',
    title: '标题行',
    lead: '导语一句。',
    headings: ['小标题'],
    captions: ['图片说明'],
  },
  {
    name: 'a text of one punctuation-free line is its lead (nothing else to lead)',
    text: '只有一行',
    title: null,
    lead: '只有一行',
    headings: [],
  },
  {
    name: 'blank lines and spaces around lines do not count',
    text: '\n  标题  \n\n  导语，一句。 \n',
    title: '标题',
    lead: '导语，一句。',
    headings: [],
  },
];

describe('splitReport', () => {
  it.each(rows)('$name', ({ text, title, lead, headings, captions = [] }) => {
    const r = splitReport(text);
    expect(r.title).toBe(title);
    expect(r.lead).toBe(lead);
    expect(r.sections.map((s) => s.heading)).toEqual(headings);
    expect(r.captions).toEqual(captions);
    expect(sectionText(r, 'lead')).toBe(lead);
    expect(sectionText(r, 'title')).toBe(title);
  });

  const seed = join(inputPaths({}).sharedReportDir, '000_0027764fe652cbea.txt');
  it.skipIf(!existsSync(seed))('reads the seed report exactly as before the headline rule', () => {
    const { text, ...split } = splitReport(normaliseReport(readFileSync(seed, 'utf8')));
    const before = JSON.parse(
      readFileSync(new URL('../../fixtures/desk/seed-split.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(text.length).toBeGreaterThan(0);
    expect({ ...split, title: undefined }).toEqual({ ...(before as object), title: undefined });
    expect(split.title).toBeNull();
  });
});
