/**
 * The good fixture of ../fixtures.ts with one person and one pairing added, so the rules on those two files
 * have a record to break, and the table runner every check's test shares.
 */
import { expect, it } from 'vitest';
import { indexDataset, runChecks, type Check, type CheckContext } from '../../../../src/data/checks';
import type { DataError, ErrorCode } from '../../../../src/data/errors';
import type { ParsedDataset } from '../../../../src/data/files';
import type { Pairing, Person } from '../../../../src/data/schema';
import { context, dataset, SOURCE } from '../fixtures';

const person = (): Person => ({
  id: 'person-ding',
  name_zh: '丁某',
  name_en: 'Ding',
  role_zh: '校长',
  role_en: 'head teacher',
  organisation: 'org-jia',
  citation: { source: SOURCE, section: '社会帮扶展风采', phrase: '甲公司捐赠大桥乡者米小学' },
  notes: [],
});

const pairing = (): Pairing => ({
  id: 'pair-jia-zhemi',
  level: 'enterprise-subdistrict',
  relation_zh: '结对',
  baoshan_side: { label_zh: '甲公司', label_en: 'Jia Co.', organisations: ['org-jia'], places: [] },
  huize_side: {
    label_zh: '者米小学',
    label_en: 'Zhemi School',
    organisations: [],
    places: ['place-zhemi-school'],
  },
  counts: [],
  activity: 'act-zhemi',
  date: null,
  citation: { source: SOURCE, section: '社会帮扶展风采', phrase: '甲公司捐赠大桥乡者米小学' },
  notes: [],
  notes_zh: [],
  notes_en: [],
});

export function goodData(): ParsedDataset {
  return { ...dataset(), people: [person()], pairings: [pairing()] };
}

export function goodContext(): CheckContext {
  const { official = null, texts = new Map() } = context();
  return { official, texts };
}

/** The record with this id; a fixture that lost it is a broken test, not a passing one. */
export function record<T extends { id: string }>(records: T[], id: string): T {
  const r = records.find((x) => x.id === id);
  if (!r) throw new Error(`the fixture has no ${id}`);
  return r;
}

export type Where = Partial<Pick<DataError, 'file' | 'id' | 'field'>>;

export interface Row {
  name: string;
  breakIt: (d: ParsedDataset) => void;
  code: ErrorCode;
  /** where the error is; a list where the one break must give several errors, in their order */
  at?: Where | Where[];
  /** what to change in the good context (e.g. no source texts) */
  context?: Partial<CheckContext>;
}

/** The errors a row expects: each with the row's code, at the places it names. */
export function expectedErrors(code: ErrorCode, at: Where | Where[] = {}): unknown[] {
  return (Array.isArray(at) ? at : [at]).map((w) => expect.objectContaining({ code, ...w }));
}

/**
 * One test a row: the good fixture with one thing broken gives exactly the row's errors from `check`, and
 * the whole list reports them too (so the check is on it).
 */
export function checkTable(check: Check, rows: Row[]): void {
  it.each(rows)('$name', ({ breakIt, code, at, context: change }) => {
    const d = goodData();
    breakIt(d);
    const data = indexDataset(d);
    const ctx = { ...goodContext(), ...change };
    const errors = check(data, ctx);
    expect(errors).toEqual(expectedErrors(code, at));
    expect(runChecks(data, ctx)).toEqual(expect.arrayContaining(errors));
  });
}
