/**
 * Draws the atlas's map pictures from the live map (captureMap: the map is resized behind the page for a
 * moment and put back exactly as it was), one at a time, with what a printed page needs inside the picture:
 * a north arrow, a scale bar and the key of the site symbols it shows. The same picture goes to every
 * renderer (PDF, Word).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SiteKind } from '../domain';
import { captureMap } from '../export/captureMap';
import { ink, northArrowBlock, panelBlock, scaleBarBlock, type Block } from '../export/furniture';
import { siteKeyRows, type ShownSymbol } from '../export/legend';
import { metresPerPixel, scaleBar } from '../export/scaleBar';
import { drawSiteIcon } from '../map/siteIcons';
import type { MapPainter, MapPicture, MapRequest } from './blocks';

export interface PainterText {
  northLabel: string;
  fontFamily: string;
  /** The site kinds' names and what a hollow symbol means. */
  kinds: Record<SiteKind, string>;
  approximate: string;
  order: readonly SiteKind[];
}

export interface PainterHooks {
  /** Draws the map with all townships but `codes` dimmed (null: none), and resolves once it is told. */
  focus: (codes: readonly string[] | null) => Promise<void>;
  text: PainterText;
}

const cssDpi = 96;

function siteKey(
  ctx: CanvasRenderingContext2D,
  rows: readonly ShownSymbol[],
  text: PainterText,
  size: number,
): Block {
  const line = size * 1.5;
  const label = (s: ShownSymbol) => (s.hollow ? text.approximate : text.kinds[s.kind]);
  ctx.font = `400 ${size}px ${text.fontFamily}`;
  const inner = size * 0.5;
  const width = Math.max(...rows.map((s) => ctx.measureText(label(s)).width)) + size * 1.6 + inner * 2;
  const ratio = ctx.getTransform().a || 1;
  return panelBlock(
    ctx,
    { width, height: rows.length * line + inner * 2, inner, fill: 'rgba(255,255,255,0.92)' },
    (x, y) => {
      rows.forEach((s, i) => {
        const pixels = drawSiteIcon(s.kind, s.hollow, (size / 22) * ratio * 1.2);
        const scratch = document.createElement('canvas');
        scratch.width = pixels.width;
        scratch.height = pixels.height;
        scratch.getContext('2d')!.putImageData(pixels, 0, 0);
        ctx.drawImage(scratch, x, y + i * line + (line - size * 1.2) / 2, size * 1.2, size * 1.2);
        ctx.fillStyle = ink;
        ctx.font = `400 ${size}px ${text.fontFamily}`;
        ctx.fillText(label(s), x + size * 1.6, y + i * line + line * 0.72);
      });
    },
  );
}

function encode(canvas: HTMLCanvasElement, format: 'png' | 'jpeg'): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? void blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)))
          : reject(new Error('picture encoding failed')),
      `image/${format}`,
      // At 300 dpi a high-quality JPEG keeps the labels sharp at a fraction of a PNG's size and time.
      0.92,
    ),
  );
}

/** Paints from the live map; `format` is how the pictures are encoded (PNG unless a renderer wants JPEG). */
export function livePainter(
  map: MapLibreMap,
  hooks: PainterHooks,
  format: 'png' | 'jpeg' = 'png',
): MapPainter {
  return {
    async paint(request: MapRequest, signal?: AbortSignal): Promise<MapPicture> {
      signal?.throwIfAborted();
      const width = (request.widthMm / 25.4) * cssDpi;
      const height = (request.heightMm / 25.4) * cssDpi;
      // None dimmed is an empty focus, not the view's own region.
      await hooks.focus(request.show.dimOthers ? request.show.focus : []);
      const [w, s, e, n] = request.bounds;
      const pad = 28;
      const around = request.subject.kind === 'township' ? 0.2 : 0;
      const capture = await captureMap(map, {
        width,
        height,
        pixelRatio: request.dpi / cssDpi,
        bounds: [
          [w, s],
          [e, n],
        ],
        // Room for the north arrow above and the scale bar and key below, off the subject; a township
        // keeps a ring of its neighbours around it, so a reader sees where it lies.
        padding: {
          top: pad + 30 + height * around,
          bottom: pad + 24 + height * around,
          left: pad + width * around,
          right: pad + width * around,
        },
      });
      const canvas = capture.canvas;
      const ctx = canvas.getContext('2d')!;
      const ratio = canvas.width / Math.round(width);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const cssW = Math.round(width);
      const cssH = Math.round(height);
      const size = 10;
      const inset = 8;
      const text = {
        bearing: capture.bearing,
        northLabel: hooks.text.northLabel,
        fontFamily: hooks.text.fontFamily,
      };
      if (request.show.northArrow) {
        const arrow = northArrowBlock(ctx, 36, text);
        arrow.draw(cssW - arrow.width - inset, inset);
      }
      const bar = request.show.scaleBar
        ? scaleBar(metresPerPixel(capture.latitude, capture.zoom), cssW * 0.25)
        : null;
      if (bar) {
        const block = scaleBarBlock(ctx, bar, size, hooks.text.fontFamily);
        block.draw(inset, cssH - block.height - inset);
      }
      const rows = request.show.sites ? siteKeyRows(capture.symbols, hooks.text.order) : [];
      if (rows.length) {
        const key = siteKey(ctx, rows, hooks.text, size);
        key.draw(cssW - key.width - inset, cssH - key.height - inset);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const png = await encode(canvas, format);
      const picture = {
        png,
        format,
        widthPx: canvas.width,
        heightPx: canvas.height,
        dpi: Math.round(capture.pixelRatio * cssDpi),
      };
      // Let the pixels go now: only the encoded picture lives on, until its page has embedded it.
      canvas.width = canvas.height = 0;
      return picture;
    },
  };
}
