import { writeFile } from 'node:fs/promises';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { pngResolution } from '../../src/export/pngResolution';
import { locatorColours } from '../../src/export/locatorInset';
import { siteColours } from '../../src/map/siteIcons';
import { expect, test, waitForMap } from './fixtures';
import { colourShare, exportPicture, type Exported } from './exportHelpers';
import { pattern, zh } from './text';

/** 娜姑镇 and 大井镇, which share the summer camp's 22.4 万元 and 20 pupils, by aid. */
const region = '/#r=530326102,530326107&m=aid';

function box(result: Exported, kind: string) {
  const found = result.drawn.find((d) => d.kind === kind);
  expect(found, `${kind} drawn`).toBeTruthy();
  return found!;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('pictures that stand alone', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(region);
    await waitForMap(page);
  });

  test('a 1920 × 1080 slide of a region: its resolution, labels, symbol key, one period', async ({
    page,
  }, testInfo) => {
    const result = await exportPicture(page, { frame: 'hd', scale: 1 });
    await writeFile(testInfo.outputPath(result.filename), result.bytes);
    // 1920 px across a 13⅓ in slide.
    const dpi = pngResolution(new Uint8Array(result.bytes))!;
    expect(dpi.x).toBeCloseTo(144, 0);
    expect(dpi.y).toBeCloseTo(144, 0);
    // The smallest township label MapLibre placed, in the picture's pixels.
    expect(box(result, 'map-labels').height).toBeGreaterThanOrEqual(16);

    const legend = box(result, 'legend');
    // It points to nothing outside the picture: not the county-wide line that says where to look, nor any
    // "see …" (见) another line might add.
    expect(legend.text).not.toContain(zh('legend.countyWide'));
    expect(legend.text).not.toContain(zh('panel.county'));
    expect(legend.text).not.toMatch(/见/);
    // No class reads "a – a".
    for (const line of legend.text!.split('\n')) expect(line).not.toMatch(/^(\S+) – \1(\s|$)/);
    // The key shows the symbols the map shows, drawn with the map's own colours.
    const key = box(result, 'site-key');
    // Every kind of site is keyed, each in its own colour (a symbol covers a few hundred of the box's pixels).
    for (const [kind, hex] of Object.entries(siteColours)) {
      expect(colourShare(result.png, key, hex, 40), kind).toBeGreaterThan(0.0005);
    }

    const years = box(result, 'subtitle').text!.match(/\d{4}(–\d{4})?/)![0];
    expect(box(result, 'footer').text).toMatch(pattern('zh-CN', 'export.sourceOf', { years }));
    // No QR code asked for, so no line about where it leads.
    expect(box(result, 'footer').text).not.toContain(zh('export.qrNote'));
  });

  test('the region summary box: the shared camp once, clear of the rest', async ({ page }) => {
    const result = await exportPicture(page, { frame: 'hd', scale: 1, summary: true });
    const summary = box(result, 'summary');
    expect(summary.text).toContain(`22.4 ${zh('metric.unit.aid')} ※`);
    expect(summary.text).toContain(zh('export.summaryShared'));
    for (const kind of ['legend', 'north-arrow', 'scale-bar', 'schematic-note']) {
      expect(overlap(summary, box(result, kind)), `summary clear of ${kind}`).toBe(false);
    }
  });

  test('the legend goes to the corner asked for; the rest stays clear of it', async ({ page }) => {
    const result = await exportPicture(page, { frame: 'classic', scale: 1, corner: 'top-right' });
    const map = box(result, 'map');
    const legend = box(result, 'legend');
    expect(legend.x + legend.width).toBeGreaterThan(map.x + map.width * 0.9);
    expect(legend.y).toBeLessThan(map.y + map.height * 0.3);
    for (const kind of ['north-arrow', 'scale-bar', 'schematic-note']) {
      expect(overlap(legend, box(result, kind)), `legend clear of ${kind}`).toBe(false);
    }
  });

  test('A4: the PNG states 300 dpi, and the PDF is one A4 page holding the same 3508 × 2480 picture', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const png = await exportPicture(page, { frame: 'a4' });
    expect(pngResolution(new Uint8Array(png.bytes))!.x).toBeCloseTo(300, 0);

    const pdf = await exportPicture(page, { frame: 'a4', format: 'pdf' });
    await writeFile(testInfo.outputPath(pdf.filename), pdf.bytes);
    expect(pdf.filename).toMatch(/-A4-300dpi\.pdf$/);
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter(
        (o): o is PDFRawStream =>
          o instanceof PDFRawStream &&
          o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') &&
          // the picture itself, not the alpha channel pdf-lib may keep beside it as its soft mask
          String(o.dict.get(PDFName.of('ColorSpace'))) !== '/DeviceGray',
      );
    expect(
      images.map((o) => [String(o.dict.get(PDFName.of('Width'))), String(o.dict.get(PDFName.of('Height')))]),
    ).toEqual([['3508', '2480']]);
    // 3508 pixels across 841.89 pt (11.69 in): 300 dpi.
    expect((3508 / width) * 72).toBeCloseTo(300, 0);
    expect(pdf.drawn.map((d) => d.kind)).toEqual(png.drawn.map((d) => d.kind));
  });

  test('a picture of one township says its figures as its panel does, and where it lies in the county', async ({
    page,
  }, testInfo) => {
    await page.goto('/#sel=530326102&m=aid');
    await page.reload();
    await waitForMap(page);
    const panel = page.locator('[data-testid="township-panel"][data-code="530326102"]');
    const figures = await panel.locator('.key dd strong').allInnerTexts();
    expect(figures.length).toBeGreaterThan(0);
    const result = await exportPicture(page, { frame: 'hd', scale: 1 });
    await writeFile(testInfo.outputPath(result.filename), result.bytes);

    const said = box(result, 'summary').text!;
    expect(said.split('\n')[0]).toMatch(pattern('zh-CN', 'export.townshipHeading', { name: '娜姑镇' }));
    for (const figure of figures) expect(said).toContain(figure.trim());

    // The inset: the county with 娜姑镇 filled in its own colour, clear of the rest.
    const locator = box(result, 'locator');
    expect(locator.text).toBe(zh('export.locator'));
    // 娜姑镇 is about a fiftieth of the county: some hundreds of the inset's pixels.
    expect(colourShare(result.png, locator, locatorColours.highlight, 30)).toBeGreaterThan(0.003);
    expect(colourShare(result.png, locator, locatorColours.county, 12)).toBeGreaterThan(0.1);
    for (const kind of ['legend', 'north-arrow', 'scale-bar', 'summary', 'schematic-note']) {
      expect(overlap(locator, box(result, kind)), `locator clear of ${kind}`).toBe(false);
    }
  });
});
