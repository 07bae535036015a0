/**
 * What of a source is not on the map yet: every number printed in its text that no record quotes, by the
 * rule of the check report-figure-missing itself (uncoveredFigures), with where it stands, for the list.
 */
import { uncoveredFigures } from '../data/checks/reportCoverage';
import type { ParsedDataset } from '../data/files';
import { lineAt, type ReportLayout } from './layout';

export interface UncoveredItem {
  start: number;
  end: number;
  digits: string;
  /** the section it is printed in (its heading, 'lead', 'caption'…), null in a heading or no section */
  section: string | null;
  /** the words around it, within its line */
  context: { before: string; after: string };
}

/** The records as the checks take them (arrays in file order), from the joined data the app holds. */
export { parsedOf as asParsed } from '../data/join';

const around = 10;

export function uncoveredList(layout: ReportLayout, data: ParsedDataset, source: string): UncoveredItem[] {
  const { text, lines } = layout;
  return uncoveredFigures(data, source, text).map(({ start, digits }) => {
    const line = lines[lineAt(layout, start)];
    const end = start + digits.length;
    const from = Math.max(line?.start ?? 0, start - around);
    const to = Math.min(line?.end ?? text.length, end + around);
    return {
      start,
      end,
      digits,
      section: line ? (line.kind === 'heading' ? null : line.section) : null,
      context: { before: text.slice(from, start), after: text.slice(end, to) },
    };
  });
}
