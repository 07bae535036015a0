import { describe, expect, it } from 'vitest';
import { appendAll, capPerRule, ERRORS_PER_RULE, type DataError } from '../../../src/data/errors';

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
