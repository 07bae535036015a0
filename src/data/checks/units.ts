import { DATA_FILES } from '../files';
import { figureRecords } from '../figures';
import { BUILTIN_UNITS } from '../schema';
import { collect, type Check } from './types';

/**
 * Units are data a report can extend (issue 23): a count is in a built-in unit or in one units.json adds,
 * and an added unit neither renames a built-in one nor comes twice. An unknown unit names the choices.
 */
export const checkUnits: Check = (data) =>
  collect((err) => {
    const builtin = new Set<string>(BUILTIN_UNITS);
    const added = new Set<string>();
    for (const u of data.units ?? []) {
      if (builtin.has(u.id)) {
        err(DATA_FILES.units, u.id, 'id', 'unit-builtin', `"${u.id}" is a built-in unit: delete this row`, {
          unit: u.id,
        });
      } else if (added.has(u.id)) {
        err(DATA_FILES.units, u.id, 'id', 'duplicate-id', `unit "${u.id}" is listed twice`, { id: u.id });
      }
      added.add(u.id);
    }
    const choices = [...BUILTIN_UNITS, ...added].join(', ');
    for (const r of figureRecords(data)) {
      r.counts.forEach((c, i) => {
        if (builtin.has(c.unit) || added.has(c.unit)) return;
        err(
          r.file,
          r.id,
          `counts.${i}.unit`,
          'unknown-unit',
          `unit "${c.unit}" is none of: ${choices}; or add it, with its labels, to the units (units.json, the workbook's units sheet)`,
          { unit: c.unit, choices },
        );
      });
    }
  });
