/**
 * The PDF renderer on real atlases (the committed data, a plain picture for each map): its text is real text
 * that pdftotext finds — each township's page has its name and each of its figures — the pages are cover +
 * contents + one or two per township, and the contents' numbers are where the sections start; its bookmarks
 * are the cover, the contents and the contents' entries, each opening the page where it starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { atlasDocument } from '../../../src/book/atlasModel';
import { figureText } from '../../../src/book/atlasText';
import type { BookProgress, MapRequest, Section } from '../../../src/book/blocks';
import { renderPdf } from '../../../src/book/pdfAtlas';
import { townshipMetrics } from '../../../src/data/metrics';
import { bookWords } from '../../../src/book/words';
import type { Locale } from '../../../src/domain';
import { data, input, plainPainter } from './atlasFixture';
import { popplerOutline, readOutline } from './pdfOutlineRead';

const font = new Uint8Array(readFileSync('src/book/font/NotoSansSC-subset.ttf'));
const metrics = townshipMetrics(data);
const dir = mkdtempSync(join(tmpdir(), 'huize-atlas-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const flat = (s: string) => s.replace(/\s+/g, '');

describe.each(['zh-CN', 'en'] as Locale[])('the PDF atlas of the townships with records (%s)', (locale) => {
  const t = bookWords.in(locale);
  const words = { t, locale, empty: { key: 'legend.noRecord' as const } };
  const atlas = input({ kind: 'records' }, { locale });
  const doc = atlasDocument(atlas);
  const asked: MapRequest[] = [];
  const progress: BookProgress[] = [];
  const file = join(dir, `${locale}.pdf`);
  const made = renderPdf(doc, {
    font,
    painter: plainPainter(asked),
    onprogress: (p) => progress.push(p),
  }).then((r) => {
    writeFileSync(file, r.bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const texts = Array.from({ length: pages }, (_, i) =>
      flat(execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'], { encoding: 'utf8' })),
    );
    return { ...r, pages, texts };
  });
  const townships = doc.sections.filter((s) => s.kind === 'township');
  const name = (code: string) =>
    locale === 'zh-CN' ? data.places.get(code)!.name_zh : data.places.get(code)!.name_en;
  const header = (section: string) => flat(t('book.header', { title: doc.title, section }));

  // It waits for the render and a pdftotext of every page: seconds on a busy machine, hence its own limit.
  it('has cover, contents and one or two pages per township, every character printable', async () => {
    const r = await made;
    expect(r.missing).toEqual([]);
    const starts = townships.map((s) =>
      r.texts.findIndex((text) => text.startsWith(header(name(s.id)) + flat(name(s.id)))),
    );
    // The cover (one page), the contents (one page), then the townships in code order.
    const contentsAt = r.texts.findIndex((x) => x.startsWith(header(t('book.contents'))));
    expect(contentsAt).toBe(1);
    expect(starts[0]).toBe(2);
    expect(starts.every((s, i) => s > 1 && (i === 0 || s > starts[i - 1]!))).toBe(true);
    const lengths = starts.map((s, i) => (starts[i + 1] ?? r.pages) - s);
    for (const n of lengths) expect([1, 2]).toContain(n);
    // The contents gives each township the page it starts on.
    const contents = r.texts[contentsAt]!;
    townships.forEach((s, i) => expect(contents).toContain(`${flat(name(s.id))}${starts[i]! + 1}`));
    expect(progress.map((p) => p.page)).toEqual(Array.from({ length: r.pages }, (_, i) => i + 1));
  }, 60_000);

  it('each township page has its name and each of its figures, as real text', async () => {
    const r = await made;
    for (const s of townships) {
      const at = r.texts.findIndex((text) => text.startsWith(header(name(s.id)) + flat(name(s.id))));
      const body = r.texts.slice(at, at + 2).join('');
      const m = metrics.get(s.id)!;
      const figures = [
        figureText('activities', m.activityCount, false, words),
        ...(m.aidWan === null ? [] : [figureText('aid', m.aidWan, m.aidShared.length > 0, words)]),
        ...(m.beneficiaries === null
          ? []
          : [figureText('reached', m.beneficiaries, m.beneficiariesShared.length > 0, words)]),
        ...(m.stationed === null
          ? []
          : [figureText('stationed', m.stationed, m.stationedShared.length > 0, words)]),
      ];
      for (const f of figures) expect(body, `${name(s.id)}: ${f}`).toContain(flat(f));
      for (const a of data.activitiesByTownship.get(s.id) ?? []) {
        expect(body).toContain(flat(locale === 'zh-CN' ? a.title_zh : a.title_en));
      }
    }
  });

  it('has a bookmark per contents entry, cover and contents first, each at the page it starts on', async () => {
    const r = await made;
    const outline = await readOutline(r.bytes);
    expect(outline.pageMode).toBe(PDFName.of('UseOutlines'));
    // Where each section starts, found in the pages' text; the titles are the contents page's own entries.
    const startOf = (prefix: string) => r.texts.findIndex((text) => text.startsWith(prefix));
    const listed = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'contents' ? b.entries : []));
    expect(listed.map((e) => e.section)).toEqual(townships.map((s) => s.id));
    const expected = [
      { title: doc.title, page: 0 },
      { title: t('book.contents'), page: startOf(header(t('book.contents'))) },
      ...listed.map((e) => ({
        title: e.text,
        page: startOf(header(name(e.section)) + flat(name(e.section))),
      })),
    ];
    expect(expected.every((i) => i.page >= 0)).toBe(true);
    expect(outline.items).toEqual(expected);
    expect(popplerOutline(file)).toEqual(expected);
  });

  it('asks for each map once, in page order, at 300 dpi: the county, then each township', async () => {
    await made;
    expect(asked.map((a) => a.subject)).toEqual([
      { kind: 'county' },
      ...townships.map((s) => ({ kind: 'township', code: s.id })),
    ]);
    expect(new Set(asked.map((a) => a.dpi))).toEqual(new Set([300]));
  });
});

describe('the bookmarks of an atlas whose first township runs onto more pages', () => {
  const t = bookWords.in('zh-CN');
  const full = atlasDocument(input({ kind: 'records' }));
  const [cover, contents, first, second] = full.sections as [Section, Section, Section, Section];
  // The first township's text three times over (its name and map once): it cannot keep to one page.
  const text = first.blocks.filter((b) => b.kind !== 'map' && !(b.kind === 'heading' && b.level === 1));
  const long = { ...first, blocks: [...first.blocks, ...text, ...text] };
  const kept = new Set([first.id, second.id]);
  const short = {
    ...contents,
    blocks: contents.blocks.map((b) =>
      b.kind === 'contents' ? { ...b, entries: b.entries.filter((e) => kept.has(e.section)) } : b,
    ),
  };
  const doc = { ...full, sections: [cover, short, long, second] };
  const file = join(dir, 'long.pdf');

  it('has one bookmark for that township, at its first page, and the next at its own', async () => {
    const r = await renderPdf(doc, { font, painter: plainPainter() });
    writeFileSync(file, r.bytes);
    // One pdftotext for the whole file: its pages end with a form feed.
    const texts = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').map(flat);
    expect(texts.length).toBe(r.pages + 1);
    const name = (s: Section) => data.places.get(s.id)!.name_zh;
    const startOf = (s: Section) =>
      texts.findIndex((x) =>
        x.startsWith(flat(t('book.header', { title: doc.title, section: name(s) })) + name(s)),
      );
    expect(startOf(first)).toBe(2);
    expect(startOf(second)).toBeGreaterThanOrEqual(4);
    const listed = short.blocks.flatMap((b) => (b.kind === 'contents' ? b.entries : []));
    const expected = [
      { title: doc.title, page: 0 },
      { title: t('book.contents'), page: 1 },
      ...listed.map((e) => ({ title: e.text, page: startOf(e.section === first.id ? first : second) })),
    ];
    expect((await readOutline(r.bytes)).items).toEqual(expected);
    expect(popplerOutline(file)).toEqual(expected);
  }, 30_000);
});
