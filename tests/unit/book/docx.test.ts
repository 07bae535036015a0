import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Block, BookDocument, MapPicture, MapRequest } from '../../../src/book/blocks';
import { bookDocx, mapRequests, type Pictures } from '../../../src/book/docx/document';
import { bookmarkOf, columnTwips } from '../../../src/book/docx/parts';
import { book, countyMap, picture, townshipMap } from './docxFixture';

const pictures = (): Map<MapRequest, MapPicture> =>
  new Map([
    [countyMap, picture(40, 30, 90)],
    [townshipMap, picture(30, 60, 200)],
  ]);

async function unzip(b: BookDocument, p: Pictures = pictures()) {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(bookDocx(b, p)));
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  return { zip, text };
}

/** The text of an XML part as a reader sees it: its w:t runs in order. */
const words = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Each real footnote's text (the separators Word needs have negative or zero ids and no text). */
const footnotes = (xml: string): string[] =>
  [...xml.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/g)]
    .filter((m) => Number(m[1]) > 0)
    .map((m) => words(m[2]!));

const township = book.sections[2]!;
const blocksOf = <K extends Block['kind']>(kind: K): Extract<Block, { kind: K }>[] =>
  book.sections.flatMap((s) => s.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind));

describe('the Word document of a briefing book', () => {
  it('holds the brief text, in order, with a footnote reference for every note reference', async () => {
    const { text } = await unzip(book);
    const body = await text('word/document.xml');
    const said = words(body);
    const brief = township.blocks.find((b) => b.kind === 'text')!;
    for (const p of brief.paragraphs) {
      const plain = p.runs.map((r) => ('text' in r ? r.text : '')).join('');
      expect(said).toContain(plain);
    }
    const refs = book.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) =>
        b.kind === 'text'
          ? b.paragraphs.flatMap((p) => p.runs)
          : b.kind === 'table'
            ? b.rows.flat(2)
            : b.kind === 'list'
              ? b.items.flatMap((i) => [...i.runs, ...(i.detail ?? [])])
              : [],
      )
      .filter((r) => 'ref' in r);
    expect(body.match(/<w:footnoteReference /g)).toHaveLength(refs.length);
  });

  it('writes each reference its own footnote holding the source, section and phrase', async () => {
    const { text } = await unzip(book);
    const notes = footnotes(await text('word/footnotes.xml'));
    // Two in the brief, one per figure cell, one under the activity.
    expect(notes).toEqual([
      '珠江网，导语，“投入22.4万元”',
      '珠江网，二、产业帮扶，“受益群众1200人”',
      '珠江网，导语，“投入22.4万元”',
      '珠江网，导语，“投入22.4万元”',
      '珠江网，导语，“白雾村道路硬化”',
    ]);
  });

  it('refuses a reference to a note the block does not give', () => {
    const broken: BookDocument = {
      ...book,
      sections: [
        { ...township, blocks: [{ kind: 'text', paragraphs: [{ runs: [{ ref: 9 }] }], footnotes: [] }] },
      ],
    };
    expect(() => bookDocx(broken, pictures())).toThrow(/Footnote 9/);
  });

  it('puts the figures in a table whose header repeats and whose rows never split', async () => {
    const { text } = await unzip(book);
    const body = await text('word/document.xml');
    const tables = [...body.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((m) => m[1]!);
    const table = blocksOf('table')[0]!;
    const figures = tables.find((t) => words(t).includes(table.columns[0]!.label))!;
    expect(figures).toBeDefined();
    const rows = [...figures.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(table.rows.length + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    // A short table stays on one page: every row keeps with the next but the last.
    expect(rows[0]).toContain('<w:keepNext/>');
    table.rows.forEach((cells, i) => {
      expect(rows[i + 1]).toContain('<w:cantSplit/>');
      expect(rows[i + 1]!.includes('<w:keepNext/>')).toBe(i < table.rows.length - 1);
      expect(words(rows[i + 1]!)).toBe(
        cells
          .flat()
          .map((r) => ('text' in r ? r.text : ''))
          .join(''),
      );
    });
    // Figures to the end of their column, words to its start.
    expect(rows[1]).toMatch(/<w:jc w:val="right"\/>.*22\.4 万元/);
  });

  it('keys the classes with swatches in their colours, hatched for no record', async () => {
    const body = await (await unzip(book)).text('word/document.xml');
    const legend = blocksOf('legend')[0]!;
    for (const row of legend.rows) {
      const fill = row.hatch ? 'FFFFFF' : row.colour.slice(1).toUpperCase();
      const pattern = row.hatch ? 'diagStripe' : 'clear';
      expect(body).toMatch(
        new RegExp(
          `<w:shd [^>]*w:fill="${fill}"[^>]*w:val="${pattern}"|<w:shd [^>]*w:val="${pattern}"[^>]*w:fill="${fill}"`,
        ),
      );
      expect(words(body)).toContain(row.label);
    }
  });

  it('embeds every map picture as painted, sized to the page with its proportions, described for readers', async () => {
    const p = pictures();
    const { zip, text } = await unzip(book, p);
    const media = zip.file(/^word\/media\/.*\.png$/);
    expect(media).toHaveLength(mapRequests(book).length);
    const embedded = await Promise.all(media.map((f) => f.async('uint8array')));
    for (const painted of p.values()) {
      expect(embedded.some((bytes) => Buffer.from(bytes).equals(Buffer.from(painted.png)))).toBe(true);
    }
    const body = await text('word/document.xml');
    const extents = [...body.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
      Number(m[1]) / 36000,
      Number(m[2]) / 36000,
    ]);
    const textWidth = book.page.widthMm - 2 * book.page.marginMm;
    // The county picture is narrowed to the text's width; the tall township picture to the page's height.
    for (const [i, request] of [countyMap, townshipMap].entries()) {
      const [w = 0, h = 0] = extents[i]!;
      expect(w).toBeLessThanOrEqual(textWidth + 0.5);
      expect(h).toBeLessThan(book.page.heightMm - 2 * book.page.marginMm);
      expect(w / h).toBeCloseTo(request.widthMm / request.heightMm, 1);
      expect(body).toContain(`descr="${request.alt}"`);
    }
  });

  it('refuses a map block without its picture', () => {
    expect(() => bookDocx(book, new Map([[countyMap, picture(4, 3, 1)]]))).toThrow(townshipMap.alt);
  });

  it('sets Chinese in SimSun, headings in Microsoft YaHei, the text in zh-CN, on A4 pages', async () => {
    const { text } = await unzip(book);
    const styles = await text('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="SimSun".*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="Microsoft YaHei"/);
    const body = await text('word/document.xml');
    expect(body.match(/<w:pgSz w:w="11906" w:h="16838"/g)).toHaveLength(book.sections.length);
    const english = await (await unzip({ ...book, language: 'en' })).text('word/styles.xml');
    expect(english).toMatch(/<w:lang w:val="en-GB" w:eastAsia="zh-CN"\/>/);
  });

  it('gives each section its running header, the schematic note and a counted page number', async () => {
    const { zip, text } = await unzip(book);
    const headers = await Promise.all(zip.file(/^word\/header\d+\.xml$/).map((f) => f.async('string')));
    const footers = await Promise.all(zip.file(/^word\/footer\d+\.xml$/).map((f) => f.async('string')));
    for (const s of book.sections) expect(headers.map(words)).toContain(s.furniture.header);
    // The township flows onto a second page, whose header says it continues (Word's different first page).
    expect(headers.map(words)).toContain(township.furniture.continued);
    expect((await text('word/document.xml')).match(/<w:titlePg\/>/g)).toHaveLength(1);
    const numbered = footers.filter((f) => f.includes('PAGE'));
    // The cover has no number; the others read 第 n 页 / 共 N 页 with Word's own fields.
    // (A flowing section has two footers: its first page's and the others'.)
    const footersOf = (s: (typeof book.sections)[number]) => (s.furniture.continued ? 2 : 1);
    expect(numbered).toHaveLength(
      book.sections.filter((s) => s.furniture.pageNumber).reduce((n, s) => n + footersOf(s), 0),
    );
    for (const f of numbered) {
      expect(f).toMatch(/PAGE.*NUMPAGES/);
      expect(words(f)).toMatch(/第 .*页 \/ 共 .*页/);
    }
    for (const f of footers) expect(words(f)).toContain(book.sections[0]!.furniture.schematicNote);
    const body = await text('word/document.xml');
    expect(body.match(/<w:type w:val="nextPage"\/>/g)).toHaveLength(book.sections.length);
    // Each section's notes count from 1, as its brief numbers them.
    expect(body.match(/<w:footnotePr><w:numRestart w:val="eachSect"\/><\/w:footnotePr>/g)).toHaveLength(
      book.sections.length,
    );
  });

  it('links each contents entry to its section heading', async () => {
    const body = await (await unzip(book)).text('word/document.xml');
    const contents = blocksOf('contents')[0]!;
    for (const entry of contents.entries) {
      const mark = bookmarkOf(entry.section);
      expect(body).toMatch(new RegExp(`<w:hyperlink [^>]*w:anchor="${mark}"`));
      expect(body).toMatch(new RegExp(`<w:bookmarkStart w:name="${mark}" w:id="\\d+"/>.*?${entry.text}`));
    }
  });
});

describe('pieces', () => {
  it.each([
    { id: '530326103000', expected: 's_530326103000' },
    { id: 'cover', expected: 's_cover' },
    { id: 'region:a b', expected: 's_region_a_b' },
    { id: 'x'.repeat(60), expected: `s_${'x'.repeat(38)}` },
  ])('bookmark of $id', ({ id, expected }) => expect(bookmarkOf(id)).toBe(expected));

  it.each([
    { weights: [1, 1], mm: 100, expected: [2835, 2835] },
    { weights: [2, 1], mm: 150, expected: [5669, 2835] },
  ])('columns $weights over $mm mm', ({ weights, mm, expected }) =>
    expect(columnTwips(weights, mm)).toEqual(expected),
  );
});
