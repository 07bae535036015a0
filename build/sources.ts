/**
 * The texts of the source documents sources.json registers, read and normalised as each entry says, for
 * the checks (src/data/checks: citations, names, figure coverage, the registered hash). Node-only. A text
 * that is absent is not an error here: its checks are skipped and the caller says so once (absentNotice).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceText } from '../src/data/checks';
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

function readText(path: string, source: TextRef): SourceText | null {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  const hit = cache.get(path);
  if (
    hit &&
    hit.mtimeMs === stat.mtimeMs &&
    hit.size === stat.size &&
    hit.stored === source.normalisation.stored
  )
    return hit.text;
  const normalised = normalisedText(readFileSync(path, 'utf8'), source);
  const text = { report: splitReport(normalised), sha256: sha256(normalised) };
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, stored: source.normalisation.stored, text });
  return text;
}

export interface SourceTexts {
  texts: Map<string, SourceText>;
  /** the registered sources whose text file is not there */
  absent: { id: string; path: string }[];
  /** every text file the registry names, present or not (for watch lists) */
  files: string[];
}

export function readSourceTexts(sources: readonly Source[], paths: InputPaths): SourceTexts {
  const texts = new Map<string, SourceText>();
  const absent: SourceTexts['absent'] = [];
  const files: string[] = [];
  for (const s of sources) {
    const path = textPath(s, paths);
    files.push(path);
    const text = readText(path, s);
    if (text) texts.set(s.id, text);
    else absent.push({ id: s.id, path });
  }
  return { texts, absent, files };
}

/** The one line that says which texts were not there, and what was therefore not checked; null if none. */
export function absentNotice(absent: SourceTexts['absent']): string | null {
  if (absent.length === 0) return null;
  const list = absent.map((a) => `${a.id} (${a.path})`).join(', ');
  return `NOTICE: source text absent: ${list}; the citations, names and figures against it were NOT checked.`;
}
