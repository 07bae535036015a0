import { describe, expect, it } from 'vitest';
import { checkFigureReuse } from '../../../../src/data/checks/figureReuse';
import { indexDataset } from '../../../../src/data/checks/types';
import type { ParsedDataset } from '../../../../src/data/files';
import { OTHER_SOURCE } from '../fixtures';
import { checkTable, goodContext, goodData, record } from './fixture';

/** A second record of the workers figure, quoted through `phrase`. */
function recordWorkersAgain(d: ParsedDataset, phrase?: string): void {
  const copy = structuredClone(record(d.activities, 'act-workers'));
  copy.id = 'act-workers-again';
  copy.counts = copy.counts.filter((c) => c.key === 'workers');
  if (phrase) copy.citation.phrase = phrase;
  d.activities.push(copy);
}

const both = [
  { file: 'activities.json' as const, id: 'act-workers', field: 'counts.0' },
  { file: 'activities.json' as const, id: 'act-workers-again', field: 'counts.0' },
];

describe('checkFigureReuse', () => {
  checkTable(checkFigureReuse, [
    {
      name: 'a count two records quote from the same phrase',
      breakIt: (d) => recordWorkersAgain(d),
      code: 'figure-reused',
      at: both,
    },
    {
      name: 'a count two records quote from the same phrase, without the source texts',
      breakIt: (d) => recordWorkersAgain(d),
      code: 'figure-reused',
      at: both,
      context: { texts: new Map() },
    },
    {
      name: 'a count two records quote through different phrases',
      breakIt: (d) => recordWorkersAgain(d, '2415人到外省就业'),
      code: 'figure-reused',
      at: both,
    },
  ]);

  it('without the source texts, the same words in different phrases are different figures', () => {
    const d = goodData();
    recordWorkersAgain(d, '2415人到外省就业');
    expect(checkFigureReuse(indexDataset(d), { ...goodContext(), texts: new Map() })).toEqual([]);
  });

  it('the same words in the same phrase of two sources are two figures', () => {
    const d = goodData();
    recordWorkersAgain(d);
    record(d.activities, 'act-workers-again').citation.source = OTHER_SOURCE;
    for (const texts of [goodContext().texts, new Map()]) {
      expect(checkFigureReuse(indexDataset(d), { ...goodContext(), texts })).toEqual([]);
    }
  });
});
