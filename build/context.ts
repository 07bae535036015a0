/**
 * What the checks need beside the data (src/data/checks CheckContext): the official code list and the
 * normalised texts of the registered sources. Node-only; the official list is read once per process.
 */
import type { CheckContext } from '../src/data/checks';
import { loadOfficialDivisions, type OfficialDivisions } from '../src/data/official';
import { Source } from '../src/data/schema';
import type { RawDataset } from '../src/data/files';
import type { InputPaths } from './paths';
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

export function checkContext(raw: RawDataset, paths: InputPaths): InputContext {
  const { texts, absent, problems, files } = readSourceTexts(registered(raw), paths);
  const counts = citationCounts(raw);
  const notice = absentNotice(absent, (id) => counts.get(id) ?? 0);
  return {
    context: { official: official(raw), texts, textProblems: problems },
    notices: notice ? [notice] : [],
    textFiles: files,
  };
}
