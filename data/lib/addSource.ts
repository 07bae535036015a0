/**
 * `npm run data:add-source`: registers a scraped text as a source document. The text goes through the
 * project's normaliser (src/data/normalise.ts) and is stored normalised in the sources folder; its entry
 * (data/sources.json) records what the normaliser changed and the SHA-256 of the stored text. The same text
 * twice is refused (also when saved with a byte-order mark or Windows line ends), and so are an empty,
 * binary or undecodable file (GBK is converted) and a data folder without sources.json unless --init.
 * Nothing is written unless everything is in order, and a failed write leaves nothing behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexDataset } from '../../src/data/checks';
import { checkTextFields } from '../../src/data/checks/textFields';
import { DATA_FILES } from '../../src/data/files';
import { normalise } from '../../src/data/normalise';
import { splitReport, type SplitReport } from '../../src/data/report';
import { Source, Sources, type PublishedDate } from '../../src/data/schema';
import { decodeTextBytes, TextBytesError } from '../../src/data/textBytes';
import type { InputPaths } from '../../build/paths';
import { readSourceTexts, sha256 } from '../../build/sources';
import { writeSource } from './writeSource';

export class AddSourceError extends Error {
  override readonly name = 'AddSourceError';
  constructor(
    readonly code:
      | 'source-duplicate'
      | 'source-id-taken'
      | 'source-invalid'
      | 'source-unreadable'
      | 'registry-invalid'
      | 'registry-missing',
    message: string,
  ) {
    super(`${message} (${code})`);
  }
}

export interface AddSourceOptions {
  /** the scraped text file */
  file: string;
  title: string;
  outlet: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date?: string;
  /** what the text supports about its date, when no date is given */
  dateNote?: string;
  url?: string;
  author?: string;
  id?: string;
  nameZh?: string;
  nameEn?: string;
  language?: string;
  /** start a new data folder: without it, a folder without sources.json is refused (a misspelt --data-dir) */
  init?: boolean;
}

export interface AddedSource {
  source: Source;
  textFile: string;
  report: SplitReport;
  /** the encoding the file was read in, when not UTF-8 (it is stored as UTF-8) */
  convertedFrom: string | null;
}

function publishedDate(date: string | undefined): PublishedDate | null {
  if (date === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new AddSourceError('source-invalid', `--date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const n = (s: string | undefined) => (s === undefined ? null : Number(s));
  return { year: Number(m[1]), month: n(m[2]), day: n(m[3]) };
}

function readRegistry(paths: InputPaths, init: boolean): Source[] {
  const file = join(paths.dataDir, DATA_FILES.sources);
  if (!existsSync(file)) {
    if (init) return [];
    throw new AddSourceError(
      'registry-missing',
      `${paths.dataDir} has no ${DATA_FILES.sources}: not a data folder (is --data-dir misspelt?); pass --init to start a new one there`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AddSourceError('registry-invalid', `${file}: ${(e as Error).message}`);
  }
  const r = Sources.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new AddSourceError('registry-invalid', `${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  // A registered text that is not where its entry says would leave its duplicate unseen and its citations
  // unchecked: the registry is put right first.
  const { problems } = readSourceTexts(r.data, paths);
  if (problems.size > 0) {
    const list = [...problems].map(
      ([id, p]) => `${id}: ${p.kind === 'missing' ? 'no text at' : 'too large:'} ${p.path}`,
    );
    throw new AddSourceError('registry-invalid', `${file}: ${list.join('; ')}`);
  }
  return r.data;
}

/** The file's text, decoded (UTF-8, or GBK converted) and with its byte-order mark and \r removed. */
function readSourceFile(file: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new AddSourceError('source-unreadable', `cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return decodeTextBytes(bytes, file);
  } catch (e) {
    if (e instanceof TextBytesError)
      throw new AddSourceError('source-unreadable', `${e.message} (${e.problem})`);
    throw e;
  }
}

export function addSource(opts: AddSourceOptions, paths: InputPaths): AddedSource {
  const registry = readRegistry(paths, opts.init ?? false);
  const decoded = readSourceFile(opts.file);
  // Hashed after the BOM and \r are gone, so the same report saved by another editor is the same text.
  const normalised = normalise(decoded.text);
  const hash = sha256(normalised.text);
  const same = registry.find((s) => s.text_sha256 === hash);
  if (same) {
    throw new AddSourceError(
      'source-duplicate',
      `${opts.file} is the same text as ${same.id}, already registered`,
    );
  }
  const published = publishedDate(opts.date);
  const id = opts.id ?? `src-${published ? `${published.year}-` : ''}${hash.slice(0, 8)}`;
  if (registry.some((s) => s.id === id))
    throw new AddSourceError('source-id-taken', `${id} is already registered`);
  const textName = `${id}.txt`;
  const candidate = {
    id,
    name_zh: opts.nameZh ?? `${opts.outlet}：${opts.title}`,
    name_en: opts.nameEn ?? opts.nameZh ?? `${opts.outlet}: ${opts.title}`,
    title: opts.title,
    outlet: opts.outlet,
    author: opts.author ?? null,
    published,
    published_note:
      opts.dateNote ??
      (published
        ? null
        : 'No publication date was given when this source was added (data:add-source); say here what its text supports.'),
    url: opts.url ?? null,
    language: opts.language ?? 'zh',
    script: 'Hans',
    script_as_scraped: normalised.scriptAsScraped,
    text: { folder: 'sources', file: textName },
    normalisation: { stored: 'normalised', steps: normalised.steps },
    text_sha256: hash,
    notes: [],
  };
  const parsed = Source.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AddSourceError('source-invalid', `${issue.path.join('.') || id}: ${issue.message}`);
  }
  const [fieldError] = checkTextFields(
    indexDataset({
      sources: [parsed.data],
      organisations: [],
      places: [],
      activities: [],
      pairings: [],
      people: [],
    }),
    { official: null, texts: new Map() },
  );
  if (fieldError) throw new AddSourceError('source-invalid', `${fieldError.field}: ${fieldError.message}`);
  const textFile = join(paths.sourcesDir, textName);
  if (existsSync(textFile)) throw new AddSourceError('source-id-taken', `${textFile} already exists`);
  writeSource(paths, textFile, normalised.text, [...registry, parsed.data]);
  return {
    source: parsed.data,
    textFile,
    report: splitReport(normalised.text),
    convertedFrom: decoded.encoding === 'utf-8' ? null : decoded.encoding,
  };
}

/** What the script prints: the entry and the sections a citation can name. */
export function describeAdded({ source, textFile, report, convertedFrom }: AddedSource): string[] {
  const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  return [
    ...(convertedFrom ? [`data:add-source: ${convertedFrom} text converted to UTF-8`] : []),
    `data:add-source: registered ${source.id} (${source.name_zh}); text stored in ${textFile}`,
    `  normalised: ${source.normalisation.steps.join(', ') || 'nothing to undo'}; scraped in ${source.script_as_scraped}`,
    'sections a citation can name (section: its text):',
    `  lead: ${clip(report.lead)}`,
    ...report.sections.map((s) => `  ${s.heading}: ${clip(s.body)} (${s.body.length} characters)`),
    ...(report.captions.length > 0 ? [`  caption: ${report.captions.map(clip).join(' | ')}`] : []),
    `cite it as {"source": "${source.id}", "section": …, "phrase": …}; check:data lists every figure of it no record covers yet.`,
    ...(source.published === null
      ? [`published is null: edit published_note in sources.json to say what the text supports.`]
      : []),
  ];
}
