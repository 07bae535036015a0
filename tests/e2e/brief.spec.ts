import { readFileSync } from 'node:fs';
import { filterEffect } from '../../src/data/filterEffect';
import type { ActivityFilters } from '../../src/data/filters';
import { filterSummary } from '../../src/i18n/filterSummary';
import { formatList } from '../../src/i18n/lists';
import { testData } from './data';
import { expect, show, test } from './fixtures';
import { zh } from './text';

const data = testData();

/**
 * 娜姑镇's brief as the brief module writes it: the second of the briefs its unit snapshot holds (tests/unit/
 * snapshots/brief.test.ts keeps that file equal to makeBrief's output), so the browser and the unit test
 * hold the panel to one text.
 */
const naguBrief = readFileSync('tests/unit/snapshots/__snapshots__/brief.zh-CN.txt', 'utf8').split(
  '\n\n----\n\n',
)[1]!;

test('the township panel’s copy button puts its brief, with its notes, on the clipboard, and says what a filter hid', async ({
  app,
}) => {
  // The shared page's context gets the clipboard for this test only.
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copy = async (hash: string) => {
    await show(app, hash);
    // Emptied first: the status still says "copied" for a few seconds after an earlier copy of the same
    // panel, so only the clipboard tells that this press has written it.
    await app.evaluate(() => navigator.clipboard.writeText(''));
    const panel = app.getByTestId('township-panel');
    await panel.getByRole('button', { name: zh('brief.copy') }).click();
    await expect(panel.getByTestId('copy-brief-status')).toHaveText(zh('brief.copied'));
    await expect.poll(() => app.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    return app.evaluate(() => navigator.clipboard.readText());
  };

  expect(await copy('sel=530326102')).toBe(naguBrief.trimEnd());

  const filters: ActivityFilters = { categories: ['donation'], actors: [], years: [], sources: [] };
  const named = filterSummary(filters, {
    t: zh,
    list: (items) => formatList('zh-CN', items),
    actorName: (id) => id,
    sourceName: (id) => id,
  })!;
  const filtered = await copy('sel=530326102&cat=donation');
  const note = zh('brief.filter', { filters: named, n: filterEffect(data, filters).hidden });
  expect(filtered.split('\n')).toContain(note);
  await app.context().clearPermissions();
  await show(app, '');
});
