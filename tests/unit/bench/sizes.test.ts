import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewFiles } from '../../../bench/lib/sizes';

/** A built page: index.html and assets/, each file's content as given. */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'first-view-'));
  mkdirSync(path.join(dir, 'assets'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('firstViewFiles', () => {
  it.each<{ what: string; files: Record<string, string>; expected: string[] }>([
    {
      what: 'the entry, its stylesheet and its static imports, transitively',
      files: {
        'index.html':
          '<script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">',
        'assets/index.js': 'import{a as b}from"./shared.js";import"./side.js";',
        'assets/shared.js': 'import{c}from"./deep.js";',
        'assets/deep.js': '',
        'assets/side.js': '',
        'assets/index.css': '',
      },
      expected: [
        'index.html',
        'assets/index.js',
        'assets/index.css',
        'assets/shared.js',
        'assets/side.js',
        'assets/deep.js',
      ],
    },
    {
      what: 'no dynamic import (loaded on first use)',
      files: {
        'index.html': '<script type="module" src="./assets/index.js"></script>',
        'assets/index.js': 'const t=()=>import("./table.js");',
        'assets/table.js': 'import"./table-dep.js";',
        'assets/table-dep.js': '',
      },
      expected: ['index.html', 'assets/index.js'],
    },
    {
      what: 'module preloads the HTML names',
      files: {
        'index.html':
          '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/pre.js">',
        'assets/index.js': '',
        'assets/pre.js': '',
      },
      expected: ['index.html', 'assets/index.js', 'assets/pre.js'],
    },
  ])('$what', ({ files, expected }) => {
    const dir = build(files);
    const found = firstViewFiles(dir, 'index.html').map((f) => path.relative(dir, f));
    expect(found.sort()).toEqual([...expected].sort());
  });
});
