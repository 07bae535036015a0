/**
 * The PDF renderer of a book: pdf-lib with the embedded Noto Sans SC subset (real, searchable text in
 * Chinese and English), pages made one at a time, each map picture asked of the painter when its page is
 * drawn and let go once embedded. Loaded only when an atlas is made (with pdf-lib, fontkit and the font).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { BookDocument, BookProgress, MapPainter } from './blocks';
import { drawnSize, type Piece } from './lineBreak';
import { pageFrame, paginate, sectionPages, type LaidPage, type PageFrame } from './paginate';
import { addOutline, outlineEntries } from './pdfOutline';
import type { Draw } from './rows';

const colours = {
  ink: rgb(0.11, 0.11, 0.11),
  muted: rgb(0.33, 0.33, 0.33),
  heading: rgb(0.12, 0.23, 0.34),
  rule: rgb(0.6, 0.58, 0.53),
};

function hex(colour: string) {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  const n = m ? parseInt(m[1]!, 16) : 0x888888;
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Characters the font lacks, printed as □ (a report opened after the font was cut may bring some). */
  missing: string[];
}

export interface PdfOptions {
  font: Uint8Array;
  painter: MapPainter;
  signal?: AbortSignal;
  onprogress?: (progress: BookProgress) => void;
}

/** Replaces what the font cannot draw by □ and remembers it. */
function fontText(font: PDFFont) {
  const has = new Set(font.getCharacterSet());
  const missing = new Set<string>();
  const clean = (text: string) =>
    [...text]
      .map((ch) => {
        if (has.has(ch.codePointAt(0)!) || ch === '\n') return ch;
        missing.add(ch);
        return '□';
      })
      .join('');
  return { clean, missing };
}

/** The text cut where it changes font: the quotes to `quotes` when there is one, all else to `main`. */
function fontSpans(text: string, main: PDFFont, quotes: PDFFont | null): { text: string; font: PDFFont }[] {
  const spans: { text: string; font: PDFFont }[] = [];
  for (const ch of text) {
    const font = quotes && '‘’“”'.includes(ch) ? quotes : main;
    const last = spans.at(-1);
    if (last?.font === font) last.text += ch;
    else spans.push({ text: ch, font });
  }
  return spans;
}

export async function renderPdf(doc: BookDocument, options: PdfOptions): Promise<PdfResult> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(options.font, { subset: false });
  const { clean, missing } = fontText(font);
  // A CJK font's curly quotes are full-width, as Chinese wants them: English text takes them from Helvetica.
  const quotes = doc.language === 'en' ? await pdf.embedFont(StandardFonts.Helvetica) : null;
  const spans = (text: string) => fontSpans(clean(text), font, quotes);
  const measure = (text: string, size: number) =>
    spans(text).reduce((w, span) => w + span.font.widthOfTextAtSize(span.text, size), 0);
  const pages = paginate(doc, measure);
  const starts = sectionPages(pages);
  const frame = pageFrame(doc.page);
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setLanguage(doc.language);
  pdf.setCreator('Huize Aid Map');
  pdf.setProducer('Huize Aid Map (pdf-lib)');

  const text = (
    page: PDFPage,
    s: string,
    x: number,
    baseline: number,
    size: number,
    colour = colours.ink,
  ) => {
    let at = x;
    for (const span of spans(s)) {
      page.drawText(span.text, { x: at, y: frame.height - baseline, size, font: span.font, color: colour });
      at += span.font.widthOfTextAtSize(span.text, size);
    }
  };

  for (const [i, laid] of pages.entries()) {
    options.signal?.throwIfAborted();
    const heading = laid.section.blocks.find((b) => b.kind === 'heading');
    options.onprogress?.({ page: i + 1, total: pages.length, label: heading?.text ?? laid.section.id });
    const page = pdf.addPage([frame.width, frame.height]);
    furniture(page, laid, i + 1, pages.length, frame, text, measure);
    for (const placed of laid.rows) {
      const top = frame.top + placed.y;
      for (const d of placed.row.draws) {
        await draw(page, d, frame.left, top, { pdf, text, measure, starts, options, frame });
      }
    }
  }
  options.signal?.throwIfAborted();
  const refs = pdf.getPages().map((p) => p.ref);
  addOutline(
    pdf,
    outlineEntries(doc).flatMap((e) => {
      const page = refs[(starts.get(e.section) ?? 0) - 1];
      return page ? [{ title: e.title, page }] : [];
    }),
  );
  const bytes = await pdf.save();
  return { bytes, pages: pages.length, missing: [...missing] };
}

