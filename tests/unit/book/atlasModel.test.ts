/**
 * The atlas as a document (atlasModel), on the committed data: which sections, in which order, and what each
 * township and region page says, against the panels' own functions (townshipMetrics, regionTotals).
 */
import { describe, expect, it } from 'vitest';
import { atlasDocument, chosenTownships } from '../../../src/book/atlasModel';
import { figureText } from '../../../src/book/atlasText';
import { isNoteRef, type Block, type Run, type Section } from '../../../src/book/blocks';
import { townshipMetrics } from '../../../src/data/metrics';
import { regionTotals } from '../../../src/data/regionTotals';
import { bookWords } from '../../../src/book/words';
import { codeOf, data, input } from './atlasFixture';

const zh = bookWords.in('zh-CN');
const metrics = townshipMetrics(data);
const words = { t: zh, locale: 'zh-CN' as const, empty: { key: 'legend.noRecord' as const } };
const text = (runs: readonly Run[]) => runs.map((r) => (isNoteRef(r) ? '' : r.text)).join('');
const blocks = <K extends Block['kind']>(s: Section, kind: K) =>
  s.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const tableValues = (s: Section) => blocks(s, 'table')[0]!.rows.map((row) => text(row[1]!));
const withRecords = data.townships
  .map((t) => t.id)
  .filter((c) => (data.activitiesByTownship.get(c) ?? []).length > 0);

