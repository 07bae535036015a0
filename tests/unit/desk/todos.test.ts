/**
 * A new report opens with its first records (issues 23 and 24): a figure of its text that no record quotes
 * yet is a to-do, not a refusal. The desk opens the workbook and counts them per source; the reader's list
 * of what is not on the map yet, on the data and text the desk opened, names exactly those figures; the
 * command line (data:import-sheet) passes the same workbook and says them in one notice per source. The
 * published data itself has none (check:data's own path, whichever source texts are present).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputPaths, readGeo, runInputChecks } from '../../../build/inputs';
import {
  bookBytes,
  secondReportWithTodos,
  SECOND_ID,
  SECOND_TODO_FIGURES,
  SECOND_TODO_TEXT,
} from '../../../bench/lib/deskWorkbooks';
import { importSheet } from '../../../data/sheet/roundTrip';
import { openWorkbook } from '../../../src/desk/open';
import { layoutReport } from '../../../src/reader/layout';
import { asParsed, uncoveredList } from '../../../src/reader/uncovered';

const TEXT = SECOND_TODO_TEXT;
const LEFT = SECOND_TODO_FIGURES;
const bookWithTodos = () => bookBytes(secondReportWithTodos());

const scratch = mkdtempSync(join(tmpdir(), 'huize-todos-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('figures no record quotes yet are to-dos, not refusals', () => {
  const bytes = bookWithTodos();

  it('the desk opens the workbook, counts them, and the reader lists exactly them', async () => {
    const geo = readGeo(inputPaths({}));
    const r = await openWorkbook(
      { workbook: { name: 'new.xlsx', bytes: await bytes } },
      { locale: 'en', geo },
    );
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.rule}: ${e.message}`).join('\n'));
    expect(r.todos).toEqual([{ source: SECOND_ID, count: LEFT.length }]);
    const text = r.texts.get(SECOND_ID)!;
    expect(text).toBe(TEXT);
    const list = uncoveredList(layoutReport(text), asParsed(r.data), SECOND_ID);
    expect(list.map((u) => u.digits)).toEqual(LEFT);
    // Every other source of the opened data is fully on the map, as the published data is.
    for (const id of r.data.sources.keys())
      if (id !== SECOND_ID && r.texts.has(id))
        expect(uncoveredList(layoutReport(r.texts.get(id)!), asParsed(r.data), id)).toEqual([]);
  });

  it('data:import-sheet passes it and says the count in one notice for the source', async () => {
    const file = join(scratch, 'new.xlsx');
    writeFileSync(file, await bytes);
    const dataDir = mkdtempSync(join(scratch, 'data-'));
    const paths = { ...inputPaths({}), dataDir, sourcesDir: join(dataDir, 'sources') };
    const r = await importSheet(file, paths, true);
    expect(r.errors).toEqual([]);
    const said = r.notices.filter((n) => n.includes('report-figure-missing'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(
      `[${SECOND_ID}]: ${LEFT.length} figure(s) of this source are not on the map yet`,
    );
    for (const digits of LEFT) expect(said[0]).toContain(`the figure ${digits} is in no record`);
  });

  it('the published data has none: check:data says no to-do', () => {
    const r = runInputChecks(inputPaths({}));
    expect(r.errors).toEqual([]);
    expect(r.todos).toEqual([]);
  });
});
