import { writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { countyArea } from './data';
import { expect, test, waitForMap } from './fixtures';
import { boxStats, colourShare, exportPicture, type Exported } from './exportHelpers';
import { serverUrl } from './servers';
import { zh } from './text';

// Served from dist-official: the app built with township lines imported through geo:import.
test.use({ baseURL: serverUrl('official') });

/** The normal build (schematic township lines), for comparison. */
const schematicBuild = serverUrl('app');

test('with imported official boundaries the schematic note and dashes are gone', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByTestId('schematic-note')).toHaveCount(0);
  const dash = await page.evaluate(() => window.__map!.getPaintProperty('township-line', 'line-dasharray'));
  expect(dash).toBeUndefined();
});

/** The schematic note's panel fill (compose.ts drawNote). */
const noteFill = '#fff7e0';

test('an export carries the schematic note exactly when the lines are schematic', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const view = `#sel=530326102&m=stationed&b=${countyArea()}`;
  const exportFrom = async (url: string, name: string): Promise<Exported> => {
    await page.goto(url);
    await waitForMap(page);
    const result = await exportPicture(page, { frame: 'hd', scale: 1, qr: false });
    await writeFile(testInfo.outputPath(name), PNG.sync.write(result.png));
    return result;
  };

  // The normal build: schematic lines, so the picture says so in a note over the map.
  const schematic = await exportFrom(`${schematicBuild}/${view}`, 'schematic.png');
  const note = schematic.drawn.find((d) => d.kind === 'schematic-note');
  expect(note, 'schematic build: schematic-note drawn').toBeTruthy();
  expect(note!.text).toBe(zh('map.schematicNote'));
  expect(colourShare(schematic.png, note!, noteFill), 'schematic build: note panel painted').toBeGreaterThan(
    0.5,
  );
  expect(boxStats(schematic.png, note!, 1).ink, 'schematic build: note text inked').toBeGreaterThan(0.01);

  // The official build: no note in the list, nothing of it in the pixels, and no "schematic" text anywhere.
  const official = await exportFrom(`/${view}`, 'official.png');
  expect([official.png.width, official.png.height]).toEqual([1920, 1080]);
  expect(official.drawn.map((d) => d.kind)).not.toContain('schematic-note');
  for (const d of official.drawn) expect(d.text ?? '', `${d.kind} text`).not.toMatch(/示意|schematic/i);
  for (const d of official.drawn)
    expect(d.text ?? '', `${d.kind} text`).not.toContain(zh('map.schematicNote'));
  // Same frame, same layout: where the note would be, there is map, not the note's panel.
  expect(colourShare(official.png, note!, noteFill), 'official build: no note panel').toBeLessThan(0.02);
  expect(boxStats(official.png, note!, 1).ink, 'official build: no note text').toBeLessThan(0.005);
  // The rest of the furniture is still drawn.
  const mapBox = official.drawn.find((d) => d.kind === 'map')!;
  expect(boxStats(official.png, mapBox, 4).blue, 'choropleth blues in the map').toBeGreaterThan(0.003);
  for (const kind of ['title', 'legend', 'scale-bar', 'north-arrow', 'footer'] as const) {
    const found = official.drawn.find((d) => d.kind === kind);
    expect(found, `${kind} drawn`).toBeTruthy();
    expect(boxStats(official.png, found!, 1).ink, `${kind} has dark ink`).toBeGreaterThan(0.01);
  }
});
