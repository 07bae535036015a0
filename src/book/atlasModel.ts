/**
 * The atlas as a document: from the shown data and the user's choice (the townships with records, every
 * township, the region shown, or a chosen list) to its sections: cover, contents, the region page when there
 * is a region, then one section per township. Pure; every renderer (PDF, Word) lays out what this returns.
 */
import type { BookDocument, Section } from './blocks';
import type { AtlasInput } from './atlasTypes';
import { figureText, smallText, totalsTable } from './atlasText';
import { furniture, mapBlock, placeName, regionSection, townshipSection } from './atlasPages';

export type { AtlasChoice, AtlasInput } from './atlasTypes';

/** The townships with a record in the shown data, in code order. */
export function townshipsWithRecords(input: Pick<AtlasInput, 'data' | 'metrics'>): string[] {
  return input.data.townships
    .map((t) => t.id)
    .filter((code) => (input.metrics.get(code)?.activityCount ?? 0) > 0);
}

/** The townships the choice gives a page, in code order (unknown codes dropped). */
export function chosenTownships(input: Pick<AtlasInput, 'data' | 'metrics' | 'choice'>): string[] {
  const all = input.data.townships.map((t) => t.id);
  const { choice } = input;
  if (choice.kind === 'records') return townshipsWithRecords(input);
  if (choice.kind === 'county') return all;
  const picked = new Set(choice.codes);
  return all.filter((code) => picked.has(code));
}

function coverSection(input: AtlasInput): Section {
  const { t } = input;
  const all = input.data.townships.map((tw) => tw.id);
  const totals = input.regionTotals(all);
  const shared = (['activities', 'aid', 'reached', 'stationed'] as const).some(
    (m) => totals[m].shared.length,
  );
  return {
    id: 'cover',
    kind: 'cover',
    furniture: { ...furniture(input, t('book.cover'), true), pageNumber: null },
    blocks: [
      { kind: 'heading', level: 1, text: input.title },
      smallText([
        input.subtitle,
        t('book.metricShown', { metric: t(`metric.${input.metric}`) }),
        t('book.made', { date: input.date }),
      ]),
      ...mapBlock(
        input,
        { kind: 'county' },
        [],
        { widthMm: 180, heightMm: 115 },
        t('book.mapAlt.county', { metric: t(`metric.${input.metric}`) }),
      ),
      { kind: 'legend', ...input.legend },
      { kind: 'heading', level: 2, text: t('book.countyFigures') },
      totalsTable(totals, input),
      smallText([
        ...(shared ? [t('export.summaryShared')] : []),
        t('export.summaryApart', {
          n: input.apart.county.activities,
          amount: figureText('aid', input.apart.county.aidWan, false, input),
        }),
      ]),
      { kind: 'heading', level: 2, text: t('book.sources') },
      {
        kind: 'list',
        style: 'plain',
        items: input.sourceLines.map((text) => ({ runs: [{ text }] })),
        footnotes: [],
      },
    ],
  };
}

/** The whole atlas: cover, contents, the region page (with a region), then the townships. */
export function atlasDocument(input: AtlasInput): BookDocument {
  const { t } = input;
  const codes = chosenTownships(input);
  const region = input.choice.kind === 'region' ? [regionSection(input, codes, input.choice.name)] : [];
  const townships = codes.map((code) => townshipSection(input, code));
  const body = [...region, ...townships];
  const contents: Section = {
    id: 'contents',
    kind: 'contents',
    furniture: furniture(input, t('book.contents'), true),
    blocks: [
      { kind: 'heading', level: 1, text: t('book.contents') },
      {
        kind: 'contents',
        entries: body.map((s) => ({
          section: s.id,
          text:
            s.kind === 'township'
              ? placeName(input, s.id)
              : input.choice.kind === 'region'
                ? input.choice.name
                : s.id,
          level: s.kind === 'township' && region.length ? 2 : 1,
        })),
      },
    ],
  };
  return {
    title: input.title,
    language: input.locale,
    date: input.date,
    sections: [coverSection(input), contents, ...body],
    page: { widthMm: 210, heightMm: 297, marginMm: 15 },
  };
}
