/**
 * The real commands, not just the functions behind them: `vite build` and `npm run check:data` pointed at
 * a broken copy of data/ (HUIZE_DATA_DIR / --data-dir) must exit non-zero and print the named error.
 * The build goes to a temporary outDir and serves nothing, so it needs no lock against the e2e builds.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/data/schema';
import { run, viteBuild } from './commands';
import { makeWorkspace, realJson } from './inputWorkspace';

const activities = realJson<Activity[]>('activities.json');
const broken = activities.findIndex((a) => a.places.length > 0);
const brokenId = activities[broken]!.id;

describe('the build and check:data on broken data', () => {
  const dangling = makeWorkspace();
  dangling.edit<Activity[]>('data/activities.json', (a) => (a[broken]!.places[0] = 'place-nowhere'));
  const notJson = makeWorkspace();
  notJson.write('data/organisations.json', '[{"id": "org-x", ');
  afterAll(() => {
    dangling.dispose();
    notJson.dispose();
  });

  it('vite build exits non-zero with the DataLoadError naming file, record and field', () => {
    const outDir = join(dangling.dir, 'dist');
    const { status, output } = run('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
      HUIZE_DATA_DIR: dangling.paths.dataDir,
    });
    expect(status, output).not.toBe(0);
    expect(output).toContain('DataLoadError');
    expect(output).toContain(`activities.json [${brokenId}] places.0: unknown place "place-nowhere"`);
    expect(existsSync(join(outDir, 'index.html')), 'nothing is shipped').toBe(false);
  }, 120_000);

  it('check:data exits 1 with a line naming file, record and field for a dangling reference', () => {
    const { status, output } = run('npx', [
      'tsx',
      'data/check-data.ts',
      '--data-dir',
      dangling.paths.dataDir,
    ]);
    expect(status, output).toBe(1);
    expect(output).toContain(
      `activities.json [${brokenId}] places.0: unknown place "place-nowhere" (unknown-ref)`,
    );
  }, 120_000);

  it('check:data exits 1 naming the file that is not JSON (HUIZE_DATA_DIR works too)', () => {
    const { status, output } = run('npx', ['tsx', 'data/check-data.ts'], {
      HUIZE_DATA_DIR: notJson.paths.dataDir,
    });
    expect(status, output).toBe(1);
    expect(output).toMatch(/^organisations\.json \[\(file\)\] \(json\): .+ \(json\)$/m);
  }, 120_000);
});

describe('the build and check:data without a source text', () => {
  // CI='' : with CI set, an absent ../shared is an error (hostile-check.test.ts).
  const absent = { HUIZE_SHARED_REPORT_DIR: join(tmpdir(), 'huize-no-report-here'), CI: '' };
  const notice = /NOTICE: source text absent: src-zhujiang-baoshan-huize \([^)]*\); \d+ citation\(s\)/g;
  const outDir = mkdtempSync(join(tmpdir(), 'huize-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('check:data passes the other checks and says once what it did not check', () => {
    const { status, output } = run('npx', ['tsx', 'data/check-data.ts'], absent);
    expect(status, output).toBe(0);
    expect(output.match(notice), output).toHaveLength(1);
    expect(output).not.toContain('every citation found');
  }, 120_000);

  it('vite build says it once too', () => {
    const { status, output } = viteBuild(outDir, absent);
    expect(status, output).toBe(0);
    expect(output.match(notice), output).toHaveLength(1);
  }, 120_000);
});
