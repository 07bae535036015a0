/**
 * The source reader (issue 24), in the worker's shared page: the seed report lit one highlight per cited
 * phrase with the count of records citing it, a click on one selects its township; 在报道中查看 from
 * 娜姑镇's panel opens the report at its phrase; a selection's copied citation is accepted by the citation
 * check itself (run here, in Node) and its workbook row has the activities sheet's columns, and a village
 * it names is listed from the official list with its code; the reader
 * prints with its key; a second source opened at the desk is read by the filter's choice, and its figures
 * that no record quotes yet are its uncovered list (the desk's to-do).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  bookBytes,
  SECOND_HEADLINE,
  SECOND_ID,
  SECOND_TODO_FIGURES,
  secondReportWithTodos,
} from '../../bench/lib/deskWorkbooks';
import { checkCitations } from '../../src/data/checks/citations';
import { indexDataset } from '../../src/data/checks/types';
import { normaliseReport } from '../../src/data/normalise';
import { splitReport } from '../../src/data/report';
import type { Citation } from '../../src/data/schema';
import { SHEETS } from '../../src/sheet/columns';
import { testData } from './data';
import { expect, show, test } from './fixtures';
import { readerWords } from '../../src/reader/readerWords';
import { zh } from './text';

const rzh = readerWords('zh-CN');
const ren = readerWords('en');

const data = testData();
const source = [...data.sources.values()][0]!;
const text = normaliseReport(readFileSync(resolve('../shared/report', source.text.file), 'utf8'));
const records = [...data.activities.values(), ...data.pairings.values(), ...data.people.values()].filter(
  (r) => r.citation.source === source.id,
);
/** Each distinct cited phrase (section and words) → how many records cite it. */
const cited = new Map<string, number>();
for (const r of records) {
  const key = `${r.citation.section}\u0000${r.citation.phrase}`;
  cited.set(key, (cited.get(key) ?? 0) + 1);
}
const reader = (page: Page) => page.getByTestId('reader-body');
const marks = (page: Page) => page.locator('.reader-text mark[data-phrases]');

/** Each highlighted phrase as the page shows it: its words (its runs joined) and the count at its end. */
function shownPhrases(page: Page) {
  return page.evaluate(() => {
    const runs = [...document.querySelectorAll<HTMLElement>('.reader-text mark[data-phrases]')];
    const byPhrase = new Map<string, HTMLElement[]>();
    for (const run of runs)
      for (const i of run.dataset.phrases!.split(' ')) byPhrase.set(i, [...(byPhrase.get(i) ?? []), run]);
    return [...byPhrase.values()].map((list) => ({
      words: list.map((r) => r.textContent).join(''),
      count: Number(list.at(-1)!.dataset.count ?? 1),
    }));
  });
}

