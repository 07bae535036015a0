import { describe, expect, it } from 'vitest';
import { parseFigure, validateDataset, type DataError, type ErrorCode } from '../../../src/data/validate';
import type { Activity } from '../../../src/data/schema';
import { checkAll } from '../../../src/data/checkAll';
import { isTodo } from '../../../src/data/errors';
import type { RawDataset } from '../../../src/data/files';
import { goodContext } from './checks/fixture';
import { context, dataset, REPORT_TEXT, SOURCE } from './fixtures';

type Fixture = ReturnType<typeof dataset>;
const byId = (acts: Activity[], id: string): Activity => {
  const a = acts.find((x) => x.id === id);
  if (!a) throw new Error(`fixture has no ${id}`);
  return a;
};

describe('validateDataset on the fixture', () => {
  it('accepts the valid fixture', () => {
    expect(validateDataset(dataset(), context())).toEqual([]);
  });
});

interface BadCase {
  name: string;
  mutate: (d: Fixture) => void;
  expected: Pick<DataError, 'file' | 'id' | 'field' | 'code'>;
}

const cases: BadCase[] = [
  {
    name: 'missing field',
    mutate: (d) => {
      delete (byId(d.activities, 'act-zhemi') as Partial<Activity>).title_en;
    },
    expected: { file: 'activities.json', id: 'act-zhemi', field: 'title_en', code: 'schema' },
  },
  {
    name: 'unknown place',
    mutate: (d) => {
      byId(d.activities, 'act-zhemi').places = ['place-nowhere'];
    },
    expected: { file: 'activities.json', id: 'act-zhemi', field: 'places.0', code: 'unknown-ref' },
  },
  {
    name: 'unknown actor',
    mutate: (d) => {
      byId(d.activities, 'act-zhemi').actors = ['org-ghost'];
    },
    expected: { file: 'activities.json', id: 'act-zhemi', field: 'actors.0', code: 'unknown-ref' },
  },
  {
    name: 'code not in the official list',
    mutate: (d) => {
      const v = d.places.find((p) => p.id === 'place-zhemi-village');
      if (v) v.official_code = '530326204999';
    },
    expected: {
      file: 'places.json',
      id: 'place-zhemi-village',
      field: 'official_code',
      code: 'official-code',
    },
  },
  {
    name: "a place's township that contradicts its code",
    mutate: (d) => {
      const v = d.places.find((p) => p.id === 'place-zhemi-village');
      if (v) v.township = '530326102';
    },
    expected: {
      file: 'places.json',
      id: 'place-zhemi-village',
      field: 'township',
      code: 'township-mismatch',
    },
  },
  {
    name: 'negative amount',
    mutate: (d) => {
      const a = byId(d.activities, 'act-zhemi').amounts[0];
      if (a) a.value_wan = -10;
    },
    expected: { file: 'activities.json', id: 'act-zhemi', field: 'amounts.0.value_wan', code: 'schema' },
  },
  {
    name: 'duplicate id',
    mutate: (d) => {
      const first = d.organisations[0];
      if (first) d.organisations.push({ ...first });
    },
    expected: { file: 'organisations.json', id: 'org-jia', field: 'id', code: 'duplicate-id' },
  },
  {
    name: 'citation not found',
    mutate: (d) => {
      byId(d.activities, 'act-zhemi').citation.phrase = '甲公司捐赠大桥乡者米小学29台电脑，价值10万元';
    },
    expected: {
      file: 'activities.json',
      id: 'act-zhemi',
      field: 'citation.phrase',
      code: 'citation-not-found',
    },
  },
  {
    name: 'citation under the wrong section',
    mutate: (d) => {
      byId(d.activities, 'act-zhemi').citation.section = 'lead';
    },
    expected: {
      file: 'activities.json',
      id: 'act-zhemi',
      field: 'citation.section',
      code: 'citation-section',
    },
  },
  {
    name: 'a county-wide figure placed on a township',
    mutate: (d) => {
      const a = byId(d.activities, 'act-county-funds');
      a.scope = 'township';
      a.places = ['530326204'];
    },
    expected: {
      file: 'activities.json',
      id: 'act-county-funds',
      field: 'places.0',
      code: 'county-figure-on-township',
    },
  },
  {
    name: 'a shared amount split without a note',
    mutate: (d) => {
      const camp = byId(d.activities, 'act-camp');
      const half = (id: string, place: string): Activity => ({
        ...structuredClone(camp),
        id,
        places: [place],
        shared: false,
        counts: [],
        amounts: camp.amounts.map((m) => ({ ...m, value_wan: 11.2 })),
      });
      d.activities = d.activities.filter((a) => a.id !== 'act-camp');
      d.activities.push(half('act-camp-dajing', '530326107'), half('act-camp-nagu', '530326102'));
    },
    expected: {
      file: 'activities.json',
      id: 'act-camp-dajing',
      field: 'amounts.0',
      code: 'split-without-note',
    },
  },
  {
    name: 'a shared figure not flagged as shared',
    mutate: (d) => {
      byId(d.activities, 'act-camp').shared = false;
    },
    expected: { file: 'activities.json', id: 'act-camp', field: 'shared', code: 'shared-flag' },
  },
  {
    name: 'a count recorded twice',
    mutate: (d) => {
      const copy = structuredClone(byId(d.activities, 'act-workers'));
      copy.id = 'act-workers-again';
      copy.counts = copy.counts.filter((c) => c.key === 'workers');
      d.activities.push(copy);
    },
    expected: { file: 'activities.json', id: 'act-workers-again', field: 'counts.0', code: 'figure-reused' },
  },
  {
    name: 'a figure that is not in its phrase',
    mutate: (d) => {
      const c = byId(d.activities, 'act-zhemi').counts[0];
      if (c) c.as_written = '30台';
    },
    expected: {
      file: 'activities.json',
      id: 'act-zhemi',
      field: 'counts.0.as_written',
      code: 'figure-not-in-phrase',
    },
  },
  {
    name: 'a value that differs from the figure as written',
    mutate: (d) => {
      const c = byId(d.activities, 'act-zhemi').counts[0];
      if (c) c.value = 30;
    },
    expected: { file: 'activities.json', id: 'act-zhemi', field: 'counts.0.value', code: 'figure-value' },
  },
  {
    name: 'an "of which" part larger than its whole',
    mutate: (d) => {
      const c = byId(d.activities, 'act-workers').counts[1];
      if (c) {
        c.value = 3000;
        c.as_written = '3000';
      }
    },
    expected: { file: 'activities.json', id: 'act-workers', field: 'counts.1.part_of', code: 'part-of' },
  },
  {
    name: 'a figure of the report missing from the data',
    mutate: (d) => {
      d.activities = d.activities.filter((a) => a.id !== 'act-zhemi');
    },
    expected: {
      file: 'sources.json',
      id: SOURCE,
      field: `text@${REPORT_TEXT.indexOf('28台')}`,
      code: 'report-figure-missing',
    },
  },
  {
    name: 'a citation relying on a garbled character',
    mutate: (d) => {
      byId(d.activities, 'act-road').citation.phrase = '丙集团在者米村捐资建设的道?';
    },
    expected: { file: 'activities.json', id: 'act-road', field: 'citation.phrase', code: 'citation-garbled' },
  },
  {
    name: 'an unassigned Huize place without a note',
    mutate: (d) => {
      const s = d.places.find((p) => p.id === 'place-zhemi-school');
      if (s) {
        s.township = null;
        s.within = null;
        s.precision = 'county';
      }
      byId(d.activities, 'act-zhemi').scope = 'unassigned';
    },
    expected: {
      file: 'places.json',
      id: 'place-zhemi-school',
      field: 'notes',
      code: 'unassigned-without-note',
    },
  },
];

