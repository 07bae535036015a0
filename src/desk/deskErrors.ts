/**
 * An import error (src/sheet CellError) as the desk lists it: where (sheet, row, column and its letter),
 * the rule, its values, and its message in the user's language (./messages.ts).
 */
import type { Locale } from '../domain';
import type { CellError } from '../sheet/flatten';
import { columnLetter } from '../sheet/locate';
import { TEXTS_HEADERS, TEXTS_SHEET } from '../sheet/texts';
import { has, messageOf, type DeskWord } from './messages';
import type { DeskError } from './types';

type Vars = Record<string, string | number>;

/** The dictionary key of an error: its rule, or the variant its values choose. */
function keyOf(e: CellError): DeskWord {
  const v = e.vars ?? {};
  if (v.more !== undefined) return 'desk.more';
  const variant =
    e.rule === 'sheet-header'
      ? String(v.problem)
      : e.rule === 'sheet-number' && v.value === ''
        ? 'empty'
        : e.rule === 'sheet-choice'
          ? v.value === ''
            ? 'empty'
            : v.list === undefined
              ? 'item'
              : ''
          : '';
  const key = `desk.rule.${e.rule}${variant ? `.${variant}` : ''}`;
  return has(key) ? key : 'desk.rule.other';
}

/** Excel's letter of a column of any sheet the desk reads ('' when it is none). */
export function letterFor(sheet: string, column: string): string {
  if (sheet === TEXTS_SHEET) {
    const i = (TEXTS_HEADERS as readonly string[]).indexOf(column);
    return i < 0 ? '' : String.fromCharCode(65 + i);
  }
  return columnLetter(sheet, column);
}

export function toDeskError(e: CellError, locale: Locale): DeskError {
  const key = keyOf(e);
  const vars: Vars = { ...e.vars, detail: e.message, rule: e.rule };
  if (e.also) {
    Object.assign(vars, {
      alsoSheet: e.also.sheet,
      alsoRow: e.also.row,
      alsoColumn: e.also.column,
      alsoLetter: letterFor(e.also.sheet, e.also.column),
    });
  }
  return {
    sheet: e.sheet,
    row: e.row,
    column: e.column.startsWith('(') ? '' : e.column,
    columnLetter: letterFor(e.sheet, e.column),
    rule: e.rule,
    message: messageOf(key, vars, locale),
    key,
    vars,
    ...(e.also ? { also: { ...e.also, columnLetter: letterFor(e.also.sheet, e.also.column) } } : {}),
  };
}
