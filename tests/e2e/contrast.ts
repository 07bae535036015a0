import type { Page } from '@playwright/test';

export interface ContrastFailure {
  target: string;
  text: string;
  ratio: number;
  needed: number;
  fg: string;
  bg: string;
}

/**
 * WCAG 1.4.3 contrast for elements axe could not judge ("incomplete"): text over the map canvas, or text
 * clipped by a scrolling panel. The background is composed from the element's ancestors' background colours
 * down to the first opaque one; over the map it is the map's own pixels under the element (the canvas keeps
 * its drawing buffer), and the worst pixel counts.
 */
export async function contrastFailures(page: Page, targets: string[]): Promise<ContrastFailure[]> {
  return page.evaluate((selectors) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + bottom[0] * (1 - a),
        top[1] * a + bottom[1] * (1 - a),
        top[2] * a + bottom[2] * (1 - a),
        1,
      ];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;

    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
    let mapPixels: { data: Uint8ClampedArray; width: number; rect: DOMRect; scale: number } | null = null;
    const readMap = () => {
      if (mapPixels || !canvas) return mapPixels;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const rect = canvas.getBoundingClientRect();
      mapPixels = {
        data: ctx.getImageData(0, 0, copy.width, copy.height).data,
        width: copy.width,
        rect,
        scale: canvas.width / rect.width,
      };
      return mapPixels;
    };
    /** The map's pixels under a box of the page, every few pixels. */
    const mapUnder = (box: DOMRect): Rgba[] => {
      const m = readMap();
      if (!m) return [];
      const out: Rgba[] = [];
      const left = Math.max(box.left, m.rect.left);
      const right = Math.min(box.right, m.rect.right);
      const top = Math.max(box.top, m.rect.top);
      const bottom = Math.min(box.bottom, m.rect.bottom);
      for (let y = top; y < bottom; y += 2) {
        for (let x = left; x < right; x += 2) {
          const px = Math.floor((x - m.rect.left) * m.scale);
          const py = Math.floor((y - m.rect.top) * m.scale);
          const i = (py * m.width + px) * 4;
          out.push([m.data[i]!, m.data[i + 1]!, m.data[i + 2]!, 1]);
        }
      }
      return out;
    };

    const failures = [];
    for (const selector of selectors) {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text) continue;
      const style = getComputedStyle(el);
      let opacity = 1;
      for (let a: HTMLElement | null = el; a; a = a.parentElement)
        opacity *= Number(getComputedStyle(a).opacity);
      const fgRaw = parse(style.color);
      const fgOwn: Rgba = [fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * opacity];

      // Background layers from the element outwards, until one is opaque or the map lies beneath.
      const layers: Rgba[] = [];
      let bases: Rgba[] = [[255, 255, 255, 1]];
      for (let a: HTMLElement | null = el; a; a = a.parentElement) {
        const bg = parse(getComputedStyle(a).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
        if (canvas && a.parentElement?.contains(canvas) && !a.contains(canvas)) {
          const under = mapUnder(el.getBoundingClientRect());
          if (under.length) bases = under;
          break;
        }
      }
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      let worst = { ratio: Infinity, fg: fgOwn, bg: bases[0]! };
      for (const base of bases) {
        const bg = layers.reduceRight((acc, layer) => over(layer, acc), base);
        const fg = over(fgOwn, bg);
        const r = ratio(fg, bg);
        if (r < worst.ratio) worst = { ratio: r, fg, bg };
      }
      if (worst.ratio < needed) {
        failures.push({
          target: selector,
          text: text.slice(0, 40),
          ratio: Math.round(worst.ratio * 100) / 100,
          needed,
          fg: hex(worst.fg),
          bg: hex(worst.bg),
        });
      }
    }
    return failures;
  }, targets);
}
