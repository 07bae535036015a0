import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../build/context';
import { inputPaths } from '../../../build/paths';
import { DATA_FILES, type DataKey } from '../../../src/data/files';
import { dataFileText } from '../../../src/data/format';
import { loadData } from '../../../src/data/load';
import { parseDataset } from '../../../src/data/parse';
import { loadOfficialDivisions } from '../../../src/data/official';
import { formatError, validateDataset } from '../../../src/data/validate';
import { REPORT_PATH, realRaw } from './real-data';

const official = loadOfficialDivisions(['530326', '310113']);
const hasReport = existsSync(REPORT_PATH);

describe('the committed data files', () => {
  it('pass every check against the official list', () => {
    const errors = validateDataset(realRaw(), { official });
    expect(errors.map(formatError)).toEqual([]);
  });

  it.runIf(hasReport)('pass every check against their source texts (citations, names, every figure)', () => {
    const { context, notices } = checkContext(realRaw(), inputPaths({}));
    expect(notices).toEqual([]);
    expect([...context.texts.keys()]).toEqual(['src-zhujiang-baoshan-huize']);
    const errors = validateDataset(realRaw(), context);
    expect(errors.map(formatError)).toEqual([]);
  });

  it.each(Object.entries(DATA_FILES))(
    '%s is written as the tools write it (schema field order)',
    (key, file) => {
      const { data } = parseDataset(realRaw());
      const text = readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
      expect(text === dataFileText(data[key as DataKey] ?? []), `${file} differs from dataFileText`).toBe(
        true,
      );
    },
  );

  const data = loadData(realRaw());

  it("holds all of Huize's official township-level units, keyed by code", () => {
    const official25 = [...official.keys()].filter((c) => /^530326\d{3}$/.test(c)).sort();
    expect(data.townships.map((t) => t.id)).toEqual(official25);
  });

  it('records the summer camp once, with both townships', () => {
    const camp = data.activities.get('act-donation-summer-camp');
    expect(camp?.places).toEqual(['530326107', '530326102']);
    expect(camp?.shared).toBe(true);
    expect(
      [...data.activities.values()].filter((a) => a.amounts.some((m) => m.as_written === '22.4万元')),
    ).toHaveLength(1);
  });

  it('keeps the two clothing gifts the report splits as two records', () => {
    expect(data.activities.get('act-donation-sipg-buka-clothes')?.amounts[0]?.value_wan).toBe(6.48);
    expect(data.activities.get('act-donation-sipg-banpo-clothes')?.amounts[0]?.value_wan).toBe(4.75);
  });

  it('keeps look-alike figures apart', () => {
    expect(data.activities.get('act-funding-2017')?.amounts[0]?.value_wan).toBe(1175);
    expect(data.activities.get('act-labour-funds')?.amounts[0]?.value_wan).toBe(1185);
    expect(data.activities.get('act-pairing-agreements')?.counts[0]?.unit).toBe('agreements');
    expect(data.pairings.get('pair-villages-enterprises')?.counts.find((c) => c.value === 104)?.unit).toBe(
      'villages',
    );
  });

  it('keeps every county-wide total at county level', () => {
    for (const id of [
      'act-funding-cumulative',
      'act-funding-projects',
      'act-funding-reach',
      'act-labour-training',
      'act-baoshan-delegations',
      'act-training-in-shanghai',
    ]) {
      expect(data.activities.get(id)?.scope).toBe('county');
    }
  });

  it('corrects the typos with a note, never silently', () => {
    const baiwu = data.places.get('place-baiwu-village');
    expect(baiwu?.name_zh).toBe('白务村');
    expect(baiwu?.names_in_report).toEqual(['白雾村']);
    expect(baiwu?.notes.join(' ')).toMatch(/Correction/);
    expect(data.places.get('place-wuding-county')?.notes.join(' ')).toMatch(/且 → 县|且 is a typo/);
  });

  it('leaves the schools the report does not place unassigned, with a note', () => {
    for (const id of ['place-zhongping-middle-school', 'place-cuiping-school', 'place-huize-old-town']) {
      const p = data.places.get(id);
      expect(p?.township).toBeNull();
      expect(p?.precision).toBe('county');
      expect(p?.notes.length).toBeGreaterThan(0);
    }
    expect(data.places.get('place-dapingzi-school')?.township).toBe('530326201');
  });

  it('links "of which" figures to their whole', () => {
    const poor = data.activities.get('act-labour-to-other-provinces')?.counts.find((c) => c.value === 1049);
    expect(poor?.part_of).toBe('act-labour-to-other-provinces#workers');
  });
});
