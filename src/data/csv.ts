/**
 * CSV text for the table downloads. Pure: no DOM, no locale; the caller passes the cells it shows.
 *
 * - Quoting follows RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): a field holding a double quote,
 *   comma, CR or LF is wrapped in double quotes and its quotes are doubled. Records end with CRLF.
 * - The text starts with a UTF-8 byte-order mark, without which Excel reads a CSV as the system code page
 *   and shows Chinese as mojibake.
 * - Spreadsheet formula injection (OWASP "CSV Injection"): a TEXT cell that begins with = + - @ TAB or CR
 *   gets a leading apostrophe, so Excel or LibreOffice shows it as text instead of running it. Numbers are
 *   written as plain numbers and never prefixed: the tables hold no negative figures (every figure in the
 *   schema is non-negative), and a plain "-5" is read as a number, not a formula, anyway.
 * - null (no record) is an empty field, so it reads differently from 0.
 */

export type CsvCell = string | number | null;

export const BOM = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** Prefixes an apostrophe to text a spreadsheet would read as a formula. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One field as it appears in the file. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a BOM (unless turned off), then one CRLF-terminated record per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return (options.bom ?? true) ? `${BOM}${body}` : body;
}

/**
 * Reads CSV text back into rows of strings (a leading BOM is skipped). The inverse of `toCsv` up to types:
 * numbers come back as their text. Used to check that a download holds what the table shows.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