type TextFn = (
  page: PDFPage,
  s: string,
  x: number,
  baseline: number,
  size: number,
  colour?: ReturnType<typeof rgb>,
) => void;

function furniture(
  page: PDFPage,
  laid: LaidPage,
  n: number,
  total: number,
  frame: PageFrame,
  text: TextFn,
  measure: (t: string, s: number) => number,
) {
  const f = laid.section.furniture;
  const header = laid.continued ? (f.continued ?? f.header) : f.header;
  text(page, header, frame.left, frame.headerBaseline, 8, colours.muted);
  page.drawLine({
    start: { x: frame.left, y: frame.height - frame.headerBaseline - 4 },
    end: { x: frame.width - frame.left, y: frame.height - frame.headerBaseline - 4 },
    thickness: 0.5,
    color: colours.rule,
  });
  if (f.pageNumber) {
    const label = f.pageNumber.replace('{n}', String(n)).replace('{total}', String(total));
    text(page, label, frame.width - frame.left - measure(label, 8), frame.footerBaseline, 8, colours.muted);
  }
  if (f.schematicNote) text(page, f.schematicNote, frame.left, frame.footerBaseline, 7.5, colours.muted);
}

interface DrawContext {
  pdf: PDFDocument;
  text: TextFn;
  measure: (t: string, s: number) => number;
  starts: Map<string, number>;
  options: PdfOptions;
  frame: PageFrame;
}

function pieces(page: PDFPage, list: readonly Piece[], x: number, baseline: number, c: DrawContext) {
  for (const p of list) {
    const size = drawnSize(p);
    const lift = p.raised ? p.size * 0.38 : 0;
    c.text(page, p.text, x + p.x, baseline - lift, size, colours[p.colour]);
  }
}

/** 45° hatch lines inside a box, for "no record" swatches (as on the map). */
function hatch(page: PDFPage, x: number, y: number, w: number, h: number) {
  for (let d = -h; d < w; d += 2.5) {
    const from = Math.max(0, -d / h);
    const to = Math.min(1, (w - d) / h);
    if (to <= from) continue;
    page.drawLine({
      start: { x: x + d + from * h, y: y + from * h },
      end: { x: x + d + to * h, y: y + to * h },
      thickness: 0.4,
      color: rgb(0.3, 0.3, 0.3),
      opacity: 0.6,
    });
  }
}

async function draw(page: PDFPage, d: Draw, left: number, top: number, c: DrawContext) {
  const H = c.frame.height;
  switch (d.kind) {
    case 'text':
      return pieces(page, d.pieces, left + d.x, top + d.y, c);
    case 'rect': {
      const y = H - (top + d.y + d.h);
      page.drawRectangle({ x: left + d.x, y, width: d.w, height: d.h, color: hex(d.fill) });
      if (d.hatch) hatch(page, left + d.x, y, d.w, d.h);
      if (d.stroke) {
        page.drawRectangle({
          x: left + d.x,
          y,
          width: d.w,
          height: d.h,
          borderColor: hex(d.stroke),
          borderWidth: 0.5,
        });
      }
      return;
    }
    case 'rule':
      page.drawLine({
        start: { x: left + d.x, y: H - (top + d.y) },
        end: { x: left + d.x + d.w, y: H - (top + d.y) },
        thickness: 0.5,
        color: hex(d.colour),
      });
      return;
    case 'pageRef': {
      const label = String(c.starts.get(d.section) ?? '');
      c.text(page, label, left + d.x - c.measure(label, d.size), top + d.y, d.size);
      return;
    }
    case 'map': {
      const picture = await c.options.painter.paint(d.request, c.options.signal);
      const image =
        picture.format === 'jpeg' ? await c.pdf.embedJpg(picture.png) : await c.pdf.embedPng(picture.png);
      const y = H - (top + d.y + d.h);
      page.drawImage(image, { x: left + d.x, y, width: d.w, height: d.h });
      page.drawRectangle({
        x: left + d.x,
        y,
        width: d.w,
        height: d.h,
        borderColor: colours.rule,
        borderWidth: 0.5,
      });
      return;
    }
  }
}
