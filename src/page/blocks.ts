/**
 * The briefing book's page model: a document described once, as sections of blocks, for every renderer (the
 * PDF atlas, the Word document, the canvas picture of the export dialog). Pure types: a renderer decides how a block looks and
 * where pages break, never what is said. Every string here is already in the reader's language (t() and the
 * data's own zh/en fields made it); a renderer never translates, looks up an id or adds a figure.
 *
 * Stability: other renderers are written against these types. Changes are additive only (a new optional
 * field, a new block kind a renderer may skip with a plain-text fallback); nothing is renamed or removed.
 */
import type { MetricId, SiteKind } from '../domain';
import type { PolygonGeometry } from '../geo/locator';

/** A piece of text. `strong` for a name or figure that leads, `muted` for secondary words (a citation). */
export interface TextRun {
  text: string;
  emphasis?: 'strong' | 'muted';
}

/** A footnote reference: the note's number in its block's `footnotes` (a PDF prints ¹, Word a real footnote). */
export interface NoteRef {
  ref: number;
}

export type Run = TextRun | NoteRef;

export const isNoteRef = (run: Run): run is NoteRef => 'ref' in run;

/** A footnote: the source, section and phrase a figure comes from, written out as one line of text. */
export interface Footnote {
  n: number;
  text: string;
}

/** One paragraph of runs; a renderer wraps it at its own width and never cuts a line across pages. */
export interface Paragraph {
  runs: Run[];
}

/** A heading. Level 1 opens a section (its text is the contents entry), 2 and 3 head parts of it. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** Prose with footnotes (the brief text). Its footnotes belong to it: the refs in its runs point into them. */
export interface TextBlock {
  kind: 'text';
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  /** Smaller type, for notes under a table or a map (the shared-figure note, the filter note). */
  small?: boolean;
}

/** What a map picture is of. Codes are official township codes. */
export type MapSubject =
  { kind: 'county' } | { kind: 'township'; code: string } | { kind: 'region'; codes: string[] };

/**
 * A map picture, asked for rather than drawn: the renderer hands the request to a MapPainter, which draws the
 * live map at this size and returns a PNG. Scale bar, north arrow, site key and neighbour names are drawn INTO
 * the picture by the painter (the same for every renderer); the classes' legend is a LegendBlock of its own,
 * in real text.
 */
export interface MapRequest {
  subject: MapSubject;
  /** What the picture must hold, [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** The metric the townships are coloured by (the current view's), with the current filters. */
  metric: MetricId;
  /** The picture's size on the page. */
  widthMm: number;
  heightMm: number;
  /** Pixels per inch of the PNG (300 for print). */
  dpi: number;
  show: {
    /** Townships drawn at full strength; all others are dimmed when `dimOthers`. Empty: none dimmed. */
    focus: string[];
    dimOthers: boolean;
    /** Township names on the map (the neighbours' too, so a reader knows what lies around). */
    townshipNames: boolean;
    /** Site symbols, and their key inside the picture (only the symbols drawn). */
    sites: boolean;
    scaleBar: boolean;
    northArrow: boolean;
  };
  /** Says in words what the picture shows (Word's alt text, the PDF's alternative description). */
  alt: string;
}

export interface MapBlock {
  kind: 'map';
  request: MapRequest;
  caption?: string;
}

/** A PNG a MapPainter drew for a MapRequest. */
export interface MapPicture {
  /** The picture's bytes: a PNG, or a JPEG where `format` says so. */
  png: Uint8Array;
  /**
   * How `png` is encoded; PNG when absent. A painter asked for JPEG (the PDF's, which embeds a JPEG as it is
   * instead of decoding and compressing a PNG again) says 'jpeg'.
   */
  format?: 'png' | 'jpeg';
  widthPx: number;
  heightPx: number;
  /** Below the asked dpi when the browser limited the canvas; the picture still fills widthMm × heightMm. */
  dpi: number;
}

/** Draws map pictures one at a time (a renderer never holds more than the page it is making). */
export interface MapPainter {
  paint(request: MapRequest, signal?: AbortSignal): Promise<MapPicture>;
}

/** The classes' key: a swatch per class (hatched for "no record"), its words and how many townships. */
export interface LegendBlock {
  kind: 'legend';
  heading: string;
  /** The classification method in words, or null for a categorical metric. */
  method: string | null;
  rows: { colour: string; label: string; count: number; hatch: boolean }[];
  notes: string[];
  /**
   * The key of the site symbols, when the legend draws it itself (the picture's; the atlas draws it into its
   * map pictures): each kind shown once, then the hollow symbol of an approximate position.
   */
  sites?: { heading: string; entries: { kind: SiteKind; hollow: boolean; label: string }[] };
}

