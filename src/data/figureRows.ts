/**
 * The shown activities as one row per figure, for the downloads: every amount and count of a record on a row
 * of its own, its value a number, with what it needs to be summed honestly beside it (whether it may be
 * added, what it is part of, the townships that share it) and the citation it comes from. Pure and
 * language-neutral: both names where the records have both (the source's, the whole a part belongs to); the
 * table's download turns the rows into cells in the reader's language, keeping ids in columns of their own.
 */
import type { Activity, Amount, Count, Place } from './schema';
import type { HuizeData } from './load';

export interface FigureRow {
  activityId: string;
  titleZh: string;
  titleEn: string;
  category: Activity['category'];
  /** the proven townships of the record's places, in code order */
  townshipCodes: string[];
  townshipNamesZh: string[];
  townshipNamesEn: string[];
  scope: Activity['scope'];
  /** the precision of the record's places, each once, finest first */
  precision: Place['precision'][];
  actorsZh: string[];
  actorsEn: string[];
  year: number | null;
  month: number | null;
  /** "since" for 以来 */
  dateRelation: 'in' | 'since' | null;
  /** null on the one row of a record without figures (so every shown record has a row) */
  kind: 'amount' | 'count' | null;
  value: number | null;
  /** "wan-yuan" (万元) for amounts, the count's unit otherwise */
  unit: Count['unit'] | 'wan-yuan' | null;
  /** an amount's kind (funds, in-kind-value, sponsorship) or what a count counts (beneficiaries, …) */
  countedAs: Amount['kind'] | Count['counted_as'] | null;
  /** false for a stated total, an "of which" part or a prospective count: never add it to others */
  summable: boolean | null;
  whatZh: string | null;
  whatEn: string | null;
  asWritten: string | null;
  /** true when several townships share the figure undivided */
  shared: boolean;
  /** "<record id>#<count key>" of the whole an "of which" part belongs to */
  partOf: string | null;
  /** that whole named for a reader: its record's title and what the whole counts (null where unknown) */
  whole: Whole | null;
  /** the source's id (for joins) and its names */
  source: string;
  sourceZh: string;
  sourceEn: string;
  section: string;
  phrase: string;
}

export interface Whole {
  titleZh: string;
  titleEn: string;
  whatZh: string | null;
  whatEn: string | null;
}

const precisionOrder: readonly Place['precision'][] = ['exact', 'village', 'township', 'county'];

export function figureRows(data: HuizeData, activities: readonly Activity[]): FigureRow[] {
  const name = (id: string, lang: 'zh' | 'en') => {
    const record = data.places.get(id) ?? data.organisations.get(id);
    return record ? (lang === 'zh' ? record.name_zh : record.name_en) : id;
  };
  // The whole of an "of which" part, so a reader sees which record's figure it is part of, not its id.
  const whole = (partOf: string | null): Whole | null => {
    const [recordId = '', key] = partOf?.split('#') ?? [];
    const record = data.activities.get(recordId);
    if (!record) return null;
    const count = record.counts.find((c) => c.key === key);
    return {
      titleZh: record.title_zh,
      titleEn: record.title_en,
      whatZh: count?.what_zh ?? null,
      whatEn: count?.what_en ?? null,
    };
  };
  return activities.flatMap((a) => {
    const codes = [...data.townshipsOf(a)].sort();
    const places = a.places.map((id) => data.places.get(id)).filter((p): p is Place => p !== undefined);
    const base = {
      activityId: a.id,
      titleZh: a.title_zh,
      titleEn: a.title_en,
      category: a.category,
      townshipCodes: codes,
      townshipNamesZh: codes.map((c) => name(c, 'zh')),
      townshipNamesEn: codes.map((c) => name(c, 'en')),
      scope: a.scope,
      precision: precisionOrder.filter((p) => places.some((place) => place.precision === p)),
      actorsZh: a.actors.map((id) => name(id, 'zh')),
      actorsEn: a.actors.map((id) => name(id, 'en')),
      year: a.date?.year ?? null,
      month: a.date?.month ?? null,
      dateRelation: a.date?.relation ?? null,
      shared: codes.length > 1,
      source: a.citation.source,
      sourceZh: data.sources.get(a.citation.source)?.name_zh ?? a.citation.source,
      sourceEn: data.sources.get(a.citation.source)?.name_en ?? a.citation.source,
      section: a.citation.section,
      phrase: a.citation.phrase,
    };
    const amounts: FigureRow[] = a.amounts.map((m) => ({
      ...base,
      kind: 'amount',
      value: m.value_wan,
      unit: 'wan-yuan',
      countedAs: m.kind,
      summable: m.additive,
      whatZh: m.what_zh,
      whatEn: m.what_en,
      asWritten: m.as_written,
      partOf: null,
      whole: null,
    }));
    const counts: FigureRow[] = a.counts.map((c) => ({
      ...base,
      kind: 'count',
      value: c.value,
      unit: c.unit,
      countedAs: c.counted_as,
      summable: c.part_of === null && !c.prospective,
      whatZh: c.what_zh,
      whatEn: c.what_en,
      asWritten: c.as_written,
      partOf: c.part_of,
      whole: whole(c.part_of),
    }));
    const none: FigureRow = {
      ...base,
      kind: null,
      value: null,
      unit: null,
      countedAs: null,
      summable: null,
      whatZh: null,
      whatEn: null,
      asWritten: null,
      partOf: null,
      whole: null,
    };
    return amounts.length + counts.length > 0 ? [...amounts, ...counts] : [none];
  });
}
