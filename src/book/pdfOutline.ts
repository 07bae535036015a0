/**
 * The PDF's bookmarks, so a reader's sidebar jumps to a township. Their titles are the strings the pages
 * print — the cover's and the contents page's own headings, then the contents entries — so the bookmarks and
 * the contents can never disagree. pdf-lib has no outline API: the dictionaries are made by hand.
 */
import { PDFArray, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { BookDocument, Section } from './blocks';

export interface OutlineEntry {
  title: string;
  /** The section the bookmark opens (its first page). */
  section: string;
}

const headingOf = (section: Section | undefined) =>
  section?.blocks.find((b) => b.kind === 'heading' && b.level === 1);

/** The bookmarks of a document, in page order: cover, contents, then each entry of the contents. */
export function outlineEntries(doc: BookDocument): OutlineEntry[] {
  const own = doc.sections
    .filter((s) => s.kind === 'cover' || s.kind === 'contents')
    .flatMap((s) => {
      const h = headingOf(s);
      return h?.kind === 'heading' ? [{ title: h.text, section: s.id }] : [];
    });
  const listed = doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'contents' ? b.entries : []))
    .map((e) => ({ title: e.text, section: e.section }));
  return [...own, ...listed];
}

/**
 * Adds a flat outline of `items` to the document, each opening its page fitted to the window, and asks
 * readers to show it when the file opens.
 */
export function addOutline(pdf: PDFDocument, items: readonly { title: string; page: PDFRef }[]): void {
  if (!items.length) return;
  const { context } = pdf;
  const root = context.nextRef();
  const refs = items.map(() => context.nextRef());
  items.forEach((item, i) => {
    const dest = PDFArray.withContext(context);
    dest.push(item.page);
    dest.push(PDFName.of('Fit'));
    const dict = context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), root);
    dict.set(PDFName.of('Dest'), dest);
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, dict);
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), refs[0]!);
  outlines.set(PDFName.of('Last'), refs.at(-1)!);
  outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  context.assign(root, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
