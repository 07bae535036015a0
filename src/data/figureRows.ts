/**
 * The shown activities as one row per figure, for the downloads: every amount and count of a record on a row
 * of its own, its value a number, with what it needs to be summed honestly beside it (whether it may be
 * added, what it is part of, the townships that share it) and the citation it comes from. Pure and
 * language-neutral: both names where the records have both; the table's download turns the rows into cells
 * with headers in the reader's language.
 */
import type { Activity, Count, Place } from './schema';
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
  countedAs: string | null;
  /** false for a stated total, an "of which" part or a prospective count: never add it to others */
  summable: boolean | null;
  whatZh: string | null;
  whatEn: string | null;
  asWritten: string | null;
  /** true when several townships share the figure undivided */
  shared: boolean;
  /** "<record id>#<count key>" of the whole an "of which" part belongs to */
  partOf: string | null;
  source: string;
  section: string;
  phrase: string;
}

const precisionOrder: readonly Place['precision'][] = ['exact', 'village', 'township', 'county'];

export function figureRows(data: HuizeData, activities: readonly Activity[]): FigureRow[] {
  const name = (id: string, lang: 'zh' | 'en') => {
    const record = data.places.get(id) ?? data.organisations.get(id);
    return record ? (lang === 'zh' ? record.name_zh : record.name_en) : id;
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
    };
    return amounts.length + counts.length > 0 ? [...amounts, ...counts] : [none];
  });
}
