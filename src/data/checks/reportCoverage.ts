import { recordFigures } from '../figures';
import { collect, type Check } from './types';

/**
 * Every number printed in the report is a figure or a date of some record, so nothing the report says is
 * silently left off the map.
 */
export const checkReportCoverage: Check = (data, { report }) =>
  collect((err) => {
    if (!report) return;
    /** [start, end) offsets in the report text of the digits some record accounts for */
    const covered: [number, number][] = [];
    for (const f of recordFigures(data)) {
      const at = report.text.indexOf(f.citation.phrase);
      if (f.within < 0 || !f.parsed || at < 0) continue;
      const start = at + f.within + f.parsed.index;
      covered.push([start, start + f.parsed.length]);
    }
    for (const a of data.activities) {
      if (!a.date) continue;
      const at = report.text.indexOf(a.citation.phrase);
      if (at < 0) continue;
      for (const token of [`${a.date.year}年`, a.date.month === null ? null : `${a.date.month}月`]) {
        if (token === null) continue;
        const i = a.citation.phrase.indexOf(token);
        if (i >= 0) covered.push([at + i, at + i + token.length - 1]);
      }
    }
    for (const m of report.text.matchAll(/\d+(?:\.\d+)?/g)) {
      const start = m.index;
      if (covered.some(([s, e]) => s <= start && start < e)) continue;
      err(
        'report',
        `offset ${start}`,
        'figure',
        'report-figure-missing',
        `"${report.text.slice(Math.max(0, start - 8), start + m[0].length + 4)}": the figure ${m[0]} is in no record`,
      );
    }
  });
