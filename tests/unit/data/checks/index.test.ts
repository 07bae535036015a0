import { describe, expect, it } from 'vitest';
import { DATA_CHECKS, indexDataset, runChecks } from '../../../../src/data/checks';
import { validateParsed } from '../../../../src/data/validate';
import { goodContext, goodData, record } from './fixture';

describe('the list of data checks', () => {
  it('finds nothing wrong with the good fixture', () => {
    expect(runChecks(indexDataset(goodData()), goodContext())).toEqual([]);
  });

  it.each(DATA_CHECKS.map((check) => [check.name, check] as const))(
    '%s finds nothing wrong with the good fixture',
    (_name, check) => {
      expect(check(indexDataset(goodData()), goodContext())).toEqual([]);
    },
  );

  it('is what validateParsed runs, check by check in list order', () => {
    const d = goodData();
    record(d.activities, 'act-zhemi').places = ['place-nowhere'];
    record(d.activities, 'act-zhemi').counts[0]!.value = 30;
    record(d.organisations, 'org-jia').names_in_report = ['丁公司'];
    const data = indexDataset(d);
    const byCheck = DATA_CHECKS.flatMap((check) => check(data, goodContext()));
    expect(byCheck.length).toBeGreaterThan(2);
    expect(validateParsed(d, goodContext())).toEqual(byCheck);
  });
});
