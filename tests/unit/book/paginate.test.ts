/**
 * Pagination (paginate.ts): rows stacked on pages, never cut. Measured with a fixed advance, so the tests
 * decide the layout, not a font.
 */
import { describe, expect, it } from 'vitest';
import { atlasDocument } from '../../../src/book/atlasModel';
import type { Block, BookDocument, Section } from '../../../src/book/blocks';
import {
  fitSection,
  mapGive,
  pageFrame,
  paginate,
  paginateSection,
  sectionPages,
} from '../../../src/book/paginate';
import { blockRows, mmToPt, type Row } from '../../../src/book/rows';
import { codeOf, input } from './atlasFixture';

const measure = (text: string, size: number) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2), 0);
const row = (height: number, extra: Partial<Row> = {}): Row => ({ height, draws: [], gap: 0, ...extra });
const frame = pageFrame({ widthMm: 210, heightMm: 297, marginMm: 15 });
const section = (blocks: Block[] = []): Section => ({
  id: 's',
  kind: 'township',
  furniture: { header: 'h', pageNumber: null, schematicNote: null },
  blocks,
});

/** Every row of every page lies inside the page's text column, and the rows come in their order. */
function expectWhole(pages: ReturnType<typeof paginateSection>, rows: readonly Row[], height: number) {
  const laid = pages.flatMap((p) => p.rows.map((r) => r.row)).filter((r) => rows.includes(r));
  expect(laid).toEqual(rows);
  for (const page of pages) {
    for (const { y, row } of page.rows) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y + row.height).toBeLessThanOrEqual(height + 1e-9);
    }
  }
}

describe('paginateSection', () => {
  const cases: { name: string; rows: Row[]; height: number; pages: number[][] }[] = [
    {
      name: 'rows that fit stay on one page',
      rows: [row(30), row(30), row(30)],
      height: 100,
      pages: [[0, 30, 60]],
    },
    {
      name: 'a row that does not fit moves whole',
      rows: [row(40), row(40), row(40)],
      height: 100,
      pages: [[0, 40], [0]],
    },
    {
      name: 'a gap is dropped at the top of a page',
      rows: [row(60), row(30, { gap: 20 }), row(30, { gap: 20 })],
      height: 100,
      pages: [[0], [0, 50]],
    },
    {
      name: 'a heading moves with the row after it',
      rows: [row(70), row(10, { keepWithNext: true }), row(30)],
      height: 100,
      pages: [[0], [0, 10]],
    },
    {
      name: 'a row taller than a page gets a page of its own',
      rows: [row(10), row(150), row(10)],
      height: 100,
      pages: [[0], [0], [0]],
    },
  ];
  it.each(cases)('$name', ({ rows, height, pages }) => {
    const out = paginateSection(section(), rows, height);
    expect(out.map((p) => p.rows.map((r) => r.y))).toEqual(pages);
    expect(out.map((p) => p.continued)).toEqual(pages.map((_, i) => i > 0));
    if (rows.every((r) => r.height <= height)) expectWhole(out, rows, height);
  });

  it('a table continued on a new page repeats its header first', () => {
    const header = row(12, { keepWithNext: true });
    const body = Array.from({ length: 10 }, () => row(20, { header }));
    const out = paginateSection(section(), [row(40), header, ...body], 150);
    expect(out.length).toBeGreaterThan(1);
    for (const page of out.slice(1)) expect(page.rows[0]!.row).toBe(header);
  });
});

describe('fitSection', () => {
  const request = atlasDocument(input({ kind: 'list', codes: [codeOf('大海乡')] })).sections[2]!.blocks.find(
    (b) => b.kind === 'map',
  )!;
  const mapRow = (): Row => {
    if (request.kind !== 'map') throw new Error('no map');
    const h = request.request.heightMm * mmToPt;
    return row(h, { draws: [{ kind: 'map', x: 0, y: 0, w: 500, h, request: request.request }] });
  };
  const lines = (n: number) => Array.from({ length: n }, () => row(15));
  const height = 600;
  const fill = Math.floor((height - mapRow().height) / 15);

  it.each([
    { over: 1, pages: 1 },
    { over: Math.floor(mapGive / 15), pages: 1 },
    { over: Math.ceil(mapGive / 15) + 1, pages: 2 },
  ])('a section $over lines past its page: on $pages page(s)', ({ over, pages }) => {
    const rows = [mapRow(), ...lines(fill + over)];
    const out = fitSection(section(), rows, height);
    expect(out).toHaveLength(pages);
    const map = out[0]!.rows[0]!.row;
    const draw = map.draws[0]!;
    if (draw.kind !== 'map') throw new Error('the map is not first');
    // The picture is asked for at the height it is drawn, and never more than mapGive shorter.
    expect(draw.request.heightMm * mmToPt).toBeCloseTo(map.height);
    expect(draw.h).toBeCloseTo(map.height);
    expect(mapRow().height - map.height).toBeLessThanOrEqual(mapGive + 1e-9);
    if (pages === 2) expect(map.height).toBe(mapRow().height);
    for (const page of out)
      for (const r of page.rows) expect(r.y + r.row.height).toBeLessThanOrEqual(height + 1e-9);
  });
});

describe('a long township', () => {
  // A township with many activities: 大海乡's own, five times over (the page model does not care whose).
  const doc = atlasDocument(input({ kind: 'list', codes: [codeOf('大海乡')] }));
  const township = doc.sections[2]!;
  const list = township.blocks.find((b) => b.kind === 'list')!;
  const long: Section = {
    ...township,
    blocks: township.blocks.map((b) =>
      b === list && b.kind === 'list' ? { ...b, items: Array.from({ length: 5 }, () => b.items).flat() } : b,
    ),
  };
  const rows = long.blocks.flatMap((b) => blockRows(b, frame.contentWidth, measure));
  const pages = paginateSection(long, rows, frame.contentHeight);

  it('continues on a second page, no line cut, the heading of the list not left at a page foot', () => {
    expect(pages.length).toBe(2);
    expectWhole(pages, rows, frame.contentHeight);
    for (const page of pages.slice(0, -1)) expect(page.rows.at(-1)!.row.keepWithNext ?? false).toBe(false);
    expect(pages[1]!.continued).toBe(true);
    expect(long.furniture.continued).toContain('大海乡');
  });

  it('counts its pages in the document, and the contents points to where each section starts', () => {
    const book: BookDocument = { ...doc, sections: [...doc.sections.slice(0, 2), long] };
    const all = paginate(book, measure);
    const first = sectionPages(all);
    expect(all.length).toBe(first.get(long.id)! - 1 + pages.length);
    expect([...first.keys()]).toEqual(['cover', 'contents', long.id]);
    expect(first.get('contents')).toBe(
      first.get('cover')! + paginate({ ...book, sections: [doc.sections[0]!] }, measure).length,
    );
  });
});
