/**
 * The briefing book as a Word document: a pure function of the page model and the map pictures painted for
 * it. Each of the book's sections is a Word section starting on a new page, with the section's running header
 * and, at its foot, the schematic-boundary note and the page number as Word fields (Word counts the pages).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  NoteNumberRestart,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Block, BookDocument, MapPicture, MapRequest, Section } from '../blocks';
import {
  bookmarkOf,
  contentsPart,
  headingPart,
  legendPart,
  listPart,
  mapPart,
  tablePart,
  textPart,
  type PageText,
} from './parts';
import { colours, fonts, sizes, twips } from './text';

/** The map pictures, by the request they were painted for. */
export type Pictures = ReadonlyMap<MapRequest, MapPicture>;

/** Every map block's request, in the order the book shows them. */
export function mapRequests(book: BookDocument): MapRequest[] {
  return book.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'map' ? [b.request] : [])));
}

function blockParts(block: Block, pictures: Pictures, page: PageText, bookmark: string | null): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [headingPart(block, bookmark)];
    case 'text':
      return textPart(block);
    case 'map': {
      const picture = pictures.get(block.request);
      if (!picture) throw new Error(`No picture was painted for the map "${block.request.alt}"`);
      return mapPart(block, picture, page);
    }
    case 'legend':
      return legendPart(block, page);
    case 'table':
      return tablePart(block, page);
    case 'list':
      return listPart(block);
    case 'contents':
      return contentsPart(block);
    case 'mapView':
      // The export dialog's picture of the window's map; a document asks for its maps (MapBlock).
      return [];
  }
}

/** "第 {n} 页 / 共 {total} 页" with Word's page and page-count fields in place of {n} and {total}. */
export function pageNumberRuns(template: string): TextRun[] {
  return template
    .split(/(\{n\}|\{total\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const field = part === '{n}' ? PageNumber.CURRENT : part === '{total}' ? PageNumber.TOTAL_PAGES : null;
      return new TextRun({ size: sizes.header, color: colours.muted, children: [field ?? part] });
    });
}

function sectionOptions(book: BookDocument, section: Section, pictures: Pictures): ISectionOptions {
  const { widthMm, heightMm, marginMm } = book.page;
  const headerRoom = 12;
  const page: PageText = {
    widthMm: widthMm - 2 * marginMm,
    // The text's height less room for a heading above the picture and a caption under it: a section's
    // heading never stands alone on a page before its map.
    heightMm: heightMm - 2 * marginMm - 2 * headerRoom - 30,
  };
  // The first level-1 heading carries the section's bookmark: the contents link to it.
  const first = section.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const { header, continued, pageNumber, schematicNote } = section.furniture;
  const small = { size: sizes.header, color: colours.muted };
  const headerOf = (text: string) =>
    new Header({ children: [new Paragraph({ children: [new TextRun({ ...small, text })] })] });
  const footer = () =>
    new Footer({
      children: [
        ...(schematicNote
          ? [new Paragraph({ children: [new TextRun({ ...small, text: schematicNote })] })]
          : []),
        ...(pageNumber
          ? [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(pageNumber) })]
          : []),
      ],
    });
  // A section that flows onto more pages says so in their header: Word's "different first page" gives the
  // first page the section's header and the pages after it the continued one.
  const flows = continued !== undefined && continued !== header;
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: flows,
      // Each section's notes count from 1, as its brief (and the PDF's page) numbers them.
      footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION },
      page: {
        size: { width: twips(widthMm), height: twips(heightMm) },
        margin: {
          top: twips(marginMm + headerRoom),
          bottom: twips(marginMm + headerRoom),
          left: twips(marginMm),
          right: twips(marginMm),
          header: twips(marginMm),
          footer: twips(marginMm),
        },
      },
    },
    headers: flows
      ? { first: headerOf(header), default: headerOf(continued) }
      : { default: headerOf(header) },
    footers: flows ? { first: footer(), default: footer() } : { default: footer() },
    children: section.blocks.flatMap((block, i) =>
      blockParts(block, pictures, page, i === first ? bookmarkOf(section.id) : null),
    ),
  };
}

/** The whole book as one Word document, A4 (or the book's page), in the book's language. */
export function bookDocx(book: BookDocument, pictures: Pictures): Document {
  const chinese = book.language === 'zh-CN';
  const heading = (size: number) => ({
    run: { font: fonts.heading, size, bold: true, color: colours.heading },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: book.title,
    creator: 'Huize Aid Map',
    styles: {
      default: {
        document: {
          run: {
            font: chinese ? { ...fonts.body, hint: 'eastAsia' } : fonts.body,
            size: sizes.body,
            color: colours.ink,
            language: { value: chinese ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' },
          },
          // lineRule said outright: LibreOffice reads a bare w:line as exact, which cuts a picture to one line.
          paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(sizes.h1),
        heading2: heading(sizes.h2),
        heading3: heading(sizes.h3),
      },
    },
    sections: book.sections.map((s) => sectionOptions(book, s, pictures)),
  });
}