describe('validateDataset: each bad record gives its named error', () => {
  it.each(cases)('$name', ({ mutate, expected }) => {
    const d = structuredClone(dataset());
    mutate(d);
    const errors = validateDataset(d, context());
    expect(errors).toContainEqual(expect.objectContaining(expected));
  });

  it('keeps every case but the uncovered figure an error: that one alone is a to-do, which never blocks', () => {
    expect(cases.filter((c) => isTodo(c.expected)).map((c) => c.expected.code)).toEqual<ErrorCode[]>([
      'report-figure-missing',
    ]);
    // checkAll (check:data, the build, import-sheet, the desk) takes it apart from the errors.
    const d = structuredClone(dataset());
    d.activities = d.activities.filter((x) => x.id !== 'act-zhemi');
    const all = checkAll(d as unknown as RawDataset, null, goodContext());
    expect(all.errors).toEqual([]);
    expect(all.todos.map((e) => `${e.code} ${e.field}`)).toContain(
      `report-figure-missing text@${REPORT_TEXT.indexOf('28台')}`,
    );
    expect(all.todos.every(isTodo)).toBe(true);
  });

  it('names the file, the record and the field in every error', () => {
    const d = structuredClone(dataset());
    byId(d.activities, 'act-zhemi').places = ['place-nowhere'];
    for (const e of validateDataset(d, context())) {
      expect(e.file).toBeTruthy();
      expect(e.id).toBeTruthy();
      expect(e.field).toBeTruthy();
      expect(e.message).toBeTruthy();
    }
  });

  it('skips the checks against the source texts when none is given', () => {
    const d = structuredClone(dataset());
    byId(d.activities, 'act-zhemi').citation.phrase = '不在报道中的句子28台电脑10万元';
    const codes = validateDataset(d, { official: context().official, texts: new Map() }).map((e) => e.code);
    expect(codes).not.toContain<ErrorCode>('citation-not-found');
  });

  it('accepts a split amount when the record says why', () => {
    const d = structuredClone(dataset());
    const camp = byId(d.activities, 'act-camp');
    const half = (id: string, place: string): Activity => ({
      ...structuredClone(camp),
      id,
      places: [place],
      shared: false,
      counts: [],
      amounts: camp.amounts.map((m) => ({
        ...m,
        value_wan: 11.2,
        split_note: 'the report splits it (test)',
      })),
    });
    d.activities = d.activities.filter((a) => a.id !== 'act-camp');
    d.activities.push(half('act-camp-dajing', '530326107'), half('act-camp-nagu', '530326102'));
    const codes = validateDataset(d, context()).map((e) => e.code);
    expect(codes).not.toContain<ErrorCode>('split-without-note');
    expect(codes).not.toContain<ErrorCode>('figure-value');
  });
});

describe('parseFigure', () => {
  it.each([
    ['3.4万余人', false, 34000, true],
    ['1万余户', false, 10000, true],
    ['3.3万户', false, 33000, false],
    ['1500余亩', false, 1500, true],
    ['专业技术人员6名', false, 6, false],
    ['22.4万元', true, 22.4, false],
    ['10814万元', true, 10814, false],
  ] as const)('%s', (text, isAmount, value, moreThan) => {
    expect(parseFigure(text, isAmount)).toMatchObject({ value, moreThan });
  });

  it('rejects an amount that is not in 万元', () => {
    expect(parseFigure('28台', true)).toBeNull();
  });
});
