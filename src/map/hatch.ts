export const hatchImageId = 'no-record-hatch';

export const contextVeilId = 'context-veil';

/** A small diagonal-hatch tile (drawn at 2× for sharp lines) for townships with no record. */
export function drawHatch(): ImageData {
  return drawStripes('rgba(90, 84, 74, 0.45)', 2);
}

/**
 * White stripes over the townships outside a selection or region: they step back, yet between the
 * stripes each keeps its own fill, so its class can still be read against the legend (a washed-out fill
 * would look like a paler class).
 */
export function drawContextVeil(): ImageData {
  return drawStripes('rgba(255, 255, 255, 0.85)', 5);
}

function drawStripes(colour: string, width: number): ImageData {
  const size = 16;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  // Three strokes so the pattern tiles seamlessly at the corners.
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
