/**
 * geo:import against files that would be written wrong without a word (issue 27): codes that disagree with
 * the names on the same feature, the project's own schematic cells, and command lines it cannot read. Each
 * is refused with its own kind (or usage and exit 2), leaving the output and geo/ as they were; an unknown
 * code with a known name is imported by name, with a warning that says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  importBoundaries,
  importCommand,
  importErrorKinds,
  type ImportErrorKind,
} from '../../../geo/scripts/import-boundaries';
import { fingerprint } from '../data/hostileKit';
import { run } from '../data/commands';
import { attempt, cells, counties, geojson, kindOf, mapCoords, sentinel, tempDir } from './importFixtures';

const { dir, write } = tempDir('huize-hostile-match-');
const NAGU = '530326102';
const YICHE = '530326103';
const nameOf = (code: string) => cells.features.find((f) => f.properties!.code === code)!.properties!.name_zh;
/** ≈ 1 m east: not the cells' exact shapes, still tiling the county. */
const moved = (p: Position): Position => [p[0]! + 1e-5, p[1]!];

/** The cells with a code and a name field each, `fields` changing them, positions through `at`. */
const coded = (
  fields: (code: string, name: string) => Record<string, unknown> = (code, name) => ({
    XZDM: code,
    XZMC: name,
  }),
  at: (p: Position) => Position = moved,
) =>
  geojson(
    cells.features.map((f) => ({
      polygons: mapCoords(f, at),
      properties: fields(f.properties!.code as string, f.properties!.name_zh as string),
    })),
  );

const swap = (code: string) => (code === NAGU ? YICHE : code === YICHE ? NAGU : code);

const hostile: { name: string; kind: ImportErrorKind; make: () => string; says: string[] }[] = [
  {
    name: 'the codes of 娜姑镇 and 迤车镇 swapped',
    kind: 'code-name',
    make: () =>
      write(
        'swapped.geojson',
        coded((code, name) => ({ XZDM: swap(code), XZMC: name })),
      ),
    says: [NAGU, YICHE, nameOf(NAGU), nameOf(YICHE)],
  },
  {
    name: 'the 12-digit code of one township on another',
    kind: 'code-name',
    make: () =>
      write(
        'swapped12.geojson',
        coded((code, name) => ({ CODE: `${swap(code)}000`, NAME: name })),
      ),
    says: [`its code ${YICHE} is ${nameOf(YICHE)} but its name "${nameOf(NAGU)}"`],
  },
  {
    name: "the project's schematic cells, with names",
    kind: 'schematic',
    make: () =>
      write(
        'cells.geojson',
        coded(
          (_, name) => ({ name }),
          (p) => p,
        ),
      ),
    says: ['exactly the shapes of the schematic cells'],
  },
  {
    name: 'geo/townships.geojson itself',
    kind: 'schematic',
    make: () => write('townships-copy.geojson', readFileSync('geo/townships.geojson')),
    says: ['25 feature(s) say precision "schematic"'],
  },
];

describe('geo:import refuses what it would write wrong', () => {
  it.each(hostile)(
    '$name ($kind)',
    async ({ kind, make, says }) => {
      const r = await attempt(make());
      expect(kindOf(r.error), String(r.error)).toBe(kind);
      for (const s of says) expect(String(r.error)).toContain(s);
      expect(r.wrote).toBe(false);
      expect(importErrorKinds[kind]).toBeTruthy();
    },
    60_000,
  );

  it('imports an unknown code with a known name by its name, and warns', async () => {
    const out = join(dir, 'warned.geojson');
    const lines: string[] = [];
    const r = await importBoundaries(
      write(
        'unknown-code.geojson',
        coded((code, name) => ({ XZDM: code === NAGU ? '530326999' : code, XZMC: name })),
      ),
      out,
      { counties, log: (l) => lines.push(l) },
    );
    const warning = `code 530326999 is not a township of Huize; matched by its name "${nameOf(NAGU)}" to ${nameOf(NAGU)} (${NAGU})`;
    expect(r.warnings).toEqual([expect.stringContaining(warning)]);
    expect(lines.join('\n')).toContain(`warning: feature`);
    expect(r.matchedBy[NAGU]).toBe(`name "${nameOf(NAGU)}"`);
  }, 60_000);
});

describe('geo:import command line', () => {
  const input = write('cli.geojson', coded());
  const cases = [
    { name: '--crs without a value', args: [input, '--crs'], says: '--crs needs a value' },
    {
      name: '--crs followed by another option',
      args: [input, '--crs', '--out', 'x'],
      says: '--crs needs a value',
    },
    { name: 'an extra argument', args: [input, 'extra.geojson'], says: 'one file only, not 2' },
    { name: 'an unknown option', args: [input, '--force'], says: 'unknown option --force' },
    { name: 'no file', args: [], says: 'give the file to import' },
    { name: '--help', args: ['--help'], says: 'usage: npm run geo:import' },
  ];

  /** The command in this process, its lines captured in order (as `run` gives a child's output). */
  const command = async (args: string[]) => {
    const lines: string[] = [];
    const print = (line: unknown) => void lines.push(String(line));
    const status = await importCommand(args, { log: print, error: print });
    return { status, output: lines.join('\n') };
  };
  const withOut = (args: string[], out: string) => [
    ...args,
    ...(args.includes('--out') ? [] : ['--out', out]),
  ];

  it.each(cases)('$name: usage, exit 2, nothing written', async ({ args, says }) => {
    const out = write('cli-out.geojson', sentinel);
    const geoBefore = fingerprint('geo');
    const r = await command(withOut(args, out));
    expect(r.status, r.output).toBe(2);
    expect(r.output).toContain(says);
    expect(r.output).toContain('usage: npm run geo:import');
    expect(readFileSync(out, 'utf8')).toBe(sentinel);
    expect(fingerprint('geo')).toEqual(geoBefore);
  });

  it('the script runs the command: the same status and lines as a child process', async () => {
    const out = write('cli-out.geojson', sentinel);
    const args = withOut([input, '--force'], out);
    const real = run('npx', ['tsx', 'geo/scripts/import-boundaries.ts', ...args]);
    const lines = (output: string) => output.split('\n').filter((l) => l !== '');
    expect(real.status, real.output).toBe(2);
    expect(lines(real.output)).toEqual(lines((await command(args)).output));
    expect(readFileSync(out, 'utf8')).toBe(sentinel);
  }, 60_000);
});
