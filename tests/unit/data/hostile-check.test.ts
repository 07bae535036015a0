/**
 * check:data against hostile data (issue 27): a text that is not where its entry says, texts of megabytes,
 * thousands of copies, text fields no one should store. Each case runs the command (in this process) and
 * checks its exit code, the rule it names (file, record, field) and that nothing was written; the big
 * inputs are also checked in this process, within a memory bound, with only a hang guard on time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInputChecks } from '../../../build/inputs';
import { SOURCE_TEXT_MAX_BYTES, sizeLabel } from '../../../src/data/checks/sourceTexts';
import { TEXT_LIMIT_DEFAULT } from '../../../src/data/checks/textFields';
import { ERRORS_PER_RULE } from '../../../src/data/errors';
import type { Activity, Source } from '../../../src/data/schema';
import { fingerprint, rssMiB, tool } from './hostileKit';
import { makeWorkspace, realJson, type Workspace } from './inputWorkspace';

const sources = realJson<Source[]>('sources.json');
const report = sources[0]!;
const citing = ['activities.json', 'pairings.json', 'people.json']
  .flatMap((f) => realJson<{ citation: { source: string } }[]>(f))
  .filter((r) => r.citation.source === report.id).length;
const hasShared = existsSync(join('../shared/report', report.text.file));
const nowhere = join(tmpdir(), 'huize-no-shared-here');
const maxRssMiB = 1536;

/** Registers a text of the data's own sources/ folder, hashed as the checks hash it. */
function addText(w: Workspace, id: string, text: string) {
  mkdirSync(w.paths.sourcesDir, { recursive: true });
  writeFileSync(join(w.paths.sourcesDir, `${id}.txt`), text);
  w.edit<Source[]>('data/sources.json', (list) =>
    list.push({
      ...report,
      id,
      text: { folder: 'sources', file: `${id}.txt` },
      normalisation: { stored: 'normalised', steps: [] },
      text_sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    }),
  );
}

const FIGURES_LINE = '会泽县投入123万元，帮扶45户。\n';
const figures = (bytes: number) => FIGURES_LINE.repeat(Math.ceil(bytes / 40));
/** how many numbers `figures(bytes)` prints */
const figuresIn = (bytes: number) => Math.ceil(bytes / 40) * (FIGURES_LINE.match(/\d+/g) ?? []).length;

interface Case {
  name: string;
  setup: (w: Workspace) => void;
  env?: Record<string, string>;
  status: number;
  /** what the output must hold: the rule and where */
  says: string[];
  /** the case is also run in this process, for its memory */
  big?: boolean;
  skip?: boolean;
}

const cases: Case[] = [
  {
    name: 'the report registered in the sources folder instead of ../shared/report',
    setup: (w) => w.edit<Source[]>('data/sources.json', (l) => (l[0]!.text.folder = 'sources')),
    status: 1,
    says: [`sources.json [${report.id}] text.file:`, '(source-text-missing)'],
  },
  {
    name: 'a text file that is not in ../shared/report, which is there',
    setup: (w) => w.edit<Source[]>('data/sources.json', (l) => (l[0]!.text.file = 'not-there.txt')),
    status: 1,
    says: [`sources.json [${report.id}] text.file:`, 'not-there.txt', '(source-text-missing)'],
    skip: !hasShared,
  },
  {
    name: 'no ../shared at all in CI',
    setup: () => {},
    env: { HUIZE_SHARED_REPORT_DIR: nowhere, CI: 'true' },
    status: 1,
    says: [`sources.json [${report.id}] text.file:`, '(source-text-missing)'],
  },
  {
    name: 'no ../shared at all outside CI: a notice that counts the unchecked citations',
    setup: () => {},
    env: { HUIZE_SHARED_REPORT_DIR: nowhere },
    status: 0,
    says: [`NOTICE: source text absent: ${report.id}`, `; ${citing} citation(s)`],
  },
  {
    name: 'a 2.7 MB text',
    setup: (w) => addText(w, 'src-huge', figures(2.7e6)),
    status: 1,
    says: ['sources.json [src-huge] text.file:', `at most ${sizeLabel(SOURCE_TEXT_MAX_BYTES)}`],
    big: true,
  },
  {
    // A to-do, not a refusal (a new report opens with its first records): one notice with the count.
    name: 'a 1 MB text of figures no record quotes',
    setup: (w) => addText(w, 'src-figures', figures(1e6)),
    status: 0,
    says: [
      `sources.json [src-figures]: ${figuresIn(1e6)} figure(s) of this source are not on the map yet (report-figure-missing`,
      `and ${figuresIn(1e6) - ERRORS_PER_RULE} more like those above`,
      'check:data: OK',
    ],
    big: true,
  },
  {
    name: '5,000 copies of an activity',
    setup: (w) =>
      w.edit<Activity[]>('data/activities.json', (l) => {
        const a = l.find((x) => x.amounts.length + x.counts.length > 0)!;
        for (let i = 0; i < 5000; i++) l.push({ ...a, id: `${a.id}-copy-${i}` });
      }),
    status: 1,
    says: ['-copy-0] citation.phrase:', '(duplicate-record)', 'more duplicate-record error(s)'],
    big: true,
  },
  {
    name: 'a 100,000-character title and a right-to-left override',
    setup: (w) =>
      w.edit<Activity[]>('data/activities.json', (l) => {
        l[0]!.title_en = 'x'.repeat(100_000);
        l[1]!.title_zh = `\u202e${l[1]!.title_zh}`;
      }),
    status: 1,
    says: [`title_en: 100,000 characters: title_en holds at most ${TEXT_LIMIT_DEFAULT}`, 'U+202E'],
  },
  {
    name: 'a url that is not a well-formed address',
    setup: (w) => w.edit<Source[]>('data/sources.json', (l) => (l[0]!.url = 'http://[nope')),
    status: 1,
    says: [`sources.json [${report.id}] url:`, '(schema)'],
  },
];

describe('check:data on hostile data', () => {
  const spaces: Workspace[] = [];
  afterAll(() => spaces.forEach((w) => w.dispose()));
  const realBefore = fingerprint('data', 'geo');

  it.each(cases.filter((c) => !c.skip))(
    '$name',
    async ({ setup, env, status, says, big }) => {
      const w = makeWorkspace();
      spaces.push(w);
      setup(w);
      const before = fingerprint(w.dir);
      const r = await tool('data/check-data.ts', ['--data-dir', w.paths.dataDir], env);
      expect(r.status, r.output).toBe(status);
      for (const s of says) expect(r.output, r.output.slice(0, 4000)).toContain(s);
      expect(r.output).not.toContain('RangeError');
      expect(r.output.split('\n').length, 'errors are capped per rule').toBeLessThan(40 * ERRORS_PER_RULE);
      expect(fingerprint(w.dir)).toEqual(before);
      if (big) {
        const checked = runInputChecks(w.paths);
        // What the case holds is an error, or else a to-do (status 0); either is said in capped lines.
        expect((status === 0 ? checked.todos : checked.errors).length).toBeGreaterThan(0);
        expect(checked.errors.length).toBeLessThan(40 * ERRORS_PER_RULE);
        expect(checked.todos.join('\n').split('\n').length).toBeLessThan(40 * ERRORS_PER_RULE);
        expect(rssMiB()).toBeLessThan(maxRssMiB);
      }
    },
    120_000,
  );

  it('left the real data/ and geo/ as they were', () => {
    expect(fingerprint('data', 'geo')).toEqual(realBefore);
  });
});
