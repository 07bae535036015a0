/**
 * `tsx bench/ab.ts A B [--runs N] [--phone] [--page FILE]`: the cold load of two builds, A and B (folders
 * of the app built with HUIZE_TEST_HOOKS=1, or of the floor pages with --page floor-labels.html), alternated in fresh contexts, each run A then B, then medians and the
 * B/A ratio. How the attempts in bench/README.md were measured: build the change into one folder and the
 * code before it into the other, then compare on the same machine in the same minutes.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/browser';
import { host } from './lib/config';
import { loadMs } from './lib/measure/load';
import { pageProfiles, withReadyPage } from './lib/page';
import { serve, stopServers, stopServersOnSignal } from './lib/servers';
import { median, round } from './lib/stats';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '7' },
    phone: { type: 'boolean', default: false },
    page: { type: 'string', default: '' },
  },
});
if (positionals.length !== 2)
  throw new Error('usage: tsx bench/ab.ts DIR_A DIR_B [--runs N] [--phone] [--page FILE]');
const dirs = positionals as [string, string];
const runs = Number(values.runs);
const profile = values.phone ? pageProfiles.phone : pageProfiles.desktop;
const ports = [4186, 4187] as const;

async function main(): Promise<void> {
  stopServersOnSignal();
  await Promise.all(dirs.map((dir, i) => serve(dir, ports[i]!, values.page)));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const loads: [number[], number[]] = [[], []];
  try {
    for (let run = -1; run < runs; run++) {
      for (const i of [0, 1] as const) {
        const url = `http://${host}:${ports[i]}/${values.page}`;
        const ms = await withReadyPage(browser, url, async (_, page) => (await loadMs(page)).ms, profile);
        // Run -1 warms both up and is not counted.
        if (run >= 0) loads[i].push(ms);
      }
      if (run >= 0)
        console.log(
          `· run ${run + 1}/${runs}: A ${round(loads[0].at(-1)!)} ms, B ${round(loads[1].at(-1)!)} ms`,
        );
    }
  } finally {
    await browser.close();
    stopServers();
  }
  const [a, b] = loads.map(median) as [number, number];
  console.log(
    `\n${profile.name}: A (${dirs[0]}) ${round(a)} ms, B (${dirs[1]}) ${round(b)} ms, B/A ${round(b / a, 3)}`,
  );
}

main().catch((error: unknown) => {
  stopServers();
  console.error(`ab failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
