/**
 * The reader on the real data and the seed report: every record's phrase is lit where the checks find it,
 * and nothing of the report is off the map (check:data passes on it), which the reader must say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportCoverage } from '../../../src/data/checks/reportCoverage';
import { indexDataset } from '../../../src/data/checks/types';
import { loadData } from '../../../src/data/load';
import { normaliseReport } from '../../../src/data/normalise';
import { splitReport } from '../../../src/data/report';
import { citedPhrases } from '../../../src/reader/highlights';
import { layoutReport } from '../../../src/reader/layout';
import { citingRecords, recordTarget } from '../../../src/reader/records';
import { asParsed, uncoveredList } from '../../../src/reader/uncovered';
import { realRaw, REPORT_PATH } from '../data/real-data';

const present = existsSync(REPORT_PATH);

describe.runIf(present)('the reader on the seed report', () => {
  const data = loadData(realRaw());
  const source = [...data.sources.values()][0]!.id;
  const text = present ? normaliseReport(readFileSync(REPORT_PATH, 'utf8')) : '';
  const layout = layoutReport(text);
  const records = citingRecords(data, source);
  const h = citedPhrases(layout, records);

  it('lights one highlight per distinct cited phrase, holding every record that cites it', () => {
    const distinct = new Map<string, string[]>();
    for (const r of records) {
      const key = `${r.citation.section}\u0000${r.citation.phrase}`;
      distinct.set(key, [...(distinct.get(key) ?? []), r.id]);
    }
    expect(h.notFound).toEqual([]);
    expect(h.phrases.length).toBe(distinct.size);
    for (const p of h.phrases) {
      const words = text.slice(p.start, p.end);
      expect(distinct.get(`${p.section}\u0000${words}`)).toEqual(p.records.map((r) => r.id));
    }
  });

  it('finds each phrase inside the section its citation names', () => {
    const report = splitReport(text);
    for (const p of h.phrases) {
      const line = layout.lines.find((l) => l.start <= p.start && p.end <= l.end);
      expect(line?.section, text.slice(p.start, p.end)).toBe(p.section);
      expect(report.text.slice(p.start, p.end)).toBe(p.records[0]!.citation.phrase);
    }
  });

  it('lists no figure as off the map, as check:data finds none', () => {
    const parsed = asParsed(data);
    expect(uncoveredList(layout, parsed, source)).toEqual([]);
    const texts = new Map([[source, { report: splitReport(text), sha256: '' }]]);
    expect(checkReportCoverage(indexDataset(parsed), { official: null, texts })).toEqual([]);
  });

  it('sends a click to a panel that is about the record: 吴淞街道与大桥乡 to 大桥乡, county figures to the county', () => {
    const sites = new Set([...data.places.values()].filter((p) => p.kind === 'base').map((p) => p.id));
    const byPhrase = (words: string) => h.phrases.find((p) => text.slice(p.start, p.end) === words)!;
    const daqiao = [...data.places.values()].find((p) => p.name_zh === '大桥乡')!;
    for (const r of byPhrase('吴淞街道与大桥乡').records)
      expect(recordTarget(r, data, sites)).toEqual({ kind: 'township', code: daqiao.id });
    const county = records.find((r) => data.activities.get(r.id)?.scope === 'county')!;
    expect(recordTarget(county, data, sites)).toEqual({ kind: 'county' });
    const atBase = records.find((r) => data.activities.get(r.id)?.places.some((id) => sites.has(id)))!;
    const base = data.activities.get(atBase.id)!.places.find((id) => sites.has(id))!;
    expect(recordTarget(atBase, data, sites)).toEqual({ kind: 'site', id: base });
  });
});
