/**
 * Each block of the page model as Word content. A block's words and figures are used as they are: nothing is
 * translated, looked up or added here (the page model already says everything in the reader's language).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type {
  ContentsBlock,
  HeadingBlock,
  LegendBlock,
  ListBlock,
  MapBlock,
  MapPicture,
  TableBlock,
  TextBlock,
} from '../blocks';
import { colours, pictureUnits, sizes, twips, wordRuns } from './text';

/** What a block needs to know of the page: the text's width, for pictures and tables. */
export interface PageText {
  widthMm: number;
  /** The most a picture may take of the page's height, so it stays on one page with its caption. */
  heightMm: number;
}

/** A Word bookmark name for a section (letters, digits and _ only, at most 40 characters). */
export const bookmarkOf = (sectionId: string): string =>
  `s_${sectionId.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

/** A heading in Word's own heading styles (the navigation pane and a table of contents find it). */
export function headingPart(block: HeadingBlock, bookmark: string | null): Paragraph {
  const text = new TextRun(block.text);
  return new Paragraph({
    heading: headingLevels[block.level],
    children: bookmark ? [new Bookmark({ id: bookmark, children: [text] })] : [text],
  });
}

export function textPart(block: TextBlock): Paragraph[] {
  const base = block.small ? { size: sizes.small } : {};
  return block.paragraphs.map(
    (p) =>
      new Paragraph({
        spacing: { after: block.small ? 60 : 120 },
        children: wordRuns(p.runs, block.footnotes, base),
      }),
  );
}

/**
 * The picture at its size on the page, made smaller (never larger) to fit the text's width and height, its
 * proportions kept; then its caption. The painter's PNG is embedded as it is.
 */
export function mapPart(block: MapBlock, picture: MapPicture, page: PageText): Paragraph[] {
  const { widthMm, heightMm, alt } = block.request;
  const fit = Math.min(1, page.widthMm / widthMm, page.heightMm / heightMm);
  const image = new ImageRun({
    type: 'png',
    data: picture.png,
    transformation: { width: pictureUnits(widthMm * fit), height: pictureUnits(heightMm * fit) },
    altText: { name: block.caption ?? alt, description: alt, title: block.caption ?? alt },
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: block.caption !== undefined,
      spacing: { after: 60 },
      children: [image],
    }),
    ...(block.caption
      ? [
          new Paragraph({
            style: 'Caption',
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: block.caption, color: colours.muted })],
          }),
        ]
      : []),
  ];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: colours.rule };
const ruled = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};
const margins = { top: 40, bottom: 40, left: 80, right: 80 };

/** Column widths in twips: the text's width shared in proportion to the columns' weights. */
export function columnTwips(weights: readonly number[], widthMm: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => twips((widthMm * w) / total));
}

/** A table this long or shorter is kept on one page (Word's keep-with-next on every row but the last). */
const keptTogether = 12;

/**
 * A table of figures: its header repeated on every page it runs over, a row never split across pages, and a
 * short table never split at all (a page holding the header and one figure reads as a table of one).
 */
export function tablePart(block: TableBlock, page: PageText): FileChild[] {
  const widths = columnTwips(
    block.columns.map((c) => c.weight ?? 1),
    page.widthMm,
  );
  const align = (i: number) => (block.columns[i]?.align === 'end' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: colours.head, color: 'auto' },
          children: [
            new Paragraph({
              alignment: align(i),
              keepNext: true,
              children: [new TextRun({ text: c.label, bold: true })],
            }),
          ],
        }),
    ),
  });
  const together = block.rows.length <= keptTogether;
  const rows = block.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (runs, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              children: [
                new Paragraph({
                  alignment: align(i),
                  keepNext: together && r < block.rows.length - 1,
                  children: wordRuns(runs, block.footnotes),
                }),
              ],
            }),
        ),
      }),
  );
  return [
    ...(block.caption
      ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] })]
      : []),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: ruled,
      margins,
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/**
 * The classes' key in real text: a swatch cell in the class's colour (hatched for "no record", as on the
 * map), the class's words, and how many townships are in it; the method and the notes beside it.
 */
export function legendPart(block: LegendBlock, page: PageText): FileChild[] {
  const widths = columnTwips([1, 10, 2], Math.min(page.widthMm, 110));
  const swatch = (row: LegendBlock['rows'][number]) =>
    row.hatch
      ? { type: ShadingType.DIAGONAL_STRIPE, color: colours.muted, fill: 'FFFFFF' }
      : { type: ShadingType.CLEAR, color: 'auto', fill: row.colour.replace('#', '').toUpperCase() };
  const small = { size: sizes.small };
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: block.heading, bold: true })] }),
    ...(block.method
      ? [
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ ...small, text: block.method, color: colours.muted })],
          }),
        ]
      : []),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: ruled,
      margins,
      rows: block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: widths[0]!, type: WidthType.DXA },
                shading: swatch(row),
                children: [new Paragraph('')],
              }),
              new TableCell({
                width: { size: widths[1]!, type: WidthType.DXA },
                children: [new Paragraph({ children: [new TextRun({ ...small, text: row.label })] })],
              }),
              new TableCell({
                width: { size: widths[2]!, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ ...small, text: String(row.count) })],
                  }),
                ],
              }),
            ],
          }),
      ),
    }),
    ...block.notes.map(
      (note) =>
        new Paragraph({
          spacing: { before: 40 },
          children: [new TextRun({ ...small, text: note, color: colours.muted })],
        }),
    ),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** A list's items, each with its smaller second line (the citation) indented under it. */
export function listPart(block: ListBlock): Paragraph[] {
  const bullet = block.style === 'bullet';
  return block.items.flatMap((item) => [
    new Paragraph({
      ...(bullet ? { bullet: { level: 0 } } : {}),
      keepNext: item.detail !== undefined,
      spacing: { after: item.detail ? 0 : 80 },
      children: wordRuns(item.runs, block.footnotes),
    }),
    ...(item.detail
      ? [
          new Paragraph({
            indent: { left: bullet ? 720 : 360 },
            spacing: { after: 80 },
            children: wordRuns(item.detail, block.footnotes, { size: sizes.small, color: colours.muted }),
          }),
        ]
      : []),
  ]);
}

/**
 * The contents as links to the sections' headings. No page numbers: Word lays the pages out when the file is
 * opened (and again as it is edited), so a number written now could be wrong; the link always finds its page.
 */
export function contentsPart(block: ContentsBlock): Paragraph[] {
  return block.entries.map(
    (entry) =>
      new Paragraph({
        indent: { left: entry.level === 2 ? 480 : 0 },
        spacing: { after: 60 },
        children: [
          new InternalHyperlink({
            anchor: bookmarkOf(entry.section),
            children: [new TextRun({ text: entry.text, color: colours.heading, bold: entry.level === 1 })],
          }),
        ],
      }),
  );
}