/** Selects [start, end) of the normalised text in the reader, as a drag would, and lets go. */
async function select(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const runs = [...document.querySelectorAll<HTMLElement>('.reader-text [data-at]')];
      const point = (at: number): [Node, number] => {
        const run = runs.find(
          (r) => Number(r.dataset.at) <= at && at < Number(r.dataset.at) + r.textContent!.length,
        );
        return [run!.firstChild!, at - Number(run!.dataset.at)];
      };
      // A person selects what they see: the words are brought into view first.
      point(from)[0].parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(...point(from));
      range.setEnd(...point(to - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      document.querySelector('.reader-text')!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    },
    [start, end] as const,
  );
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('the seed report: one highlight per cited phrase with the count of its records; a click selects its township', async ({
  app: page,
}) => {
  await show(page, '#tab=reader');
  await expect(marks(page).first()).toBeVisible();
  const shown = await shownPhrases(page);
  expect(shown).toHaveLength(cited.size);
  for (const [key, count] of cited) {
    const words = key.split('\u0000')[1]!;
    expect(
      shown.filter((p) => p.words === words),
      words,
    ).toEqual([{ words, count }]);
  }
  await expect(page.getByTestId('reader-uncovered')).toHaveText(rzh('reader.uncoveredNone'));
  await expect(page.getByTestId('reader-key').locator('h3')).toHaveText(rzh('reader.key'));

  // A phrase of a pairing of two townships' records selects the township it names on the Huize side.
  const daqiao = [...data.places.values()].find((p) => p.kind === 'township' && p.name_zh === '大桥乡')!;
  const phrase = records.find((r) => data.pairings.has(r.id) && r.citation.phrase.endsWith('大桥乡'))!;
  await page.locator('.reader-text mark[data-begins]', { hasText: phrase.citation.phrase }).first().click();
  await expect(page.locator(`[data-testid="township-panel"][data-code="${daqiao.id}"]`)).toBeVisible();
  expect(new URL(page.url()).hash).toContain(`sel=${daqiao.id}`);

  // The same in English: the key and the list follow the language.
  await show(page, '#tab=reader&lang=en');
  await expect(page.getByTestId('reader-uncovered')).toHaveText(ren('reader.uncoveredNone'));
});

test('在报道中查看 from 娜姑镇’s panel opens the report at its phrase, marked and in view', async ({
  app: page,
}) => {
  const nagu = [...data.places.values()].find((p) => p.kind === 'township' && p.name_zh === '娜姑镇')!;
  await show(page, `#sel=${nagu.id}`);
  const mark = page.locator('[data-testid="township-activities"] .source-mark').first();
  await mark.locator('.mark').click();
  const quoted = (await mark.locator('.citation .phrase').textContent())!.replace(/^“|”$/g, '');
  await mark.getByRole('button', { name: zh('reader.showInReportLabel') }).click();
  const current = page.locator('.reader-text mark.current');
  await expect(current.first()).toBeInViewport();
  expect((await current.allTextContents()).join('')).toBe(quoted);
  const hash = new URL(page.url()).hash;
  const at = /[#&]at=([^&]+)/.exec(hash)?.[1];
  expect(hash).toContain(`read=${source.id}`);
  expect(records.find((r) => r.id === at)?.citation.phrase).toBe(quoted);
});

test('a selection gives a citation the citation check accepts and a row of the activities sheet; across sections it says why not', async ({
  app: page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await show(page, '#tab=reader');
  await expect(marks(page).first()).toBeVisible();
  const words = '让贫困学生走出大山、感受上海，开阔眼界';
  const start = text.indexOf(words);
  await select(page, start, start + words.length);
  const card = page.getByTestId('cite-card');
  await card.getByTestId('copy-citation').click();
  await expect(card.getByRole('status')).toContainText(rzh('cite.copied'));
  const [src, section, phrase] = (await clipboard(page)).split('\t') as [string, string, string];
  const citation: Citation = { source: src, section, phrase };
  expect(citation).toMatchObject({ source: source.id, phrase: words });

  // The citation check itself, on a record citing what was copied.
  const parsed = {
    sources: [...data.sources.values()],
    organisations: [...data.organisations.values()],
    places: [...data.places.values()],
    activities: [{ ...[...data.activities.values()][0]!, citation }],
    pairings: [],
    people: [],
  };
  const texts = new Map([[source.id, { report: splitReport(text), sha256: '' }]]);
  expect(checkCitations(indexDataset(parsed), { official: null, texts })).toEqual([]);

  await card.getByTestId('copy-row').click();
  const row = (await clipboard(page)).split('\t');
  const headers = SHEETS.activities.map((c) => c.header);
  expect(row).toHaveLength(headers.length);
  expect(row.slice(headers.indexOf('citation.source'), headers.indexOf('citation.phrase') + 1)).toEqual([
    src,
    section,
    phrase,
  ]);

  // A phrase naming villages: the official list, loaded with the card, gives each its code and says whether
  // the data has a place with it.
  const villages = '矿山镇布卡村和马路乡半坡村';
  const village = [...data.places.values()].find(
    (p) => p.kind === 'village' && villages.includes(p.name_zh),
  )!;
  const named = text.indexOf(villages);
  await select(page, named, named + villages.length);
  const official = card.getByTestId('cite-official').locator(`li[data-code="${village.official_code}"]`);
  await expect(official).toContainText(rzh('cite.officialCode', { code: village.official_code! }));
  await expect(official).toContainText(rzh('cite.inData'));

  // From the end of the lead into the first section: refused, with the reason.
  const across = text.indexOf('傲然绽放');
  await select(page, across, text.indexOf('。', text.indexOf('\n', across) + 1));
  await expect(card.locator('[data-refusal="crosses"]')).toContainText(
    rzh('cite.crosses', { sections: '' }).split('（')[0]!,
  );
  await card.getByRole('button', { name: rzh('cite.close') }).click();
  await expect(card).toHaveCount(0);
});

test('the reader prints: the report with its highlights and key, on A4 portrait pages', async ({
  app: page,
}) => {
  await show(page, '#tab=reader');
  await expect(marks(page).first()).toBeVisible();
  const dir = await mkdtemp(join(tmpdir(), 'reader-print-'));
  try {
    const file = join(dir, 'reader.pdf');
    await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    );
    // A4 portrait: 210 × 297 mm.
    expect(Math.round(Number(size?.[1]))).toBe(595);
    expect(Math.round(Number(size?.[2]))).toBe(842);
    const printed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const words of [
      rzh('reader.key'),
      rzh('reader.keyCited'),
      zh('category.donation'),
      rzh('reader.uncoveredNone'),
    ])
      expect(printed, words).toContain(words.replace(/\s+/g, ''));
    const lastSection = splitReport(text).sections.at(-1)!;
    expect(printed).toContain(lastSection.heading);
    expect(printed).toContain(lastSection.body.replace(/\s+/g, '').slice(-30));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a second source opened at the desk: its figures not on the map yet are the to-do list; the reader reads the source filter’s choice, its headline first', async ({
  app: page,
}) => {
  test.setTimeout(90_000);
  const book = secondReportWithTodos();
  const opened = book.data.sources.find((s) => s.id === SECOND_ID)!;
  await show(page, '');
  await page.getByTestId('desk-open').click();
  await page.getByTestId('desk-file').setInputFiles({
    name: 'second.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(await bookBytes(book)),
  });
  await expect(page.getByTestId('desk-banner')).toBeVisible({ timeout: 30_000 });
  try {
    // It opens although some of its figures are on no record yet: the banner says how many, and its
    // button opens the reader on it, whose uncovered list names exactly those figures.
    const todo = page.getByTestId('desk-todo');
    await expect(todo).toHaveAttribute('data-source', SECOND_ID);
    await expect(todo).toContainText(
      zh('deskui.todo', { name: opened.name_zh, n: SECOND_TODO_FIGURES.length }),
    );
    await todo.getByRole('button', { name: zh('reader.showInReport') }).click();
    await expect(reader(page)).toHaveAttribute('data-source', SECOND_ID);
    const uncovered = page.getByTestId('reader-uncovered');
    await expect(uncovered).toHaveAttribute('data-count', String(SECOND_TODO_FIGURES.length));
    await expect(uncovered.locator('li strong')).toHaveText(SECOND_TODO_FIGURES);
    await show(page, `#src=${SECOND_ID}&tab=reader`);
    await expect(reader(page)).toHaveAttribute('data-source', SECOND_ID);
    await expect(page.getByTestId('reader-source')).toHaveValue(SECOND_ID);
    await expect(page.locator('.reader-text h2.line.title')).toHaveText(SECOND_HEADLINE);
    const second = book.data.activities.filter((a) => a.citation.source === SECOND_ID);
    expect((await shownPhrases(page)).map((p) => p.words)).toEqual(second.map((a) => a.citation.phrase));
    await expect(uncovered).toHaveAttribute('data-count', String(SECOND_TODO_FIGURES.length));
    // The picker goes back to the published report.
    await page.getByTestId('reader-source').selectOption(source.id);
    await expect(reader(page)).toHaveAttribute('data-source', source.id);
  } finally {
    await show(page, '');
    await page.getByTestId('desk-back').click();
    await expect(page.getByTestId('desk-banner')).toHaveCount(0);
  }
});
