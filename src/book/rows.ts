/**
 * Blocks laid out as rows: strips of a page's width that are never cut (a line of text, a table row, a map).
 * Pure, in PDF points, measured by the caller's font. Pagination (paginate.ts) then only stacks rows.
 */
import { isNoteRef, type Block, type Footnote, type MapRequest, type Run } from './blocks';
import { breakLines, type Measure, type Piece, type StyledText } from './lineBreak';

export const mmToPt = 72 / 25.4;

/** Something to draw, placed relative to its row's top-left. */
export type Draw =
  | { kind: 'text'; x: number; y: number; pieces: Piece[] }
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      hatch?: boolean;
    }
  | { kind: 'rule'; x: number; y: number; w: number; colour: string }
  | { kind: 'map'; x: number; y: number; w: number; h: number; request: MapRequest }
  /** The page number of a section, right-aligned at x (the contents). */
  | { kind: 'pageRef'; x: number; y: number; size: number; section: string };

export interface Row {
  height: number;
  draws: Draw[];
  /** Space above the row, dropped at the top of a page. */
  gap: number;
  /** Kept on the same page as the row after it (a heading, a table's header). */
  keepWithNext?: boolean;
  /** Drawn again at the top of a page this row's table continues on. */
  header?: Row;
}

export const type = { body: 10, small: 8, note: 7.5, h1: 18, h2: 12, h3: 10.5, table: 9 } as const;
const lead = 1.5;

function textRows(
  runs: readonly StyledText[],
  width: number,
  measure: Measure,
  at: { x?: number; gap?: number; lineHeight?: number } = {},
): Row[] {
  const size = runs[0]?.size ?? type.body;
  const lineHeight = at.lineHeight ?? size * lead;
  return breakLines(runs, width, measure).map((pieces, i) => ({
    height: lineHeight,
    gap: i === 0 ? (at.gap ?? 0) : 0,
    // The baseline sits where the line's type would, with the leading split above and below.
    draws: [{ kind: 'text', x: at.x ?? 0, y: (lineHeight + size * 0.7) / 2, pieces }],
  }));
}

export function styled(runs: readonly Run[], size: number): StyledText[] {
  return runs.map((r, i) =>
    isNoteRef(r)
      ? // Two numbers in a row are told apart ("1,2", not "12").
        {
          text: `${i > 0 && isNoteRef(runs[i - 1]!) ? ',' : ''}${r.ref}`,
          size,
          colour: 'heading',
          raised: true,
        }
      : {
          text: r.text,
          size,
          colour: r.emphasis === 'muted' ? 'muted' : r.emphasis === 'strong' ? 'heading' : 'ink',
        },
  );
}

function footnoteRows(notes: readonly Footnote[], width: number, measure: Measure): Row[] {
  const indent = type.note * 1.6;
  return notes.flatMap((f, i) => {
    const rows = textRows([{ text: f.text, size: type.note, colour: 'muted' }], width - indent, measure, {
      x: indent,
      gap: i === 0 ? 3 : 0,
    });
    rows[0]?.draws.push({
      kind: 'text',
      x: 0,
      y: (rows[0].height + type.note * 0.7) / 2,
      pieces: [{ text: String(f.n), size: type.note, colour: 'muted', x: 0, width: 0 }],
    });
    return rows;
  });
}

function tableRows(block: Extract<Block, { kind: 'table' }>, width: number, measure: Measure): Row[] {
  const total = block.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  const pad = 4;
  let left = 0;
  const cols = block.columns.map((c) => {
    const w = (width * (c.weight ?? 1)) / total;
    const col = { x: left, w, align: c.align };
    left += w;
    return col;
  });
  const lineHeight = type.table * 1.45;
  const row = (cells: readonly (readonly Run[])[], colour?: 'muted'): Row => {
    const draws: Draw[] = [];
    let lines = 1;
    cells.forEach((cell, i) => {
      const col = cols[i];
      if (!col) return;
      const runs = styled(cell, type.table).map((r) => (colour ? { ...r, colour } : r));
      breakLines(runs, col.w - pad * 2, measure).forEach((pieces, n) => {
        const used = pieces.reduce((s, p) => Math.max(s, p.x + p.width), 0);
        const x = col.align === 'end' ? col.x + col.w - pad - used : col.x + pad;
        draws.push({ kind: 'text', x, y: pad + n * lineHeight + type.table * 0.95, pieces });
        lines = Math.max(lines, n + 1);
      });
    });
    const height = lines * lineHeight + pad * 2;
    draws.push({ kind: 'rule', x: 0, y: height, w: width, colour: colour ? '#5c5c5c' : '#d0ccc2' });
    return { height, draws, gap: 0 };
  };
  const header = {
    ...row(
      block.columns.map((c) => [{ text: c.label }]),
      'muted',
    ),
    keepWithNext: true,
  };
  const caption = block.caption
    ? textRows([{ text: block.caption, size: type.small, colour: 'muted' }], width, measure, { gap: 4 })
    : [];
  const body = block.rows.map((cells) => ({ ...row(cells), header }));
  return [
    ...caption.map((r) => ({ ...r, keepWithNext: true })),
    { ...header, gap: caption.length ? 0 : 4 },
    ...body,
    ...footnoteRows(block.footnotes, width, measure),
  ];
}

