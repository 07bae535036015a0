/**
 * Site symbols drawn on a canvas at start-up (no sprite file to fetch). One shape per kind of site; the
 * hollow variant marks a position known only roughly.
 */
import type { SiteKind } from '../domain';

export const siteColours: Record<SiteKind, string> = {
  village: '#2f6b3a',
  school: '#7b3fa0',
  'health-centre': '#c0392b',
  base: '#b5651d',
  'old-town': '#1f3b57',
};

export function iconId(kind: SiteKind, hollow: boolean): string {
  return `site-${kind}${hollow ? '-hollow' : ''}`;
}

type Ctx = CanvasRenderingContext2D;

function shapePath(ctx: Ctx, kind: SiteKind, s: number): void {
  const c = s / 2;
  const r = s * 0.36;
  ctx.beginPath();
  switch (kind) {
    case 'village':
      ctx.arc(c, c, r, 0, Math.PI * 2);
      break;
    case 'school': // triangle (a roof)
      ctx.moveTo(c, c - r);
      ctx.lineTo(c + r, c + r * 0.8);
      ctx.lineTo(c - r, c + r * 0.8);
      ctx.closePath();
      break;
    case 'health-centre': {
      // a cross
      const a = r * 0.38;
      ctx.moveTo(c - a, c - r);
      ctx.lineTo(c + a, c - r);
      ctx.lineTo(c + a, c - a);
      ctx.lineTo(c + r, c - a);
      ctx.lineTo(c + r, c + a);
      ctx.lineTo(c + a, c + a);
      ctx.lineTo(c + a, c + r);
      ctx.lineTo(c - a, c + r);
      ctx.lineTo(c - a, c + a);
      ctx.lineTo(c - r, c + a);
      ctx.lineTo(c - r, c - a);
      ctx.lineTo(c - a, c - a);
      ctx.closePath();
      break;
    }
    case 'base': // a square
      ctx.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'old-town': // a five-pointed star
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        ctx.lineTo(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
      }
      ctx.closePath();
      break;
  }
}

/** Draws one icon at `pixelRatio`; returns its pixels for `map.addImage`. */
export function drawSiteIcon(kind: SiteKind, hollow: boolean, pixelRatio: number): ImageData {
  const size = Math.round(22 * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  shapePath(ctx, kind, size);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4.5 * pixelRatio;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = hollow ? '#ffffff' : siteColours[kind];
  ctx.fill();
  ctx.lineWidth = 2 * pixelRatio;
  ctx.strokeStyle = siteColours[kind];
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
