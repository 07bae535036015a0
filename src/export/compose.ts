/**
 * The picture's words and what the capture adds (ExportContent), and the record of what was drawn where
 * (Drawn). pictureBlocks.ts describes the picture as a page of blocks from them; blockCanvas.ts draws it.
 */
import type { QrCode, SummaryBox } from './furniture';
import type { LegendBlock, ShownSymbol } from './legend';
import type { LocatorInset } from './locatorInset';
import type { Corner } from './layout';
import type { ScaleBar } from './scaleBar';

export type { LegendRow } from './legend';

/** Everything the picture says besides the map itself. Plain strings: canvas text is never markup. */
export interface ExportContent {
  title: string;
  subtitle: string;
  legend: LegendBlock;
  /** Shown over the map exactly when the township lines are schematic. */
  schematicNote: string | null;
  /** Source line, attributions: one entry per line under the map. */
  footerLines: string[];
  scaleBar: ScaleBar | null;
  /** The map's bearing in degrees (the arrow points to north). */
  bearing: number;
  northLabel: string;
  qr: QrCode | null;
  fontFamily: string;
  /** The site symbols the drawn map shows: the legend keys exactly these. */
  shownSymbols: readonly ShownSymbol[];
  /** The region's totals, when the picture is of a region and the user asked for them. */
  summary: SummaryBox | null;
  /** Where what the picture shows lies in the county; null for the whole county. */
  locator: LocatorInset | null;
  legendCorner: Corner;
}

/** What the picture's content is made of before the map is drawn (the rest comes from the capture). */
export type ContentBeforeCapture = Omit<ExportContent, 'scaleBar' | 'bearing' | 'qr' | 'shownSymbols'>;

export type DrawnKind =
  | 'map'
  | 'title'
  | 'subtitle'
  | 'legend'
  | 'site-key'
  | 'summary'
  | 'scale-bar'
  | 'north-arrow'
  | 'locator'
  | 'schematic-note'
  | 'footer'
  | 'qr'
  /** not drawn by the composer: the map's own labels, recorded with their size */
  | 'map-labels';

/** What was drawn where, in image pixels: tests read pixels inside these boxes. */
export interface Drawn {
  kind: DrawnKind;
  x: number;
  y: number;
  width: number;
  height: number;
  text?: string;
}