function legendRows(block: Extract<Block, { kind: 'legend' }>, width: number, measure: Measure): Row[] {
  const size = type.small;
  const head = textRows(
    [{ text: [block.heading, block.method].filter(Boolean).join(' · '), size, colour: 'heading' }],
    width,
    measure,
    { gap: 6 },
  ).map((r) => ({ ...r, keepWithNext: true }));
  const half = width / 2;
  const rows: Row[] = [];
  for (let i = 0; i < block.rows.length; i += 2) {
    const pair = block.rows.slice(i, i + 2);
    const draws: Draw[] = pair.flatMap((entry, j) => {
      const x = j * half;
      const text = `${entry.label} (${entry.count})`;
      const pieces = breakLines([{ text, size, colour: 'ink' }], half - size * 3, measure)[0] ?? [];
      return [
        {
          kind: 'rect',
          x,
          y: 3,
          w: size * 1.8,
          h: size,
          fill: entry.colour,
          stroke: '#7d7d7d',
          hatch: entry.hatch,
        },
        { kind: 'text', x: x + size * 2.4, y: 3 + size * 0.85, pieces },
      ] satisfies Draw[];
    });
    rows.push({ height: size * 1.7, draws, gap: 0 });
  }
  const notes = block.notes.flatMap((n) =>
    textRows([{ text: n, size: type.note, colour: 'muted' }], width, measure),
  );
  return [...head, ...rows, ...notes];
}

/** One block as rows `width` wide. */
export function blockRows(block: Block, width: number, measure: Measure): Row[] {
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? type.h1 : block.level === 2 ? type.h2 : type.h3;
      const rows = textRows([{ text: block.text, size, colour: 'heading' }], width, measure, {
        gap: block.level === 1 ? 0 : size * 0.9,
        lineHeight: size * 1.35,
      });
      return rows.map((r) => ({ ...r, keepWithNext: true }));
    }
    case 'text': {
      const size = block.small ? type.small : type.body;
      return [
        ...block.paragraphs.flatMap((p, i) =>
          textRows(styled(p.runs, size), width, measure, { gap: i === 0 ? 4 : size * 0.5 }),
        ),
        ...footnoteRows(block.footnotes, width, measure),
      ];
    }
    case 'map': {
      const w = block.request.widthMm * mmToPt;
      const h = block.request.heightMm * mmToPt;
      const x = Math.max(0, (width - w) / 2);
      return [{ height: h, gap: 6, draws: [{ kind: 'map', x, y: 0, w, h, request: block.request }] }];
    }
    case 'legend':
      return legendRows(block, width, measure);
    case 'table':
      return tableRows(block, width, measure);
    case 'list': {
      const indent = block.style === 'bullet' ? type.body * 1.2 : 0;
      return [
        ...block.items.flatMap((item, i) => {
          const main = textRows(styled(item.runs, type.body), width - indent, measure, {
            x: indent,
            gap: i === 0 ? 4 : 3,
          });
          if (block.style === 'bullet' && main[0]) {
            main[0].draws.push({
              kind: 'text',
              x: 0,
              y: (main[0].height + type.body * 0.7) / 2,
              pieces: [{ text: '•', size: type.body, colour: 'muted', x: 0, width: 0 }],
            });
          }
          const detail = item.detail
            ? textRows(styled(item.detail, type.note), width - indent, measure, { x: indent })
            : [];
          return [...main, ...detail];
        }),
        ...footnoteRows(block.footnotes, width, measure),
      ];
    }
    case 'mapView':
      // The export dialog's picture of the window's map; the atlas asks for its maps (MapBlock).
      return [];
    case 'contents':
      return block.entries.map((entry, i) => {
        const indent = entry.level === 2 ? type.body * 2 : 0;
        const [row] = textRows(
          [{ text: entry.text, size: type.body + 1, colour: 'ink' }],
          width - indent - 40,
          measure,
          {
            x: indent,
            gap: i === 0 ? 8 : 2,
          },
        );
        const height = row?.height ?? type.body * lead;
        return {
          height,
          gap: row?.gap ?? 0,
          draws: [
            ...(row?.draws ?? []),
            {
              kind: 'pageRef',
              x: width,
              y: (height + (type.body + 1) * 0.7) / 2,
              size: type.body + 1,
              section: entry.section,
            },
          ],
        };
      });
  }
}
