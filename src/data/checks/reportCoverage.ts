import { DATA_FILES, type ParsedDataset } from '../files';
import { recordFigures } from '../figures';
import { collect, type Check } from './types';

/** A number printed in a source's text that no record citing the source quotes. */
export interface UncoveredFigure {
  /** offset of its first digit in the normalised text */
  start: number;
  /** the digits as printed (`1175`, `6.48`) */
  digits: string;
}

/**
 * The numbers of `text` (the normalised text of source `sourceId`) that are neither a figure nor a date of
 * some record citing that source: the rule of `report-figure-missing`, shared with the reader's list of
 * what is not on the map yet, so the two never disagree.
 */
export function uncoveredFigures(data: ParsedDataset, sourceId: string, text: string): UncoveredFigure[] {
  /** [start, end) offsets in the text of the digits some record accounts for */
  const covered: [number, number][] = [];
  for (const f of recordFigures(data)) {
    if (f.citation.source !== sourceId) continue;
    const at = text.indexOf(f.citation.phrase);
    if (f.within < 0 || !f.parsed || at < 0) continue;
    const start = at + f.within + f.parsed.index;
    covered.push([start, start + f.parsed.length]);
  }
  for (const a of data.activities) {
    if (!a.date || a.citation.source !== sourceId) continue;
    const at = text.indexOf(a.citation.phrase);
    if (at < 0) continue;
    for (const token of [`${a.date.year}年`, a.date.month === null ? null : `${a.date.month}月`]) {
      if (token === null) continue;
      const i = a.citation.phrase.indexOf(token);
      if (i >= 0) covered.push([at + i, at + i + token.length - 1]);
    }
  }
  const uncovered: UncoveredFigure[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    if (!covered.some(([s, e]) => s <= start && start < e)) uncovered.push({ start, digits: m[0] });
  }
  return uncovered;
}

/**
 * Every number printed in a source's text is a figure or a date of some record citing that source, so
 * nothing a source says is silently left off the map. Reported on the source's entry in sources.json, at
 * the figure's offset in its normalised text.
 */
export const checkReportCoverage: Check = (data, { texts }) =>
  collect((err) => {
    for (const source of data.sources) {
      const text = texts.get(source.id)?.report.text;
      if (text === undefined) continue;
      for (const { start, digits } of uncoveredFigures(data, source.id, text)) {
        err(
          DATA_FILES.sources,
          source.id,
          `text@${start}`,
          'report-figure-missing',
          `"${text.slice(Math.max(0, start - 8), start + digits.length + 4)}": the figure ${digits} is in no record citing ${source.id}`,
        );
      }
    }
  });
