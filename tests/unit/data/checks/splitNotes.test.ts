import { describe, expect, it } from 'vitest';
import { checkSplitNotes } from '../../../../src/data/checks/splitNotes';
import { indexDataset } from '../../../../src/data/checks/types';
import type { ParsedDataset } from '../../../../src/data/files';
import type { Activity } from '../../../../src/data/schema';
import { checkTable, goodContext, goodData, record } from './fixture';

/** The summer camp recorded as two halves, one per township, each with half its fees. */
function splitCamp(d: ParsedDataset, notes: [string | null, string | null]): void {
  const camp = record(d.activities, 'act-camp');
  const half = (id: string, place: string, note: string | null): Activity => ({
    ...structuredClone(camp),
    id,
    places: [place],
    shared: false,
    counts: [],
    amounts: camp.amounts.map((m) => ({ ...m, value_wan: 11.2, split_note: note })),
  });
  d.activities = d.activities.filter((a) => a !== camp);
  d.activities.push(
    half('act-camp-dajing', '530326107', notes[0]),
    half('act-camp-nagu', '530326102', notes[1]),
  );
}

describe('checkSplitNotes', () => {
  checkTable(checkSplitNotes, [
    {
      name: 'an amount two records share, one without a split note',
      breakIt: (d) => splitCamp(d, [null, 'the report splits it']),
      code: 'split-without-note',
      at: { file: 'activities.json', id: 'act-camp-dajing', field: 'amounts.0' },
    },
    {
      name: 'an amount two records share without a split note',
      breakIt: (d) => splitCamp(d, [null, null]),
      code: 'split-without-note',
      at: [
        { id: 'act-camp-dajing', field: 'amounts.0' },
        { id: 'act-camp-nagu', field: 'amounts.0' },
      ],
    },
  ]);

  it('accepts an amount the records share where each says why', () => {
    const d = goodData();
    splitCamp(d, ['the report splits it', 'the report splits it']);
    expect(checkSplitNotes(indexDataset(d), goodContext())).toEqual([]);
  });
});
