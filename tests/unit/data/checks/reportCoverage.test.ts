import { describe, expect, it } from 'vitest';
import { checkReportCoverage } from '../../../../src/data/checks/reportCoverage';
import { indexDataset } from '../../../../src/data/checks/types';
import { REPORT_TEXT } from '../fixtures';
import { checkTable, goodContext, goodData, record } from './fixture';

const at = (printed: string) => ({
  file: 'report' as const,
  id: `offset ${REPORT_TEXT.indexOf(printed)}`,
  field: 'figure',
});

describe('checkReportCoverage', () => {
  checkTable(checkReportCoverage, [
    {
      name: 'a count of the report in no record',
      breakIt: (d) => (record(d.activities, 'act-zhemi').counts = []),
      code: 'report-figure-missing',
      at: at('28台'),
    },
    {
      name: 'an amount of the report in no record',
      breakIt: (d) => (record(d.activities, 'act-camp').amounts = []),
      code: 'report-figure-missing',
      at: at('22.4万元'),
    },
    {
      name: 'a year of the report in no record',
      breakIt: (d) => (record(d.activities, 'act-county-funds').date!.year = 2018),
      code: 'report-figure-missing',
      at: at('2017年'),
    },
    {
      name: 'a month of the report in no record',
      breakIt: (d) => (record(d.activities, 'act-county-funds').date!.month = null),
      code: 'report-figure-missing',
      at: at('8月'),
    },
  ]);

  it('checks nothing without the report', () => {
    const d = goodData();
    record(d.activities, 'act-zhemi').counts = [];
    expect(checkReportCoverage(indexDataset(d), { ...goodContext(), report: null })).toEqual([]);
  });
});
