/**
 * The to-dos of the checks (TODO_RULES: a figure of a source that no record quotes yet), one notice per
 * source: how many, and the first of them (capped as errors are), for check:data, the build and
 * data:import-sheet to say and the desk to count. Never blocks anything.
 */
import { ERRORS_PER_RULE, formatError, type DataError, type DataFile, type TodoCode } from './errors';

/** The to-dos of one rule on one record (a source's entry in sources.json). */
export interface SourceTodos {
  file: DataFile;
  /** the source's id */
  id: string;
  code: TodoCode;
  count: number;
  /** the first `max` of them, in the order the check found them */
  first: DataError[];
}

/** Groups to-dos by record and rule, in the order first met; keeps the first `max` of each. */
export function todosBySource(todos: readonly DataError[], max = ERRORS_PER_RULE): SourceTodos[] {
  const groups = new Map<string, SourceTodos>();
  for (const e of todos) {
    const key = `${e.file}\u0000${e.id}\u0000${e.code}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { file: e.file, id: e.id, code: e.code as TodoCode, count: 0, first: [] }));
    if (++g.count <= max) g.first.push(e);
  }
  return [...groups.values()];
}

/** One notice (several lines): the count, then the first figures, then how many more. */
export function formatTodos(t: SourceTodos): string {
  const lines = [
    `${t.file} [${t.id}]: ${t.count} figure(s) of this source are not on the map yet (${t.code}: a to-do, not an error)`,
    ...t.first.map((e) => `  ${formatError(e)}`),
  ];
  if (t.count > t.first.length) lines.push(`  and ${t.count - t.first.length} more like those above`);
  return lines.join('\n');
}
