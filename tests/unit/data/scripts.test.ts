/**
 * The data scripts run their commands: the other suites run the commands in this process (hostileKit.ts
 * tool), so here each script is run once for real, as `npm run …` runs it, on a refusal that costs little,
 * and must end with the same status and print the same lines as its command in this process. The order
 * of stdout against stderr is lost between two pipes, so the lines are compared as sorted lists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './commands';
import { tool } from './hostileKit';
import { INVENTED_FILE } from './secondReport';

const scratch = mkdtempSync(join(tmpdir(), 'huize-scripts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const emptyDir = join(scratch, 'empty');
const notAWorkbook = join(scratch, 'notes.xlsx');
writeFileSync(notAWorkbook, 'id,title\nact-1,hello\n');

/** The lines printed, sorted; check:data's time taken differs from run to run. */
const lines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/\d+ ms\)$/, 'N ms)'))
    .sort();

const cases: { script: string; args: string[]; env: Record<string, string>; status: number; says: string }[] =
  [
    {
      // the data folder from the environment: the folder is missing its files (and the geo has no records)
      script: 'data/check-data.ts',
      args: [],
      env: { HUIZE_DATA_DIR: emptyDir },
      status: 1,
      says: 'sources.json [(file)] (json): file not found (json)',
    },
    {
      script: 'data/import-sheet.ts',
      args: [notAWorkbook, '--data-dir', emptyDir],
      env: {},
      status: 1,
      says: `WorkbookFileError: not an .xlsx workbook: ${notAWorkbook}`,
    },
    {
      // a wrong command line: the usage, status 2
      script: 'data/add-source.ts',
      args: [INVENTED_FILE, '--title', '虚构', '--data-dir', emptyDir],
      env: {},
      status: 2,
      says: 'usage: npm run data:add-source',
    },
  ];

describe('each data script runs its command', () => {
  it.each(cases)(
    '$script',
    async ({ script, args, env, status, says }) => {
      const real = run('npx', ['tsx', script, ...args], { CI: '', ...env });
      const inProcess = await tool(script, args, env);
      expect(real.status, real.output).toBe(status);
      expect(inProcess.status, inProcess.output).toBe(status);
      expect(real.output).toContain(says);
      expect(lines(inProcess.output)).toEqual(lines(real.output));
    },
    60_000,
  );
});
