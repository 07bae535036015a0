export const hatchImageId = 'no-record-hatch';

/** A small diagonal-hatch tile (drawn at 2× for sharp lines) for townships with no record. */
export function drawHatch(): ImageData {
  const size = 16;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.strokeStyle = 'rgba(90, 84, 74, 0.45)';
  ctx.lineWidth = 2;
  ctx.beginPath();
  // Three strokes so the pattern tiles seamlessly at the corners.
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
