/**
 * A long report for the reader's bench (issue 24): about 100 kB of text (UTF-8) with 500 cited phrases, each
 * the gift of its own paragraph to a township it names, every figure in it on a record (so the desk opens
 * it: the published data plus this source and its 500 activities pass every check), the rest of each
 * paragraph words without figures.
 */
import type { Activity } from '../../src/data/schema';
import { newSource, published, type Book } from './deskWorkbooks';

export const LONG_ID = 'src-reader-long';
export const LONG_PHRASES = 500;
/** Words without a figure, to give each paragraph the length of a news report's. */
const filler =
  '项目进展顺利，群众反映良好，各方表示将继续深化协作、巩固成果，把好事办实、实事办好，各方满意，群众纷纷点赞。';

export function longReport(base: Book = published()): Book {
  const data = structuredClone(base.data);
  const townships = data.places.filter((p) => p.kind === 'township');
  const phrases = Array.from({ length: LONG_PHRASES }, (_, i) => {
    const t = townships[i % townships.length]!;
    return `2019年，宝山区向${t.name_zh}捐赠物资${i + 1}批`;
  });
  const paragraphs = phrases.map((p) => `${p}，${filler}`);
  const text = `合成长篇报道\n这是为测试阅读器生成的长篇报道。\n合成数据\n${paragraphs.join('\n')}\n`;
  data.sources.push(newSource(LONG_ID, text, '合成长篇报道'));
  phrases.forEach((phrase, i) => {
    const t = townships[i % townships.length]!;
    const a: Activity = {
      id: `act-reader-long-${i + 1}`,
      category: 'donation',
      title_zh: `合成记录 ${i + 1}`,
      title_en: `Synthetic record ${i + 1}`,
      actors: [],
      recipients: [],
      people: [],
      scope: 'township',
      places: [t.id],
      destinations: [],
      shared: false,
      direction: null,
      date: { year: 2019, month: null, relation: 'in' },
      amounts: [],
      counts: [
        {
          key: 'batches',
          value: i + 1,
          unit: 'batches',
          counted_as: 'items',
          what_zh: '物资',
          what_en: 'supplies',
          qualifier: 'exact',
          prospective: false,
          as_written: `${i + 1}批`,
          part_of: null,
        },
      ],
      citation: { source: LONG_ID, section: '合成数据', phrase },
      notes: [],
      notes_zh: [],
      notes_en: [],
    };
    data.activities.push(a);
  });
  return { data, texts: new Map([...base.texts, [LONG_ID, text]]) };
}
