/**
 * Stacks a document's rows onto pages. Pure: every section starts a page; a row that does not fit moves whole
 * to the next page (a line is never cut), a heading stays with what follows it, a table's header is drawn
 * again where the table continues. The map pictures are asked for only later, page by page, by the renderer.
 */
import type { BookDocument, Section } from './blocks';
import type { Measure } from './lineBreak';
import { blockRows, mmToPt, type Row } from './rows';

/** An A4 page's parts, in points from its top-left. */
export interface PageFrame {
  width: number;
  height: number;
  /** The text column. */
  left: number;
  top: number;
  contentWidth: number;
  contentHeight: number;
  /** Baselines of the running header and of the footer line (page number, schematic note). */
  headerBaseline: number;
  footerBaseline: number;
}

export function pageFrame(page: BookDocument['page']): PageFrame {
  const width = page.widthMm * mmToPt;
  const height = page.heightMm * mmToPt;
  const margin = page.marginMm * mmToPt;
  const top = margin + 14;
  const bottom = height - margin - 10;
  return {
    width,
    height,
    left: margin,
    top,
    contentWidth: width - margin * 2,
    contentHeight: bottom - top,
    headerBaseline: margin,
    footerBaseline: height - margin + 10,
  };
}

export interface PlacedRow {
  /** From the top of the text column. */
  y: number;
  row: Row;
}

export interface LaidPage {
  section: Section;
  /** The 2nd, 3rd … page of its section. */
  continued: boolean;
  rows: PlacedRow[];
}

/** Height of `rows[from]` and every row it keeps with, up to the first that does not keep with the next. */
function keptHeight(rows: readonly Row[], from: number): number {
  let h = 0;
  for (let i = from; i < rows.length; i++) {
    h += rows[i]!.height + (i === from ? 0 : rows[i]!.gap);
    if (!rows[i]!.keepWithNext) break;
  }
  return h;
}

/** One section's rows on as many pages as they need. */
export function paginateSection(section: Section, rows: readonly Row[], height: number): LaidPage[] {
  const pages: LaidPage[] = [{ section, continued: false, rows: [] }];
  let y = 0;
  const page = () => pages.at(-1)!;
  const newPage = () => {
    pages.push({ section, continued: true, rows: [] });
    y = 0;
  };
  rows.forEach((row, i) => {
    const gap = page().rows.length ? row.gap : 0;
    const need = row.keepWithNext ? keptHeight(rows, i) : row.height;
    const fitsFresh = need <= height;
    if (page().rows.length && y + gap + (fitsFresh ? need : row.height) > height) {
      newPage();
      // Where a table continues, its header comes first.
      const prev = rows[i - 1];
      if (row.header && prev?.header === row.header) {
        page().rows.push({ y, row: row.header });
        y += row.header.height;
      }
    }
    const g = page().rows.length ? row.gap : 0;
    page().rows.push({ y: y + g, row });
    y += g + row.height;
  });
  return pages;
}

/** How much shorter a map may be drawn so that its section keeps to one page: 20 mm. */
export const mapGive = 20 * mmToPt;

/** `rows` with the (first) map row `by` points shorter, its picture asked for at that height. */
function shorterMap(rows: readonly Row[], by: number): Row[] | null {
  const at = rows.findIndex((r) => r.draws.some((d) => d.kind === 'map'));
  const row = rows[at];
  if (!row) return null;
  const height = row.height - by;
  const draws = row.draws.map((d) =>
    d.kind === 'map' ? { ...d, h: height, request: { ...d.request, heightMm: height / mmToPt } } : d,
  );
  return rows.map((r, i) => (i === at ? { ...r, height, draws } : r));
}

/**
 * A section on pages; one that runs a little past its page (a heading and a line or two) instead keeps to
 * one page with its map up to `mapGive` shorter, rather than leaving a nearly empty page.
 */
export function fitSection(section: Section, rows: readonly Row[], height: number): LaidPage[] {
  const pages = paginateSection(section, rows, height);
  const [, next, ...more] = pages;
  if (!next || more.length) return pages;
  const last = next.rows.at(-1)!;
  const over = last.y + last.row.height + (next.rows[0]?.row.gap ?? 0);
  if (over > mapGive) return pages;
  const shorter = shorterMap(rows, over);
  const fitted = shorter && paginateSection(section, shorter, height);
  return fitted && fitted.length === 1 ? fitted : pages;
}

/** The whole document on pages: each section's blocks as rows, stacked. */
export function paginate(doc: BookDocument, measure: Measure): LaidPage[] {
  const frame = pageFrame(doc.page);
  return doc.sections.flatMap((section) => {
    const rows = section.blocks.flatMap((b) => blockRows(b, frame.contentWidth, measure));
    return fitSection(section, rows, frame.contentHeight);
  });
}

/** The first page (1-based) of each section, for the contents. */
export function sectionPages(pages: readonly LaidPage[]): Map<string, number> {
  const first = new Map<string, number>();
  pages.forEach((p, i) => {
    if (!first.has(p.section.id)) first.set(p.section.id, i + 1);
  });
  return first;
}
