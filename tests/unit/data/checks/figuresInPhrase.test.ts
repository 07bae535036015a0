import { describe, expect, it } from 'vitest';
import { checkFiguresInPhrase } from '../../../../src/data/checks/figuresInPhrase';
import { indexDataset } from '../../../../src/data/checks/types';
import type { ParsedDataset } from '../../../../src/data/files';
import { checkTable, goodContext, goodData, record } from './fixture';

const zhemi = (d: ParsedDataset) => record(d.activities, 'act-zhemi');
const at = (field: string) => ({ file: 'activities.json' as const, id: 'act-zhemi', field });

describe('checkFiguresInPhrase', () => {
  checkTable(checkFiguresInPhrase, [
    {
      name: 'a count that is not in its phrase',
      breakIt: (d) => (zhemi(d).counts[0]!.as_written = '30台'),
      code: 'figure-not-in-phrase',
      at: at('counts.0.as_written'),
    },
    {
      name: 'an amount that is not in its phrase',
      breakIt: (d) => (zhemi(d).amounts[0]!.as_written = '11万元'),
      code: 'figure-not-in-phrase',
      at: at('amounts.0.as_written'),
    },
    {
      name: "a pairing's count that is not in its phrase",
      breakIt: (d) => {
        const p = record(d.pairings, 'pair-jia-zhemi');
        p.counts = [{ ...structuredClone(zhemi(d).counts[0]!), as_written: '30台' }];
      },
      code: 'figure-not-in-phrase',
      at: { file: 'pairings.json', id: 'pair-jia-zhemi', field: 'counts.0.as_written' },
    },
    {
      name: 'an amount not written in 万元',
      breakIt: (d) => (zhemi(d).amounts[0]!.as_written = '28台'),
      code: 'figure-value',
      at: at('amounts.0.as_written'),
    },
    {
      name: 'an amount whose value differs from its words',
      breakIt: (d) => (zhemi(d).amounts[0]!.value_wan = 11),
      code: 'figure-value',
      at: at('amounts.0.value_wan'),
    },
    {
      name: 'a count whose value differs from its words',
      breakIt: (d) => (zhemi(d).counts[0]!.value = 30),
      code: 'figure-value',
      at: at('counts.0.value'),
    },
    {
      name: 'a count "more than" its words do not say',
      breakIt: (d) => (zhemi(d).counts[0]!.qualifier = 'more-than'),
      code: 'figure-value',
      at: at('counts.0.qualifier'),
    },
  ]);

  it('lets a split note explain an amount that differs from its words', () => {
    const d = goodData();
    const a = zhemi(d).amounts[0]!;
    a.value_wan = 5;
    a.split_note = 'half of it (test)';
    expect(checkFiguresInPhrase(indexDataset(d), goodContext())).toEqual([]);
  });
});