describe('atlasDocument', () => {
  it('gives each township with records a section, in code order, after the cover and the contents', () => {
    const doc = atlasDocument(input({ kind: 'records' }));
    expect(withRecords.length).toBeGreaterThan(5);
    expect(doc.sections.map((s) => s.kind)).toEqual([
      'cover',
      'contents',
      ...withRecords.map(() => 'township'),
    ]);
    expect(doc.sections.slice(2).map((s) => s.id)).toEqual(withRecords);
    const contents = blocks(doc.sections[1]!, 'contents')[0]!;
    expect(contents.entries.map((e) => e.section)).toEqual(withRecords);
    expect(contents.entries.map((e) => e.text)).toEqual(withRecords.map((c) => data.places.get(c)!.name_zh));
  });

  it('the whole county: every township; a chosen list: those chosen, in code order, unknown ones dropped', () => {
    expect(chosenTownships(input({ kind: 'county' }))).toEqual(data.townships.map((t) => t.id));
    const list = [codeOf('矿山镇'), 'no-such-code', codeOf('大海乡')];
    expect(chosenTownships(input({ kind: 'list', codes: list }))).toEqual(
      [codeOf('矿山镇'), codeOf('大海乡')].sort(),
    );
  });

  const regions = [
    { name: '大海乡、矿山镇', codes: [codeOf('大海乡'), codeOf('矿山镇')] },
    { name: '有记录的乡镇', codes: withRecords },
    { name: '马路乡、矿山镇', codes: [codeOf('马路乡'), codeOf('矿山镇')] },
  ];
  it.each(regions)(
    'a region ($name): its page first, with its totals, each shared figure once',
    ({ name, codes }) => {
      const doc = atlasDocument(input({ kind: 'region', codes, name }));
      const sorted = [...codes].sort();
      expect(doc.sections.map((s) => s.id)).toEqual(['cover', 'contents', 'region', ...sorted]);
      const region = doc.sections[2]!;
      expect(blocks(region, 'heading')[0]!.text).toBe(name);
      const totals = regionTotals(data, metrics, codes);
      const metricsOrder = ['activities', 'aid', 'reached', 'stationed'] as const;
      expect(tableValues(region)).toEqual(
        metricsOrder.map((m) =>
          totals[m].value === null
            ? zh('book.noFigure')
            : figureText(m, totals[m].value!, totals[m].shared.length > 0, words),
        ),
      );
      // Each figure the region's townships share is named once, with its value, in the notes under the totals.
      const notes = blocks(region, 'text').flatMap((b) => b.paragraphs.map((p) => text(p.runs)));
      const shared = (['aid', 'reached', 'stationed'] as const).flatMap((m) =>
        totals[m].shared.map((s) => ({ ...s, value: figureText(m, s.value, false, words) })),
      );
      expect(notes.filter((n) => n.startsWith('※')).length).toBe(shared.length);
      for (const s of shared) {
        const title = data.activities.get(s.activityId)!.title_zh;
        expect(notes.filter((n) => n.includes(`${title}：${s.value}`))).toHaveLength(1);
      }
      // The contents puts the townships under the region.
      const contents = blocks(doc.sections[1]!, 'contents')[0]!;
      expect(contents.entries.map((e) => [e.section, e.level])).toEqual([
        ['region', 1],
        ...sorted.map((c) => [c, 2]),
      ]);
    },
  );

  it.each(data.townships.map((t) => [t.name_zh, t.id] as const))(
    '%s: its page states its figures as the panel does, "not given" where the report gives none',
    (_, code) => {
      const section = atlasDocument(input({ kind: 'county' })).sections.find((s) => s.id === code)!;
      const m = metrics.get(code)!;
      const value = (metric: 'aid' | 'reached' | 'stationed', v: number | null, shared: boolean) =>
        v === null ? zh('book.noFigure') : figureText(metric, v, shared, words);
      expect(tableValues(section)).toEqual([
        m.activityCount ? figureText('activities', m.activityCount, false, words) : zh('book.noFigure'),
        value('aid', m.aidWan, m.aidShared.length > 0),
        value('reached', m.beneficiaries, m.beneficiariesShared.length > 0),
        value('stationed', m.stationed, m.stationedShared.length > 0),
      ]);
      // Its activities, each with its citation; no county-wide record among them.
      const items = blocks(section, 'list')[0]?.items ?? [];
      const own = data.activitiesByTownship.get(code) ?? [];
      if (own.length) {
        expect(items.map((i) => text(i.runs))).toEqual(own.map((a) => expect.stringContaining(a.title_zh)));
        expect(items.map((i) => text(i.detail ?? []))).toEqual(
          own.map((a) => expect.stringContaining(a.citation.phrase)),
        );
      }
      const all = JSON.stringify(section.blocks);
      for (const a of data.countyActivities) expect(all).not.toContain(a.title_zh);
      // The map: fitted to it, the rest dimmed, at 300 dpi.
      const map = blocks(section, 'map')[0]!.request;
      expect(map.subject).toEqual({ kind: 'township', code });
      expect(map.show).toMatchObject({
        focus: [code],
        dimOthers: true,
        sites: true,
        scaleBar: true,
        northArrow: true,
      });
      expect(map.dpi).toBe(300);
    },
  );

  it('under a filter, a figure the filter hid reads "none after filter", never "not given" or 0', () => {
    const year = Math.min(...[...data.activities.values()].flatMap((a) => (a.date ? [a.date.year] : [])));
    const doc = atlasDocument(
      input({ kind: 'county' }, { filters: { categories: [], actors: [], years: [year], sources: [] } }),
    );
    const values = doc.sections.filter((s) => s.kind === 'township').flatMap(tableValues);
    expect(values).toContain(zh('book.filteredNone'));
    expect(values).not.toContain(zh('book.noFigure'));
    expect(values.some((v) => /^0\s/.test(v))).toBe(false);
  });

  it('the cover: the county map undimmed, its legend, the county totals, the sources; no page number', () => {
    const cover = atlasDocument(input({ kind: 'records' })).sections[0]!;
    expect(cover.furniture.pageNumber).toBeNull();
    expect(cover.furniture.schematicNote).toBe(zh('map.schematicNote'));
    expect(blocks(cover, 'map')[0]!.request.show).toMatchObject({ focus: [], dimOthers: false });
    expect(blocks(cover, 'legend')).toHaveLength(1);
    const all = data.townships.map((t) => t.id);
    const totals = regionTotals(data, metrics, all);
    expect(tableValues(cover)[1]).toBe(
      figureText('aid', totals.aid.value!, totals.aid.shared.length > 0, words),
    );
    const sources = blocks(cover, 'list').flatMap((l) => l.items.map((i) => text(i.runs)));
    for (const s of data.sources.values()) expect(sources.join('\n')).toContain(s.name_zh);
  });
});
