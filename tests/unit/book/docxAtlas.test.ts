/**
 * The Word document of real atlases (the committed data, as the app makes them): every township's brief is in
 * the body with a real footnote for each of its note references, every footnote says its source, section and
 * phrase, and the figures tables hold the panel's figures.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { atlasDocument, type AtlasChoice } from '../../../src/book/atlasModel';
import { isNoteRef, type BookProgress, type MapRequest, type Run } from '../../../src/book/blocks';
import { docxDpi, bookDocxBlob } from '../../../src/book/docx/file';
import type { Locale } from '../../../src/domain';
import { codeOf, input, plainPainter } from './atlasFixture';

const words = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'");
const footnotes = (xml: string): string[] =>
  [...xml.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/g)]
    .filter((m) => Number(m[1]) > 0)
    .map((m) => words(m[2]!));
const text = (runs: readonly Run[]) => runs.map((r) => (isNoteRef(r) ? '' : r.text)).join('');

const cases: { name: string; choice: AtlasChoice; locale: Locale }[] = [
  { name: 'the townships with records, zh-CN', choice: { kind: 'records' }, locale: 'zh-CN' },
  { name: 'the townships with records, en', choice: { kind: 'records' }, locale: 'en' },
  {
    name: 'the region 大海乡 + 矿山镇',
    choice: { kind: 'region', codes: [codeOf('大海乡'), codeOf('矿山镇')], name: '大海乡、矿山镇' },
    locale: 'zh-CN',
  },
];

describe.each(cases)('the Word document of $name', ({ choice, locale }) => {
  const atlas = input(choice, { locale });
  const book = atlasDocument(atlas);
  const asked: MapRequest[] = [];
  const progress: BookProgress[] = [];
  const file = bookDocxBlob(book, plainPainter(asked), { onprogress: (p) => progress.push(p) }).then(
    async (blob) => {
      const zip = await JSZip.loadAsync(await blob.arrayBuffer());
      const read = (path: string) => zip.file(path)!.async('string');
      return { blob, zip, body: await read('word/document.xml'), notes: await read('word/footnotes.xml') };
    },
  );

  it('holds each section brief as the brief module wrote it, each reference a real footnote', async () => {
    const { body, notes } = await file;
    const said = words(body);
    const written = footnotes(notes);
    for (const section of book.sections.filter((s) => s.kind === 'township' || s.kind === 'region')) {
      const subject =
        section.kind === 'township'
          ? ({ kind: 'township', code: section.id } as const)
          : choice.kind === 'region'
            ? ({ kind: 'region', codes: choice.codes, name: choice.name } as const)
            : null;
      if (!subject) continue;
      const brief = atlas.brief(subject);
      for (const p of brief.paragraphs) {
        const plain = p.runs.map((r) => ('text' in r ? r.text : '')).join('');
        if (plain.trim()) expect(said).toContain(plain);
      }
      // Each footnote says its source, section and phrase.
      for (const f of brief.footnotes) {
        expect(written.some((w) => w.includes(f.phrase) && w.includes(f.section))).toBe(true);
      }
    }
    const refs = book.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) =>
        b.kind === 'text'
          ? b.paragraphs.flatMap((p) => p.runs)
          : b.kind === 'table'
            ? b.rows.flat(2)
            : b.kind === 'list'
              ? b.items.flatMap((i) => [...i.runs, ...(i.detail ?? [])])
              : [],
      )
      .filter(isNoteRef);
    expect(refs.length).toBeGreaterThan(0);
    expect(body.match(/<w:footnoteReference /g) ?? []).toHaveLength(refs.length);
    expect(written).toHaveLength(refs.length);
  });

  it('puts every figure of every table in a Word table', async () => {
    const { body } = await file;
    const tables = [...body.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((m) => words(m[1]!));
    for (const block of book.sections.flatMap((s) => s.blocks)) {
      if (block.kind !== 'table') continue;
      const cells = block.rows.map((row) => row.map(text).join(''));
      expect(tables.some((t) => cells.every((c) => t.includes(c)))).toBe(true);
    }
  });

  it('asks the painter for each map once, at the Word resolution, and names each section as it goes', async () => {
    const { zip, body } = await file;
    const maps = book.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'map');
    expect(asked).toHaveLength(maps.length);
    asked.forEach((request, i) => {
      expect(request.dpi).toBe(Math.min(docxDpi, maps[i]!.request.dpi));
      expect(request.subject).toEqual(maps[i]!.request.subject);
    });
    // A picture in the body for each map (the file keeps identical pictures once).
    expect(body.match(/<pic:pic /g)).toHaveLength(maps.length);
    expect(zip.file(/^word\/media\/.*\.png$/).length).toBeGreaterThan(0);
    expect(progress.map((p) => p.page)).toEqual(book.sections.map((_, i) => i + 1));
    expect(progress.every((p) => p.total === book.sections.length)).toBe(true);
  });
});

it('stops when cancelled, before asking for the next picture', async () => {
  const book = atlasDocument(input({ kind: 'records' }));
  const controller = new AbortController();
  const asked: MapRequest[] = [];
  const painter = plainPainter(asked);
  const stopping = {
    paint: async (request: MapRequest, signal?: AbortSignal) => {
      const picture = await painter.paint(request, signal);
      controller.abort();
      return picture;
    },
  };
  await expect(bookDocxBlob(book, stopping, { signal: controller.signal })).rejects.toThrow();
  expect(asked).toHaveLength(1);
});
