import { describe, expect, it } from 'vitest';
import {
  appendAll,
  capPerRule,
  ERRORS_PER_RULE,
  isTodo,
  TODO_RULES,
  type DataError,
} from '../../../src/data/errors';
import { formatTodos, todosBySource } from '../../../src/data/todos';

const error = (code: DataError['code'], i: number): DataError => ({
  file: 'sources.json',
  id: 'src-x',
  field: `text@${i}`,
  code,
  message: `figure ${i}`,
});

describe('capPerRule', () => {
  it.each([
    { name: 'under the cap', figures: 3, expected: 3, summary: null },
    { name: 'at the cap', figures: ERRORS_PER_RULE, expected: ERRORS_PER_RULE, summary: null },
    {
      name: 'over the cap',
      figures: 48_382,
      expected: ERRORS_PER_RULE + 1,
      summary: `and ${48_382 - ERRORS_PER_RULE} more report-figure-missing error(s) like those above`,
    },
  ])('$name', ({ figures, expected, summary }) => {
    const errors = Array.from({ length: figures }, (_, i) => error('report-figure-missing', i));
    const capped = capPerRule(errors);
    expect(capped).toHaveLength(expected);
    // The last line is the "and N more" summary exactly when some were left out.
    const more = capped.filter((e) => / more report-figure-missing error\(s\)/.test(e.message));
    expect(more.map((e) => e.message)).toEqual(summary === null ? [] : [summary]);
    expect(capped.at(-1)!.message === summary).toBe(summary !== null);
  });

  it('caps each rule on its own and keeps the order of the rest', () => {
    const errors = [
      error('schema', 0),
      ...Array.from({ length: 60 }, (_, i) => error('json', i)),
      error('schema', 1),
    ];
    const capped = capPerRule(errors);
    expect(capped.filter((e) => e.code === 'schema')).toHaveLength(2);
    expect(capped.filter((e) => e.code === 'json')).toHaveLength(ERRORS_PER_RULE + 1);
    expect(capped[0]).toBe(errors[0]);
  });

  it('appends a list far longer than a call may spread', () => {
    const long = Array.from({ length: 500_000 }, (_, i) => i);
    expect(appendAll([1], long)).toHaveLength(500_001);
  });
});

describe('to-dos per source (src/data/todos.ts)', () => {
  const figure = (id: string, i: number): DataError => ({ ...error('report-figure-missing', i), id });

  it.each([
    { name: 'a few', figures: 3, listed: 3, more: null },
    { name: 'over the cap', figures: ERRORS_PER_RULE + 7, listed: ERRORS_PER_RULE, more: 7 },
  ])('$name: one notice per source with the count and the first figures', ({ figures, listed, more }) => {
    const todos = [...Array.from({ length: figures }, (_, i) => figure('src-a', i)), figure('src-b', 0)];
    const grouped = todosBySource(todos);
    expect(grouped.map((g) => [g.id, g.count, g.first.length])).toEqual([
      ['src-a', figures, listed],
      ['src-b', 1, 1],
    ]);
    const notice = formatTodos(grouped[0]!).split('\n');
    expect(notice[0]).toContain(`[src-a]: ${figures} figure(s) of this source are not on the map yet`);
    expect(notice.filter((l) => l.includes('(report-figure-missing)'))).toHaveLength(listed);
    expect(notice.at(-1)!.includes(`and ${more} more`)).toBe(more !== null);
  });

  it('takes only the rules listed as to-dos', () => {
    expect(TODO_RULES).toEqual(['report-figure-missing']);
    expect(isTodo(error('report-figure-missing', 0))).toBe(true);
    expect(isTodo(error('citation-not-found', 0))).toBe(false);
  });
});
