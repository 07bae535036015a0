/**
 * The export dialog's picture described as a page of the one page model (src/page/blocks.ts), the same blocks
 * the PDF atlas and the Word document are made of: a heading, the subtitle, the map view, the legend, the
 * region's or township's figures as a table, and the notes with the sources. blockCanvas.ts draws it.
 */
import { siteKinds } from '../domain';
import type { Block, Run, Section, TableBlock, TextBlock } from '../page/blocks';
import type { ExportContent } from './compose';
import type { SummaryBox } from './furniture';
import { legendKey } from './legend';

const words = (text: string, emphasis?: 'strong' | 'muted'): Run[] => [
  emphasis ? { text, emphasis } : { text },
];

/** Lines of text, one paragraph each (the subtitle, the notes under the map). */
function lines(texts: readonly string[], small: boolean): TextBlock {
  return {
    kind: 'text',
    paragraphs: texts.map((text) => ({ runs: words(text, 'muted') })),
    footnotes: [],
    ...(small ? { small } : {}),
  };
}

/** The region's totals or the township's figures: a label column and a figure column, with their notes. */
export function summaryTable(box: SummaryBox): TableBlock {
  return {
    kind: 'table',
    caption: box.heading,
    columns: [
      { label: '', align: 'start' },
      { label: '', align: 'end' },
    ],
    rows: box.rows.map((row) => [words(row.label, 'muted'), words(row.value, 'strong')]),
    footnotes: [],
    notes: box.notes,
  };
}

/** The picture's page: everything it says, in the order a reader meets it. */
export function describePicture(content: ExportContent): Section {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: content.title },
    lines([content.subtitle], false),
    {
      kind: 'mapView',
      north: { bearing: content.bearing, label: content.northLabel },
      scaleBar: content.scaleBar,
      locator: content.locator,
      legendCorner: content.legendCorner,
    },
    legendKey(content.legend, content.shownSymbols, siteKinds),
    ...(content.summary ? [summaryTable(content.summary)] : []),
    lines(content.footerLines, true),
  ];
  return {
    id: 'picture',
    kind: 'picture',
    furniture: {
      header: content.title,
      pageNumber: null,
      schematicNote: content.schematicNote,
      qr: content.qr,
    },
    blocks,
  };
}
