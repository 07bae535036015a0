import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testData } from './data';
import { expect, show, test } from './fixtures';
import { pattern, zh } from './text';

/**
 * The briefing book as a Word document, made in the browser from a region (大海乡 + 矿山镇): the file holds each
 * township's brief (its sentences as the brief's dictionary writes them) with a real footnote for each figure,
 * each footnote naming its source and quoting its phrase from the data, and LibreOffice opens it (soffice
 * converts it to a PDF whose text has the townships). CI installs LibreOffice (.ci/run); the test needs it and
 * fails saying so when it is missing. (The brief's exact words against makeBrief, township by township, are
 * unit-tested on the same renderer: tests/unit/book/docxAtlas.test.ts.)
 */
const data = testData();
const codeOf = (name: string) => data.townships.find((t) => t.name_zh === name)!.id;
const names = ['大海乡', '矿山镇'];
const region = names.map(codeOf);
const phrases = [...data.activities.values(), ...data.pairings.values()].map((r) => r.citation.phrase);
const sources = [...data.sources.values()].flatMap((s) => [s.name_zh, ...(s.title ? [s.title] : [])]);

const unzip = (file: string, part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
const words = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

test('Word document of a region: the briefs with real footnotes, opened by LibreOffice', async ({ app }) => {
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);
  expect(soffice, 'LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui').toBeDefined();
  await show(app, `#r=${region.join(',')}`);
  await app.getByTestId('export-open').click();
  await app.getByTestId('export-format-atlas').check();
  // The dialog keeps the last choice while the page lives (the atlas test in this worker's shared page may
  // have left another): this test asks for the region's document.
  await app.getByTestId('atlas-choice-region').check();
  // The button says what the Word document is for, beside the PDF's.
  await expect(app.getByTestId('docx-run')).toHaveAccessibleName(zh('docx.run'));
  await expect(app.getByTestId('docx-run')).toHaveAccessibleDescription(zh('docx.about'));
  const [download] = await Promise.all([
    app.waitForEvent('download', { timeout: 60_000 }),
    app.getByTestId('docx-run').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(app.getByTestId('atlas-status')).toContainText(zh('docx.done'));
  const dir = mkdtempSync(join(tmpdir(), 'huize-docx-'));
  try {
    const file = join(dir, 'book.docx');
    await download.saveAs(file);
    const body = unzip(file, 'word/document.xml');
    const said = words(body);
    for (const name of names) {
      expect(said).toMatch(pattern('zh-CN', 'brief.tp.activities', { name }));
    }
    const notes = [
      ...unzip(file, 'word/footnotes.xml').matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/g),
    ]
      .filter((m) => Number(m[1]) > 0)
      .map((m) => words(m[2]!));
    expect(notes.length).toBeGreaterThan(region.length);
    expect(body.match(/<w:footnoteReference /g)).toHaveLength(notes.length);
    for (const note of notes) {
      expect(
        sources.some((s) => note.includes(s)),
        note,
      ).toBe(true);
      expect(
        phrases.some((p) => note.includes(p)),
        note,
      ).toBe(true);
    }
    // The region's map and each township's.
    expect(body.match(/<pic:pic /g)?.length).toBeGreaterThanOrEqual(region.length + 1);

    // Its own profile, so a LibreOffice already running for someone else does not take the job over.
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = execFileSync('pdftotext', [join(dir, 'book.pdf'), '-'], { encoding: 'utf8' });
    for (const name of ['大海乡', '矿山镇']) expect(text).toContain(name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Escape closes the dialog, and the worker's shared page goes on without it.
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('export-dialog')).toBeHidden();
});
