import { describe, expect, it } from 'vitest';
import { checkNamesInReport } from '../../../../src/data/checks/namesInReport';
import { indexDataset } from '../../../../src/data/checks/types';
import { SOURCE } from '../fixtures';
import { checkTable, goodContext, goodData, record } from './fixture';

describe('checkNamesInReport', () => {
  checkTable(checkNamesInReport, [
    {
      name: "an organisation's name no source uses",
      breakIt: (d) => record(d.organisations, 'org-jia').names_in_report.push('丁公司'),
      code: 'name-not-in-report',
      at: { file: 'organisations.json', id: 'org-jia', field: 'names_in_report.1' },
    },
    {
      name: "a place's name no source uses",
      breakIt: (d) => (record(d.places, 'place-zhemi-village').names_in_report = ['者米寨']),
      code: 'name-not-in-report',
      at: { file: 'places.json', id: 'place-zhemi-village', field: 'names_in_report.0' },
    },
  ]);

  it('checks nothing while a source text is absent (the name may be in it)', () => {
    const d = goodData();
    record(d.organisations, 'org-jia').names_in_report = ['丁公司'];
    const one = new Map([...goodContext().texts].filter(([id]) => id === SOURCE));
    for (const texts of [new Map(), one]) {
      expect(checkNamesInReport(indexDataset(d), { ...goodContext(), texts })).toEqual([]);
    }
  });

  it('finds a name the second source uses', () => {
    const d = goodData();
    record(d.organisations, 'org-jia').names_in_report.push('戊公司');
    expect(checkNamesInReport(indexDataset(d), goodContext())).toEqual([]);
  });
});
