/**
 * A second report end to end: data:add-source registers the invented report of tests/fixtures, a record
 * citing it passes every check (the one validation path of check:data and the build; before it, the
 * report's figures are to-dos, which never fail), and a citation that
 * is not in its own source is refused — by the checks and by `vite build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInputChecks } from '../../../build/inputs';
import { formatError } from '../../../src/data/errors';
import type { Activity, Source } from '../../../src/data/schema';
import { viteBuild } from './commands';
import { makeWorkspace } from './inputWorkspace';
import { addInventedSource, INVENTED_ID, INVENTED_PHRASE, inventedActivity } from './secondReport';

const ws = makeWorkspace();
afterAll(() => ws.dispose());
const registry = () => JSON.parse(readFileSync(join(ws.paths.dataDir, 'sources.json'), 'utf8')) as Source[];
const withRecord = (change: (a: Activity) => void = () => {}) =>
  ws.edit<Activity[]>('data/activities.json', (list) => {
    const a = inventedActivity();
    change(a);
    const at = list.findIndex((x) => x.id === a.id);
    if (at >= 0) list[at] = a;
    else list.push(a);
  });
const errorsOf = () => runInputChecks(ws.paths).errors.map(formatError);

describe('a second report', () => {
  it('data:add-source normalises and stores it, registers it and prints its sections', async () => {
    const before = registry().length;
    const { status, output } = await addInventedSource(ws);
    expect(status, output).toBe(0);
    expect(output).toContain(`registered ${INVENTED_ID}`);
    expect(output).toMatch(/^ {2}图书捐赠: 2019年3月/m);
    const entry = registry().find((s) => s.id === INVENTED_ID);
    expect(registry()).toHaveLength(before + 1);
    expect(entry?.published).toEqual({ year: 2019, month: 3, day: null });
    expect(entry?.normalisation).toEqual({
      stored: 'normalised',
      steps: ['pinyin-annotations', 'punctuation', 'traditional-to-simplified'],
    });
    const stored = readFileSync(join(ws.paths.sourcesDir, `${INVENTED_ID}.txt`), 'utf8');
    expect(stored).toContain(INVENTED_PHRASE);
  }, 60_000);

  it('refuses the same text twice, writing nothing', async () => {
    const before = readFileSync(join(ws.paths.dataDir, 'sources.json'), 'utf8');
    const { status, output } = await addInventedSource(ws);
    expect(status, output).toBe(1);
    expect(output).toContain(`the same text as ${INVENTED_ID}, already registered (source-duplicate)`);
    expect(readFileSync(join(ws.paths.dataDir, 'sources.json'), 'utf8')).toBe(before);
  }, 60_000);

  it('passes every check; without a record citing it, its figures are to-dos (not errors) until one does', () => {
    const before = runInputChecks(ws.paths);
    expect(before.errors.map(formatError)).toEqual([]);
    expect(before.todos.join('\n')).toContain(`[${INVENTED_ID}] text@`);
    withRecord();
    const after = runInputChecks(ws.paths);
    expect(after.errors.map(formatError)).toEqual([]);
    expect([...after.notices, ...after.todos].join(' ')).not.toContain(INVENTED_ID);
  });

  it('its phrase altered: a named error on the record', () => {
    withRecord((a) => (a.citation.phrase = INVENTED_PHRASE.replace('300册', '400册')));
    expect(errorsOf()).toContain(
      `activities.json [act-invented-books] citation.phrase: phrase not found in the normalised text of ${INVENTED_ID}: "${INVENTED_PHRASE.replace('300册', '400册')}" (citation-not-found)`,
    );
  });

  it.runIf(existsSync(join(ws.paths.sharedReportDir, '000_0027764fe652cbea.txt')))(
    'a phrase of the other report is refused: it is not in the source the citation names',
    () => {
      withRecord((a) => {
        a.citation = { ...a.citation, phrase: '会泽县新增列为沪滇扶贫协作县' };
        a.counts = [];
      });
      expect(errorsOf()).toContain(
        `activities.json [act-invented-books] citation.phrase: phrase not found in the normalised text of ${INVENTED_ID}: "会泽县新增列为沪滇扶贫协作县" (citation-not-found)`,
      );
    },
  );

  it('an unknown source is a named error', () => {
    withRecord((a) => (a.citation.source = 'src-nowhere'));
    expect(errorsOf()).toContain(
      'activities.json [act-invented-books] citation.source: unknown source "src-nowhere" (not in sources.json) (unknown-source)',
    );
  });

  it('vite build refuses a false citation and ships nothing', () => {
    withRecord((a) => (a.citation.phrase = INVENTED_PHRASE.replace('300册', '400册')));
    const outDir = join(ws.dir, 'dist');
    const { status, output } = viteBuild(outDir, { HUIZE_DATA_DIR: ws.paths.dataDir });
    expect(status, output).not.toBe(0);
    expect(output).toContain('DataLoadError');
    expect(output).toContain('activities.json [act-invented-books] citation.phrase: phrase not found');
    expect(existsSync(join(outDir, 'index.html')), 'nothing is shipped').toBe(false);
  }, 120_000);
});
