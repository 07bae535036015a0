import { describe, expect, it } from 'vitest';
import { BOM, csvField, neutraliseFormula, parseCsv, toCsv, type CsvCell } from '../../../src/data/csv';

describe('csvField', () => {
  const rows: { args: CsvCell; expected: string }[] = [
    { args: 'plain', expected: 'plain' },
    { args: '会泽县', expected: '会泽县' },
    { args: 'a,b', expected: '"a,b"' },
    { args: 'say "hi"', expected: '"say ""hi"""' },
    { args: 'two\nlines', expected: '"two\nlines"' },
    { args: 'cr\rhere', expected: '"cr\rhere"' },
    { args: '', expected: '' },
    { args: null, expected: '' },
    { args: 0, expected: '0' },
    { args: 22.4, expected: '22.4' },
    { args: 10814, expected: '10814' },
    { args: Number.NaN, expected: '' },
    // formula injection: text only, never numbers
    { args: '=1+1', expected: "'=1+1" },
    { args: '+86', expected: "'+86" },
    { args: '-2', expected: "'-2" },
    { args: '@SUM(A1)', expected: "'@SUM(A1)" },
    { args: '\tx', expected: "'\tx" },
    { args: '\rx', expected: '"\'\rx"' },
    { args: '=HYPERLINK("http://x","y")', expected: '"\'=HYPERLINK(""http://x"",""y"")"' },
    { args: 'a=b', expected: 'a=b' },
  ];
  it.each(rows)('$args → $expected', ({ args, expected }) => {
    expect(csvField(args)).toBe(expected);
  });
});

describe('neutraliseFormula', () => {
  const rows = [
    { args: '=cmd', expected: "'=cmd" },
    { args: '“quoted”', expected: '“quoted”' },
    { args: ' =not first', expected: ' =not first' },
  ];
  it.each(rows)('$args → $expected', ({ args, expected }) => {
    expect(neutraliseFormula(args)).toBe(expected);
  });
});

describe('toCsv', () => {
  const rows: { args: [CsvCell[][], { bom?: boolean }?]; expected: string }[] = [
    { args: [[['a', 'b']]], expected: `${BOM}a,b\r\n` },
    { args: [[['a', 'b']], { bom: false }], expected: 'a,b\r\n' },
    {
      args: [
        [
          ['乡镇', '金额（万元）'],
          ['大井镇', 22.4],
          ['合计', null],
        ],
      ],
      expected: `${BOM}乡镇,金额（万元）\r\n大井镇,22.4\r\n合计,\r\n`,
    },
    { args: [[]], expected: BOM },
  ];
  it.each(rows)('$expected', ({ args, expected }) => {
    expect(toCsv(...args)).toBe(expected);
  });

  it('starts with the UTF-8 byte-order mark EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsv([['会泽']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('parseCsv', () => {
  const rows: { args: string; expected: string[][] }[] = [
    { args: `${BOM}a,b\r\n`, expected: [['a', 'b']] },
    {
      args: 'a,"b,c"\r\n"x""y",\r\n',
      expected: [
        ['a', 'b,c'],
        ['x"y', ''],
      ],
    },
    {
      args: '"two\r\nlines",z\nnext,1',
      expected: [
        ['two\r\nlines', 'z'],
        ['next', '1'],
      ],
    },
    { args: '', expected: [] },
  ];
  it.each(rows)('$args', ({ args, expected }) => {
    expect(parseCsv(args)).toEqual(expected);
  });

  it('reads back what toCsv wrote, however awkward the text', () => {
    const table: CsvCell[][] = [
      ['名称', 'value', 'note'],
      ['a "quoted", comma', 1.5, 'line\nbreak'],
      ['=danger', null, ''],
    ];
    expect(parseCsv(toCsv(table))).toEqual([
      ['名称', 'value', 'note'],
      ['a "quoted", comma', '1.5', 'line\nbreak'],
      ["'=danger", '', ''],
    ]);
  });
});
