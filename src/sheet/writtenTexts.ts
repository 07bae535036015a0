/**
 * Which report texts an import writes into the data folder's sources/ (data:import-sheet, and the desk's
 * zip of data files): a source kept there and stored normalised gets the text the workbook gave for it.
 * A text kept as scraped is never rewritten from a workbook, which holds only its normalised form (its
 * registered hash says the two agree); one in ../shared/report is not the data's to write.
 */
import type { ParsedDataset } from '../data/files';
import type { Source } from '../data/schema';

/** Whether an import writes this source's text file from the text the workbook gives. */
export const writesText = (s: Pick<Source, 'text' | 'normalisation'>): boolean =>
  s.text.folder === 'sources' && s.normalisation.stored === 'normalised';

export function writtenTexts(
  data: Pick<ParsedDataset, 'sources'>,
  texts: ReadonlyMap<string, string>,
): { file: string; text: string }[] {
  return data.sources.flatMap((s) => {
    const text = texts.get(s.id);
    if (text === undefined || !writesText(s)) return [];
    return [{ file: s.text.file, text }];
  });
}
