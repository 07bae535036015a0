/**
 * The refused workbook's errors as the dialog lists them: grouped by sheet (in the order the opener reports
 * them, which is the workbook's), each group with its count, optionally narrowed to one sheet, and shown a
 * page at a time so a list of hundreds stays quick to open and to read.
 */
import type { DeskError } from '../desk/open';

export interface SheetGroup {
  /** the sheet's name as in the workbook; '' for the file as a whole */
  sheet: string;
  errors: readonly DeskError[];
}

export function groupBySheet(errors: readonly DeskError[]): SheetGroup[] {
  const groups = new Map<string, DeskError[]>();
  for (const e of errors) {
    const group = groups.get(e.sheet);
    if (group) group.push(e);
    else groups.set(e.sheet, [e]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, errors: list }));
}

/** The groups a sheet filter leaves (null: all); a sheet no group has leaves all, not none. */
export function onlySheet(groups: readonly SheetGroup[], sheet: string | null): readonly SheetGroup[] {
  const chosen = groups.filter((g) => g.sheet === sheet);
  return sheet === null || chosen.length === 0 ? groups : chosen;
}

/**
 * The first `limit` errors across the groups, group by group (a group cut short keeps its full count for its
 * heading), and how many are left out.
 */
export function firstErrors(
  groups: readonly SheetGroup[],
  limit: number,
): { groups: { sheet: string; count: number; errors: readonly DeskError[] }[]; hidden: number } {
  let left = limit;
  let hidden = 0;
  const shown = groups.map((g) => {
    const errors = g.errors.slice(0, Math.max(0, left));
    left -= errors.length;
    hidden += g.errors.length - errors.length;
    return { sheet: g.sheet, count: g.errors.length, errors };
  });
  return { groups: shown.filter((g) => g.errors.length > 0), hidden };
}

/** The cell as Excel names it (Q51), or its column (Q) or row (51) alone; '' when the error has neither. */
export function cellName(e: Pick<DeskError, 'row' | 'columnLetter'>): string {
  return `${e.columnLetter}${e.row > 0 ? e.row : ''}`;
}
