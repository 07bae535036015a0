/**
 * A PDF's bookmarks read back two ways: with pdf-lib, walking the catalog's /Outlines and checking every link
 * of the list (parent, previous, next, last, count), and as poppler's pdftohtml reads them (a reader's view).
 * Pages are 0-based; -1 is a destination that is no page of the file.
 */
import { execFileSync } from 'node:child_process';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';
import { expect } from 'vitest';

export interface Bookmark {
  title: string;
  page: number;
}

export async function readOutline(bytes: Uint8Array): Promise<{ pageMode: unknown; items: Bookmark[] }> {
  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages().map((p) => p.ref.toString());
  const rootRef = pdf.catalog.get(PDFName.of('Outlines'));
  expect(rootRef).toBeInstanceOf(PDFRef);
  const root = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  expect(root.get(PDFName.of('Type'))).toBe(PDFName.of('Outlines'));
  const items: Bookmark[] = [];
  let ref = root.get(PDFName.of('First'));
  let prev: PDFObject | undefined;
  while (ref instanceof PDFRef) {
    const item = pdf.context.lookup(ref, PDFDict);
    expect(item.get(PDFName.of('Parent'))).toBe(rootRef);
    expect(item.get(PDFName.of('Prev'))).toBe(prev);
    const title = item.get(PDFName.of('Title'));
    expect(title).toBeInstanceOf(PDFHexString);
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    expect(dest.get(1)).toBe(PDFName.of('Fit'));
    items.push({ title: (title as PDFHexString).decodeText(), page: pages.indexOf(dest.get(0).toString()) });
    prev = ref;
    ref = item.get(PDFName.of('Next'));
  }
  expect(ref).toBeUndefined();
  expect(root.get(PDFName.of('Last'))).toBe(prev);
  expect(root.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(items.length);
  return { pageMode: pdf.catalog.get(PDFName.of('PageMode')), items };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The outline as poppler reads it (pdftohtml -xml; the text of page 2 only, as the outline comes whole). */
export function popplerOutline(file: string): Bookmark[] {
  const args = ['-xml', '-stdout', '-i', '-q', '-f', '2', '-l', '2', file];
  const xml = execFileSync('pdftohtml', args, { encoding: 'utf8' });
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
    title: m[2]!.replace(/&(\w+);/g, (all, e: string) => entities[e] ?? all),
    page: Number(m[1]) - 1,
  }));
}
