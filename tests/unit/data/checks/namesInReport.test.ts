import { describe, expect, it } from 'vitest';
import { checkNamesInReport } from '../../../../src/data/checks/namesInReport';
import { indexDataset } from '../../../../src/data/checks/types';
import { checkTable, goodContext, goodData, record } from './fixture';

describe('checkNamesInReport', () => {
  checkTable(checkNamesInReport, [
    {
      name: "an organisation's name the report does not use",
      breakIt: (d) => record(d.organisations, 'org-jia').names_in_report.push('丁公司'),
      code: 'name-not-in-report',
      at: { file: 'organisations.json', id: 'org-jia', field: 'names_in_report.1' },
    },
    {
      name: "a place's name the report does not use",
      breakIt: (d) => (record(d.places, 'place-zhemi-village').names_in_report = ['者米寨']),
      code: 'name-not-in-report',
      at: { file: 'places.json', id: 'place-zhemi-village', field: 'names_in_report.0' },
    },
  ]);

  it('checks nothing without the report', () => {
    const d = goodData();
    record(d.organisations, 'org-jia').names_in_report = ['丁公司'];
    expect(checkNamesInReport(indexDataset(d), { ...goodContext(), report: null })).toEqual([]);
  });
});
