/**
 * The lines of a source's normalised text as the reader shows them, each with its offsets in the text and
 * what the checks make of it (splitReport): the title, the lead, a section's heading or body, a caption.
 * The lines are classified by matching splitReport's own output, never by a second reading of the rules,
 * and a line's section is the citation label under which sectionText holds it (the citation check's test),
 * so what the reader offers to cite is what the checks accept.
 */
import { sectionText, splitReport, type SplitReport } from '../data/report';

export type LineKind = 'title' | 'lead' | 'heading' | 'body' | 'caption';

export interface ReportLine {
  kind: LineKind;
  /** [start, end) of the line's text in the normalised text, without surrounding spaces */
  start: number;
  end: number;
  /** the citation section a phrase of this line goes under ('lead', 'caption', a heading…); null: none */
  section: string | null;
  /** for a heading, the section it opens */
  heading?: string;
}

export interface ReportLayout {
  text: string;
  report: SplitReport;
  lines: ReportLine[];
}

/** The non-empty lines of `text`, trimmed, with their offsets. */
function textLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: at + lead, end: at + lead + trimmed.length });
    at += raw.length + 1;
  }
  return lines;
}

export function layoutReport(text: string): ReportLayout {
  const report = splitReport(text);
  const captions = new Set(report.captions);
  const lines: ReportLine[] = [];
  let next = 0;
  let current: string | null = null;
  let seenTitle = report.title === null;
  let seenLead = false;
  const citable = (label: string, line: string) =>
    sectionText(report, label)?.includes(line) ? label : null;
  for (const { start, end } of textLines(text)) {
    const line = text.slice(start, end);
    if (!seenTitle && line === report.title) {
      seenTitle = true;
      lines.push({ kind: 'title', start, end, section: citable('title', line) });
    } else if (!seenLead && line === report.lead) {
      seenLead = true;
      lines.push({ kind: 'lead', start, end, section: citable('lead', line) });
    } else if (report.sections[next]?.heading === line) {
      current = line;
      next++;
      lines.push({ kind: 'heading', start, end, section: null, heading: line });
    } else if (captions.has(line)) {
      lines.push({ kind: 'caption', start, end, section: citable('caption', line) });
    } else {
      lines.push({ kind: 'body', start, end, section: current === null ? null : citable(current, line) });
    }
  }
  return { text, report, lines };
}

/** The index of the line holding offset `at` (the last line starting at or before it), or -1. */
export function lineAt(layout: ReportLayout, at: number): number {
  const { lines } = layout;
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
