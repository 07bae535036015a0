import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import QRCode from 'qrcode';
import { composeExport, type Drawn, type ExportContent } from './compose';
import { captureMap } from './captureMap';
import { exportLayout } from './layout';
import { exportFilename, exportSize, type ExportFrame, type ExportScale } from './presets';
import { metresPerPixel, scaleBar } from './scaleBar';
import { markExportEncoded } from '../testing/hooks';

export interface ExportRequest {
  frame: ExportFrame;
  scale: ExportScale;
  /** The map area's size on screen, for "screen" frames. */
  screen: { width: number; height: number };
  content: Omit<ExportContent, 'scaleBar' | 'bearing' | 'qr'>;
  /** What the picture shows: a region's or the current view's bounds. */
  bounds: LngLatBoundsLike;
  /** The permalink to encode as a QR code, or null for none. */
  qrLink: string | null;
  fileParts: string[];
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

/** Makes the PNG: captures the map at the export's size, then lays title, legend, scale, north and credits. */
export async function exportPng(map: MapLibreMap, request: ExportRequest): Promise<ExportResult> {
  const size = exportSize(request.frame, request.scale, request.screen);
  const layout = exportLayout(size.width, size.height, {
    footerLines: request.content.footerLines.length,
    qr: request.qrLink !== null,
  });
  const inset = layout.margin;
  const capture = await captureMap(map, {
    width: layout.map.width,
    height: layout.map.height,
    pixelRatio: size.pixelRatio,
    bounds: request.bounds,
    // Room for the north arrow (top) and the legend (left): the subject should not sit under them.
    padding: {
      top: layout.northArrow + inset,
      bottom: inset,
      left: Math.min(layout.map.width * 0.3, 260),
      right: inset * 2,
    },
  });
  const qr = request.qrLink ? QRCode.create(request.qrLink, { errorCorrectionLevel: 'M' }).modules : null;
  const content: ExportContent = {
    ...request.content,
    scaleBar: scaleBar(metresPerPixel(capture.latitude, capture.zoom), layout.scaleBarMax),
    bearing: capture.bearing,
    qr: qr ? { size: qr.size, modules: qr.data } : null,
  };
  const canvas = document.createElement('canvas');
  canvas.width = size.pixelWidth;
  canvas.height = size.pixelHeight;
  const ctx = canvas.getContext('2d')!;
  const drawn = composeExport(ctx, size, layout, capture.canvas, content);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  markExportEncoded();
  return {
    blob,
    filename: exportFilename(request.fileParts, size.label),
    width: size.pixelWidth,
    height: size.pixelHeight,
    drawn,
    mapPixelRatio: capture.pixelRatio,
    pixelRatio: size.pixelRatio,
  };
}
