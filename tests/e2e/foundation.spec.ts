import { readFileSync } from 'node:fs';
import { expect, test, waitForIdle, waitForMap } from './fixtures';
import { darkestNear, decodePng, differingPixels, luminance, pixelAt } from './pixels';
import { settled } from './viewHelpers';

interface CountyFeature {
  properties: { role: string; name_zh: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

function huizeOuterRing(): [number, number][] {
  const file = JSON.parse(readFileSync('geo/counties.geojson', 'utf8')) as { features: CountyFeature[] };
  const huize = file.features.find((f) => f.properties.role === 'county')!;
  const polygons =
    huize.geometry.type === 'Polygon'
      ? [huize.geometry.coordinates as number[][][]]
      : (huize.geometry.coordinates as number[][][][]);
  const largest = polygons.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
  return largest[0]!.map(([lon, lat]) => [lon!, lat!]);
}

test('first screen: Huize outline and Chinese neighbour labels, drawn offline', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);

  const rendered = await page.evaluate(() => {
    const map = window.__map!;
    const names = (layer: string) =>
      map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name_zh);
    return { county: names('county-line'), labels: names('neighbour-labels') };
  });
  expect(rendered.county).toContain('会泽县');
  expect(new Set(rendered.labels).size).toBeGreaterThanOrEqual(4);
  for (const name of rendered.labels) expect(name).toMatch(/[\u4e00-\u9fff]/);

  const canvas = page.locator('canvas.maplibregl-canvas');
  await settled(page);
  // The first screen as a user sees it, against its saved picture: outline, labels, list, panel, legend.
  await expect(page).toHaveScreenshot('first-screen.png');
  const png = decodePng(await canvas.screenshot());

  // Pixels: the outline's own vertices, projected by the map, land on dark line pixels.
  const ring = huizeOuterRing();
  const step = Math.max(1, Math.floor(ring.length / 60));
  const sample = ring.filter((_, i) => i % step === 0);
  const points = await page.evaluate(
    (lngLats) => lngLats.map((p) => window.__map!.project(p as [number, number])),
    sample,
  );
  const inside = points.filter((p) => p.x > 3 && p.y > 3 && p.x < png.width - 3 && p.y < png.height - 3);
  expect(inside.length).toBeGreaterThan(30);
  const onLine = inside.filter((p) => darkestNear(png, p.x, p.y, 2) < 110);
  expect(onLine.length / inside.length).toBeGreaterThan(0.9);
  // ...and the county's inside is light paper, so the check above is not a dark image passing by accident.
  const centre = await page.evaluate(() => window.__map!.project([103.3, 26.55]));
  expect(luminance(pixelAt(png, centre.x, centre.y))).toBeGreaterThan(200);

  // Labels change pixels: the same view without them differs.
  await page.evaluate(() => window.__map!.setLayoutProperty('neighbour-labels', 'visibility', 'none'));
  await waitForIdle(page);
  const withoutLabels = decodePng(await canvas.screenshot());
  expect(
    differingPixels(png, withoutLabels, { x: 0, y: 0, width: png.width, height: png.height }),
  ).toBeGreaterThan(300);

  // The CJK font draws distinct glyphs (a missing font draws the same box for every character).
  const distinctGlyphs = await page.evaluate(() => {
    const glyphs = ['会', '泽', '东', '川'].map((ch) => {
      const c = document.createElement('canvas');
      c.width = c.height = 40;
      const ctx = c.getContext('2d')!;
      ctx.font =
        '32px "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
      ctx.fillText(ch, 2, 34);
      return c.toDataURL();
    });
    return new Set(glyphs).size;
  });
  expect(distinctGlyphs).toBe(4);
});

test('attribution names the AMap outline source', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('AMap');
});
