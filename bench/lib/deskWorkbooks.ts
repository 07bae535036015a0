/**
 * Workbooks for the report desk's tests and bench (issue 23), made in Node with the same writer as
 * data:export-sheet and the app's download (src/sheet/workbook.ts):
 * - `publishedBook`: the data/ folder with its texts, as the app downloads it;
 * - `secondReportBook`: that plus a second source (its text in the texts sheet, with a headline line), a
 *   unit it adds (册) and one activity in 者海镇, a township with no record and no spelling of its own;
 * - `syntheticBook(n)`: the published data plus n activities of one synthetic source, for the bench's
 *   "open a workbook of 5,000 activities". Every one of them passes every check.
 */
import { inputPaths } from '../../build/inputs';
import { folderTexts } from '../../data/sheet/roundTrip';
import { readDataFolder } from '../../build/read';
import type { ParsedDataset } from '../../src/data/files';
import { parseDataset } from '../../src/data/parse';
import type { Activity, Source, Unit } from '../../src/data/schema';
import { sha256Hex } from '../../src/data/sha256';
import { buildWorkbook } from '../../src/sheet/workbook';

export interface Book {
  data: ParsedDataset;
  texts: Map<string, string>;
}

/** The data/ folder and its present texts. */
export function published(): Book {
  const paths = inputPaths({});
  const { data } = parseDataset(readDataFolder(paths.dataDir).raw);
  return { data, texts: folderTexts(data, paths) };
}

export async function bookBytes({ data, texts }: Book): Promise<Uint8Array> {
  return new Uint8Array((await buildWorkbook(data, texts).xlsx.writeBuffer()) as ArrayBuffer);
}

/** A source kept normalised in the data's sources/ folder, registered for `text`. */
export function newSource(id: string, text: string, title: string | null): Source {
  return {
    id,
    name_zh: `测试网：${title ?? id}`,
    name_en: `Test outlet: ${id}`,
    title,
    outlet: '测试网',
    author: null,
    published: { year: 2019, month: 5, day: null },
    published_note: null,
    url: null,
    language: 'zh',
    script: 'Hans',
    script_as_scraped: 'Hans',
    text: { folder: 'sources', file: `${id}.txt` },
    normalisation: { stored: 'normalised', steps: [] },
    text_sha256: sha256Hex(text),
    notes: ['Invented for the tests of the report desk.'],
  };
}

const activity = (
  a: Pick<Activity, 'id' | 'places' | 'citation' | 'counts'> & Partial<Activity>,
): Activity => ({
  category: 'donation',
  title_zh: a.id,
  title_en: a.id,
  actors: [],
  recipients: [],
  people: [],
  scope: 'township',
  destinations: [],
  shared: false,
  direction: null,
  date: { year: 2019, month: 5, relation: 'in' },
  amounts: [],
  notes: [],
  notes_zh: [],
  notes_en: [],
  ...a,
});

export const SECOND_ID = 'src-desk-second';
export const SECOND_HEADLINE = '宝山区企业向者海镇捐赠图书';
export const SECOND_LEAD = '2019年5月，宝山区一家企业向会泽县者海镇捐赠图书800册。';
/** The headline, its first paragraph (the lead), a heading and a paragraph under it. */
export const SECOND_TEXT = `${SECOND_HEADLINE}\n${SECOND_LEAD}\n图书进校园\n孩子们在新图书室里读书，老师说这是他们第一次有这么多书。\n`;
export const ZHEHAI = '530326106';
export const BOOKS: Unit = { id: 'books', label_zh: '册', label_en: 'books', label_en_one: 'book' };

/** The published data with a second report: its source, text, unit and one activity in 者海镇. */
export function secondReport(base: Book = published()): Book {
  const data = structuredClone(base.data);
  data.sources.push(newSource(SECOND_ID, SECOND_TEXT, SECOND_HEADLINE));
  data.units = [...(data.units ?? []), BOOKS];
  data.activities.push(
    activity({
      id: 'act-desk-books-zhehai',
      title_zh: '宝山区企业向者海镇捐赠图书',
      title_en: 'A Baoshan company gives books to Zhehai',
      places: [ZHEHAI],
      citation: { source: SECOND_ID, section: 'lead', phrase: SECOND_LEAD },
      counts: [
        {
          key: 'books',
          value: 800,
          unit: 'books',
          counted_as: 'items',
          what_zh: '图书',
          what_en: 'books',
          qualifier: 'exact',
          prospective: false,
          as_written: '800册',
          part_of: null,
        },
      ],
    }),
  );
  return { data, texts: new Map([...base.texts, [SECOND_ID, SECOND_TEXT]]) };
}

/** The second report's text with a paragraph of figures its one record does not quote yet. */
export const SECOND_TODO_TEXT = `${SECOND_TEXT}新图书室面积120平方米，有书架15个，可供360名学生使用。\n`;
/** Those figures, in the order of the text: the to-dos of `secondReportWithTodos`. */
export const SECOND_TODO_FIGURES = ['120', '15', '360'];

/** `secondReport` with SECOND_TODO_TEXT: it opens, with its figures not on the map yet as to-dos. */
export function secondReportWithTodos(base: Book = published()): Book {
  const book = secondReport(base);
  book.data.sources = book.data.sources.map((s) =>
    s.id === SECOND_ID ? newSource(SECOND_ID, SECOND_TODO_TEXT, SECOND_HEADLINE) : s,
  );
  book.texts.set(SECOND_ID, SECOND_TODO_TEXT);
  return book;
}

/**
 * The published data plus `n` activities, each the gift of its own line of one synthetic report, in the
 * townships in turn (each line names its township, so none is a county figure pushed down).
 */
export function synthetic(n: number, base: Book = published()): Book {
  const data = structuredClone(base.data);
  const townships = data.places.filter((p) => p.kind === 'township');
  const lines = Array.from({ length: n }, (_, i) => {
    const t = townships[i % townships.length]!;
    return `2019年，宝山区向${t.name_zh}捐赠物资${i + 1}批。`;
  });
  const text = `合成报道\n这是为测试生成的报道。\n合成数据\n${lines.join('\n')}\n`;
  const id = 'src-desk-synthetic';
  data.sources.push(newSource(id, text, '合成报道'));
  lines.forEach((line, i) => {
    const t = townships[i % townships.length]!;
    data.activities.push(
      activity({
        id: `act-synthetic-${i + 1}`,
        title_zh: `合成记录 ${i + 1}`,
        title_en: `Synthetic record ${i + 1}`,
        places: [t.id],
        date: { year: 2019, month: null, relation: 'in' },
        citation: { source: id, section: '合成数据', phrase: line },
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
      }),
    );
  });
  return { data, texts: new Map([...base.texts, [id, text]]) };
}
