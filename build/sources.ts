/**
 * The texts of the source documents sources.json registers, read and normalised as each entry says, for
 * the checks (src/data/checks: citations, names, figure coverage, the registered hash). Node-only. A text
 * whose whole folder is absent is not an error: its checks are skipped and the caller says once how many
 * citations that left unchecked (absentNotice); a text missing from a folder that is there is an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceText } from '../src/data/checks';
import { SOURCE_TEXT_MAX_BYTES } from '../src/data/checks/sourceTexts';
import type { TextProblem } from '../src/data/checks/types';
import { normaliseReport } from '../src/data/normalise';
import { splitReport } from '../src/data/report';
import type { Source } from '../src/data/schema';
import type { InputPaths } from './paths';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

type TextRef = Pick<Source, 'text' | 'normalisation'>;

/** Where a source's text file is. */
export function textPath(
  source: Pick<Source, 'text'>,
  paths: Pick<InputPaths, 'sharedReportDir' | 'sourcesDir'>,
) {
  const dir = source.text.folder === 'shared-report' ? paths.sharedReportDir : paths.sourcesDir;
  return join(dir, source.text.file);
}

/** The normalised text as the checks read it: an as-scraped file goes through the normaliser. */
export function normalisedText(raw: string, source: TextRef): string {
  return source.normalisation.stored === 'as-scraped' ? normaliseReport(raw) : raw;
}

/** Texts already read, by path: the XSS build checks the same data hundreds of times. */
const cache = new Map<string, { mtimeMs: number; size: number; stored: string; text: SourceText }>();

type Read = { text: SourceText } | { absent: true } | { problem: TextProblem };

function readText(path: string, source: TextRef): Read {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    // Only a whole folder that is absent (a clone without ../shared) leaves the text unchecked.
    return existsSync(dirname(path)) ? { problem: { kind: 'missing', path } } : { absent: true };
  }
  if (!stat.isFile()) return { problem: { kind: 'missing', path } };
  if (stat.size > SOURCE_TEXT_MAX_BYTES) return { problem: { kind: 'too-large', path, bytes: stat.size } };
  const hit = cache.get(path);
  if (
    hit &&
    hit.mtimeMs === stat.mtimeMs &&
    hit.size === stat.size &&
    hit.stored === source.normalisation.stored
  )
    return { text: hit.text };
  const normalised = normalisedText(readFileSync(path, 'utf8'), source);
  const text = { report: splitReport(normalised), sha256: sha256(normalised) };
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, stored: source.normalisation.stored, text });
  return { text };
}

export interface SourceTexts {
  texts: Map<string, SourceText>;
  /** the registered sources whose whole text folder is absent: not checked, and said once */
  absent: { id: string; path: string }[];
  /** texts that are not there in a folder that is, or too large: errors (checks/sourceTexts.ts) */
  problems: Map<string, TextProblem>;
  /** every text file the registry names, present or not (for watch lists) */
  files: string[];
}

/**
 * Reads each registered text. A text in the data's own sources/ folder is never "absent": that folder
 * belongs to the data, so a missing one is an error; so is an absent ../shared when `requireShared` (CI).
 */
export function readSourceTexts(sources: readonly Source[], paths: InputPaths): SourceTexts {
  const texts = new Map<string, SourceText>();
  const absent: SourceTexts['absent'] = [];
  const problems = new Map<string, TextProblem>();
  const files: string[] = [];
  for (const s of sources) {
    const path = textPath(s, paths);
    files.push(path);
    const read = readText(path, s);
    if ('text' in read) texts.set(s.id, read.text);
    else if ('problem' in read) problems.set(s.id, read.problem);
    else if (s.text.folder === 'sources' || paths.requireSharedTexts)
      problems.set(s.id, { kind: 'missing', path });
    else absent.push({ id: s.id, path });
  }
  return { texts, absent, problems, files };
}

/**
 * The one line that says which texts were not there, and how many citations were therefore not checked;
 * null if none.
 */
export function absentNotice(
  absent: SourceTexts['absent'],
  citationsOf: (id: string) => number,
): string | null {
  if (absent.length === 0) return null;
  const list = absent.map((a) => `${a.id} (${a.path})`).join(', ');
  const unchecked = absent.reduce((n, a) => n + citationsOf(a.id), 0);
  return `NOTICE: source text absent: ${list}; ${unchecked} citation(s) and the names and figures against it were NOT checked (CI, which has ../shared, checks them all).`;
}
