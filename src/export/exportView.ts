import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import QRCode from 'qrcode';
import type { ContentBeforeCapture, Drawn, ExportContent } from './compose';
import { drawPicture } from './blockCanvas';
import { captureMap } from './captureMap';
import { siteKinds } from '../domain';
import { legendBlock, legendKey } from './legend';
import { describePicture } from './pictureBlocks';
import { exportLayout, furnitureCorners, locatorSize } from './layout';
import { withResolution } from './pngResolution';
import { exportFilename, exportSize, type ExportFrame, type ExportScale } from './presets';
import { metresPerPixel, scaleBar } from './scaleBar';
import { markExportEncoded, markExportStage } from '../testing/hooks';

export type ExportFormat = 'png' | 'pdf';

export interface ExportRequest {
  frame: ExportFrame;
  scale: ExportScale;
  /** A PDF is an A4 page holding the A4 picture (the frame is then A4 whatever was asked). */
  format: ExportFormat;
  /** The map area's size on screen, for "screen" frames. */
  screen: { width: number; height: number };
  content: ContentBeforeCapture;
  /** The footer line said beside the QR code, added only when there is one. */
  qrNote: string;
  /** What the picture shows: a region's or the current view's bounds. */
  bounds: LngLatBoundsLike;
  /** The permalink to encode as a QR code, or null for none. */
  qrLink: string | null;
  fileParts: string[];
  /** Document language and title, for the PDF's metadata. */
  language: string;
}

export interface ExportResult {
  blob: Blob;
  filename: string;
  width: number;
  height: number;
  drawn: Drawn[];
  /** Below the asked ratio when the browser limited the canvas (the map part is then enlarged). */
  mapPixelRatio: number;
  pixelRatio: number;
}

/** Captures the map at the export's size, then lays title, legend, scale, north and credits beside it. */
async function compose(map: MapLibreMap, request: ExportRequest) {
  const frame = request.format === 'pdf' ? 'a4' : request.frame;
  const size = exportSize(frame, request.scale, request.screen);
  const footerLines = [...request.content.footerLines, ...(request.qrLink ? [request.qrNote] : [])];
  const layout = exportLayout(size.width, size.height, {
    footerLines: footerLines.length,
    qr: request.qrLink !== null,
  });
  const inset = layout.margin;
  // Room for the furniture, measured as it will be drawn (every site kind assumed in the key): the subject
  // should not sit under the legend or the summary.
  const scratch = document.createElement('canvas').getContext('2d')!;
  const legendWidth = legendBlock(
    scratch,
    legendKey(
      request.content.legend,
      siteKinds.map((kind) => ({ kind, hollow: true })),
      siteKinds,
    ),
    layout.fonts.legend,
    request.content.fontFamily,
    layout.map.width * 0.34,
  ).width;
  const side = Math.min(layout.map.width * 0.4, legendWidth + inset);
  const legendLeft = request.content.legendCorner.endsWith('left');
  // The locator inset takes a strip of its side too.
  const locator = request.content.locator ? locatorSize(layout.map) + inset : 0;
  const locatorLeft = furnitureCorners(request.content.legendCorner).locator.endsWith('left');
  const capture = await captureMap(map, {
    width: layout.map.width,
    height: layout.map.height,
    pixelRatio: size.pixelRatio,
    bounds: request.bounds,
    padding: {
      top: layout.northArrow + inset,
      bottom: inset,
      left: Math.max(legendLeft || request.content.summary ? side : inset * 2, locatorLeft ? locator : 0),
      right: Math.max(!legendLeft || request.content.summary ? side : inset * 2, locatorLeft ? 0 : locator),
    },
  });
  markExportStage('captured');
  const qr = request.qrLink ? QRCode.create(request.qrLink, { errorCorrectionLevel: 'M' }).modules : null;
  const content: ExportContent = {
    ...request.content,
    footerLines,
    scaleBar: scaleBar(metresPerPixel(capture.latitude, capture.zoom), layout.scaleBarMax),
    bearing: capture.bearing,
    qr: qr ? { size: qr.size, modules: qr.data } : null,
    shownSymbols: capture.symbols,
  };
  const canvas = document.createElement('canvas');
  canvas.width = size.pixelWidth;
  canvas.height = size.pixelHeight;
  const ctx = canvas.getContext('2d')!;
  const drawn = drawPicture(ctx, size, layout, capture.canvas, describePicture(content), content.fontFamily);
  markExportStage('composed');
  if (capture.labelPx !== null) {
    // Not drawn by the composer: the map's own labels, recorded so their size can be checked.
    const r = size.pixelRatio;
    drawn.push({
      kind: 'map-labels',
      x: Math.round(layout.map.x * r),
      y: Math.round(layout.map.y * r),
      width: 0,
      height: Math.round(capture.labelPx * r),
      text: String(capture.labelPx),
    });
  }
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  // The print resolution the browser leaves out, so a document places the picture at its intended size.
  const bytes = withResolution(new Uint8Array(await png.arrayBuffer()), size.dpi);
  return { size, capture, drawn, bytes };
}

/** Makes the PNG, or the A4 PDF page that holds it at 300 dpi. */
export async function exportPicture(map: MapLibreMap, request: ExportRequest): Promise<ExportResult> {
  const { size, capture, drawn, bytes } = await compose(map, request);
  let blob: Blob;
  if (request.format === 'pdf') {
    // Loaded on first use: most exports are PNGs, and the PDF writer is larger than the rest of the exporter.
    const { a4Pdf } = await import('./pdf');
    blob = await a4Pdf(bytes, { title: request.content.title, language: request.language });
  } else {
    blob = new Blob([bytes as BlobPart], { type: 'image/png' });
  }
  markExportEncoded();
  return {
    blob,
    filename: exportFilename(request.fileParts, size.label, request.format),
    width: size.pixelWidth,
    height: size.pixelHeight,
    drawn,
    mapPixelRatio: capture.pixelRatio,
    pixelRatio: size.pixelRatio,
  };
}