export interface TableColumn {
  label: string;
  /** Figures align to the end, words to the start. */
  align: 'start' | 'end';
  /** Relative width (columns share the text width in proportion); equal when absent. */
  weight?: number;
}

/** A table of figures. Cells are runs, so a figure can carry its footnote. Rows are never split; a long table breaks between rows and repeats its header. */
export interface TableBlock {
  kind: 'table';
  caption?: string;
  columns: TableColumn[];
  rows: Run[][][];
  footnotes: Footnote[];
  /** Notes that keep the figures honest, under the rows (the shared-figure note); none when absent. */
  notes?: string[];
}

/** A list: activities with their citations under them, partners, sources. */
export interface ListBlock {
  kind: 'list';
  style: 'bullet' | 'plain';
  items: { runs: Run[]; /** a smaller second line, e.g. the citation */ detail?: Run[] }[];
  footnotes: Footnote[];
}

/** The contents: one entry per section that has a heading, its page number found by the renderer. */
export interface ContentsBlock {
  kind: 'contents';
  entries: { section: string; text: string; level: 1 | 2 }[];
}

export type Corner = 'bottom-left' | 'top-left' | 'top-right' | 'bottom-right';

/** Where in the county a picture of a township or a region lies: the outline, its lines, the subject filled. */
export interface LocatorInset {
  county: PolygonGeometry;
  /** every township, drawn as thin lines for orientation */
  townships: readonly PolygonGeometry[];
  /** the townships the picture shows */
  highlight: readonly PolygonGeometry[];
  /** what the inset shows, in words (the picture's record, a printed figure's label) */
  label: string;
}

/**
 * The map as the window shows it, captured at the picture's size (the export dialog's picture), with the
 * keys that belong to it drawn over its corners: north arrow, scale bar, locator; the page's legend and
 * table blocks go over it too. The atlas asks for its maps instead (MapBlock); its renderers skip this kind.
 */
export interface MapViewBlock {
  kind: 'mapView';
  north: { bearing: number; label: string };
  /** The bar's ground length, its length in the picture's CSS pixels and its words; null: no scale. */
  scaleBar: { metres: number; width: number; label: string } | null;
  /** Null for the whole county. */
  locator: LocatorInset | null;
  /** The corner the user put the legend in; the other keys take theirs from it. */
  legendCorner: Corner;
}

export type Block =
  HeadingBlock | TextBlock | MapBlock | LegendBlock | TableBlock | ListBlock | ContentsBlock | MapViewBlock;
export type BlockKind = Block['kind'];

/** What is printed on every page of a section besides its blocks. */
export interface Furniture {
  /** The running header ("会泽县帮扶地图 · 娜姑镇"). */
  header: string;
  /** The running header on the pages the section flows onto ("… （续）"); `header` when absent. */
  continued?: string;
  /** "第 {n} 页 / 共 {total} 页": the renderer puts the numbers in. Null: no number (the cover). */
  pageNumber: string | null;
  /** The schematic-boundary note, while township lines are schematic (every page that shows a map says so). */
  schematicNote: string | null;
  /** A QR code of the view's address (the picture's, when asked for): its side in modules, and the modules. */
  qr?: { size: number; modules: ArrayLike<number | boolean> } | null;
}

export type SectionKind = 'cover' | 'contents' | 'region' | 'township' | 'picture';

/**
 * One logical page. It starts on a new page and may flow onto more (a long township continues on a second
 * page). `id` is stable (the township code, "cover", "contents", "region") and what contents entries name.
 */
export interface Section {
  id: string;
  kind: SectionKind;
  furniture: Furniture;
  blocks: Block[];
}

export interface BookDocument {
  title: string;
  language: 'zh-CN' | 'en';
  /** YYYY-MM-DD, the day it was made. */
  date: string;
  sections: Section[];
  /** The same for every section; A4 portrait. */
  page: { widthMm: number; heightMm: number; marginMm: number };
}

/** Progress of a long render: the page being made (1-based) of how many, and its section's name. */
export interface BookProgress {
  page: number;
  total: number;
  label: string;
}

/** The site kinds a picture's key may show (re-exported for renderers that draw a key themselves). */
export type { SiteKind };
