/**
 * What the checks need beside the data (src/data/checks CheckContext): the official code list and the
 * normalised texts of the registered sources. Node-only; the official list is read once per process.
 */
import type { CheckContext, SourceText } from '../src/data/checks';
import { loadOfficialDivisions, type OfficialDivisions } from '../src/data/official';
import { Source } from '../src/data/schema';
import type { RawDataset } from '../src/data/files';
import type { InputPaths } from './paths';
import { writesText } from '../src/sheet/writtenTexts';
import { absentNotice, readSourceTexts } from './sources';

const officialByCounties = new Map<string, OfficialDivisions>();

/** The official list, with the villages of the counties the places name (the full list is ~600,000 rows). */
function official(raw: RawDataset): OfficialDivisions {
  const counties = new Set<string>();
  for (const p of Array.isArray(raw.places) ? raw.places : []) {
    const code: unknown = (p as { official_code?: unknown }).official_code;
    if (typeof code === 'string' && code.length >= 9) counties.add(code.slice(0, 6));
  }
  const key = [...counties].sort().join(',');
  let list = officialByCounties.get(key);
  if (!list) officialByCounties.set(key, (list = loadOfficialDivisions(counties)));
  return list;
}

/** The registry's entries that parse (the schema check reports the others). */
function registered(raw: RawDataset): Source[] {
  if (!Array.isArray(raw.sources)) return [];
  return raw.sources.flatMap((s: unknown) => {
    const r = Source.safeParse(s);
    return r.success ? [r.data] : [];
  });
}

export interface InputContext {
  context: CheckContext;
  /** lines to say once: which source texts are absent, so not checked */
  notices: string[];
  /** the source text files the registry names */
  textFiles: string[];
  /** sources whose given text differs from the file the import leaves as it is */
  differs: string[];
}

/** How many records of the raw data cite each source (read without parsing, for the notice). */
function citationCounts(raw: RawDataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of [raw.activities, raw.pairings, raw.people]) {
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      const source: unknown = (r as { citation?: { source?: unknown } } | null)?.citation?.source;
      if (typeof source === 'string') counts.set(source, (counts.get(source) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The context for `raw`. `given` (a workbook's texts) stands in for the files an import writes (a source
 * kept normalised in the data's sources/), and for those whose whole folder is absent (a clone without
 * ../shared). Any other text is read from its file, which the import leaves as it is: a missing one is an
 * error as ever, and a workbook text that differs from it is named in `differs`.
 */
export function checkContext(
  raw: RawDataset,
  paths: InputPaths,
  given?: ReadonlyMap<string, SourceText>,
): InputContext {
  const sources = registered(raw);
  const written = new Set(sources.filter((s) => given?.has(s.id) && writesText(s)).map((s) => s.id));
  const { texts, absent, problems, files } = readSourceTexts(
    sources.filter((s) => !written.has(s.id)),
    paths,
  );
  const differs: string[] = [];
  for (const [id, text] of given ?? []) {
    const onDisk = texts.get(id);
    if (onDisk && onDisk.sha256 !== text.sha256) differs.push(id);
    if (!onDisk && !problems.has(id)) texts.set(id, text);
  }
  const shown = absent.filter((a) => !texts.has(a.id));
  const counts = citationCounts(raw);
  const notice = absentNotice(shown, (id) => counts.get(id) ?? 0);
  return {
    context: { official: official(raw), texts, textProblems: problems },
    notices: notice ? [notice] : [],
    textFiles: files,
    differs,
  };
}
