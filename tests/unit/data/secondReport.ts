/**
 * The invented second report of tests/fixtures/second-report (written for the tests, never shipped) and
 * a record that cites it, for the tests of data:add-source, the checks across sources and the sheet.
 */
import { resolve } from 'node:path';
import type { Activity } from '../../../src/data/schema';
import { tool } from './hostileKit';
import type { Workspace } from './inputWorkspace';

export const INVENTED_FILE = resolve(__dirname, '../../fixtures/second-report/invented-report.txt');
export const INVENTED_ID = 'src-invented-test';
/** A phrase of the invented report, after normalisation. */
export const INVENTED_PHRASE = '2019年3月，虚构的甲乙公司向会泽县娜姑镇捐赠图书300册';

/** `npm run data:add-source`'s command on the invented report, into the workspace's data folder. */
export const addInventedSource = (ws: Workspace) =>
  tool('data/add-source.ts', [
    INVENTED_FILE,
    '--title',
    '虚构的图书捐赠',
    '--outlet',
    '测试网',
    '--date',
    '2019-03',
    '--id',
    INVENTED_ID,
    '--data-dir',
    ws.paths.dataDir,
  ]);

/** A record of the invented gift: every figure of the invented report is in it. */
export const inventedActivity = (): Activity => ({
  id: 'act-invented-books',
  category: 'donation',
  title_zh: '虚构的甲乙公司向娜姑镇捐赠图书',
  title_en: 'An invented company gives books to Nagu (test data)',
  actors: [],
  recipients: [],
  people: [],
  scope: 'township',
  places: ['530326102'],
  destinations: [],
  shared: false,
  direction: null,
  date: { year: 2019, month: 3, relation: 'in' },
  amounts: [],
  counts: [
    {
      key: 'books',
      value: 300,
      unit: 'pieces',
      counted_as: 'items',
      what_en: 'books',
      what_zh: '图书',
      qualifier: 'exact',
      prospective: false,
      as_written: '300册',
      part_of: null,
    },
  ],
  citation: { source: INVENTED_ID, section: '图书捐赠', phrase: INVENTED_PHRASE },
  notes: ['Invented for the tests.'],
  notes_zh: ['为测试虚构。'],
  notes_en: ['Invented for the tests.'],
});
