import { describe, expect, it } from 'vitest';
import { checkReportCoverage } from '../../../../src/data/checks/reportCoverage';
import { indexDataset } from '../../../../src/data/checks/types';
import { OTHER_SOURCE, REPORT_TEXT, SOURCE } from '../fixtures';
import { checkTable, goodContext, goodData, record } from './fixture';

const at = (printed: string) => ({
  file: 'sources.json' as const,
  id: SOURCE,
  field: `text@${REPORT_TEXT.indexOf(printed)}`,
});

describe('checkReportCoverage', () => {
  checkTable(checkReportCoverage, [
    {
      name: 'a count of the source in no record',
      breakIt: (d) => (record(d.activities, 'act-zhemi').counts = []),
      code: 'report-figure-missing',
      at: at('28台'),
    },
    {
      name: 'an amount of the source in no record',
      breakIt: (d) => (record(d.activities, 'act-camp').amounts = []),
      code: 'report-figure-missing',
      at: at('22.4万元'),
    },
    {
      name: 'a year of the source in no record',
      breakIt: (d) => (record(d.activities, 'act-county-funds').date!.year = 2018),
      code: 'report-figure-missing',
      at: at('2017年'),
    },
    {
      name: 'a month of the source in no record',
      breakIt: (d) => (record(d.activities, 'act-county-funds').date!.month = null),
      code: 'report-figure-missing',
      at: at('8月'),
    },
    {
      name: 'a figure covered only by a record citing another source',
      breakIt: (d) => (record(d.activities, 'act-zhemi').citation.source = OTHER_SOURCE),
      code: 'report-figure-missing',
      at: [at('28台'), at('10万元')],
    },
  ]);

  it('checks nothing without the source texts', () => {
    const d = goodData();
    record(d.activities, 'act-zhemi').counts = [];
    expect(checkReportCoverage(indexDataset(d), { ...goodContext(), texts: new Map() })).toEqual([]);
  });
});
