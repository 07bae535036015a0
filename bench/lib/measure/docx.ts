/**
 * The briefing book's Word document (issue 25): the export dialog's Word button on the atlas of the townships
 * with records (its default choice without a region), in a fresh page, as a person makes it. The clock runs
 * from the click to the download: loading the docx chunk, painting every township's map from the live map
 * (src/book/mapPainter.ts at the Word resolution), the document and its packing are all in it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import JSZip from 'jszip';
import { appUrl } from '../config';
import { withReadyPage } from '../page';

export const docxTargetMs = 30_000;

export interface DocxSample {
  ms: number;
  bytes: number;
  /** map pictures in the document */
  pictures: number;
}

async function makeDocx(page: Page): Promise<DocxSample> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-atlas').check();
  await page.getByTestId('atlas-choice-records').check();
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByTestId('docx-run').click(),
  ]);
  const file = await download.path();
  const ms = Date.now() - t0;
  const bytes = readFileSync(file);
  const body = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  if (!body) throw new Error('docx: the download holds no word/document.xml');
  return { ms, bytes: bytes.length, pictures: body.match(/<pic:pic /g)?.length ?? 0 };
}

export function docxRun(browser: Browser, url = appUrl): Promise<DocxSample> {
  return withReadyPage(browser, url, (_context, page) => makeDocx(page));
}

/** What the terminal says under the main table: the document, its pictures and size, the time and verdict. */
export function docxReport(sample: DocxSample | null): string {
  if (!sample) return '\nWord document: not measured (a smoke run; --docx makes it).';
  const verdict = sample.ms <= docxTargetMs ? 'met' : 'MISSED';
  return [
    '',
    `Word document of the townships with records (click → .docx downloaded): ${(sample.ms / 1000).toFixed(1)} s,`,
    `  ${sample.pictures} map pictures, ${(sample.bytes / 1e6).toFixed(1)} MB; target ≤ ${docxTargetMs / 1000} s: ${verdict}`,
  ].join('\n');
}
