/**
 * data:add-source against hostile files and arguments (issue 27): the same report saved another way, an
 * empty, binary, GBK or Latin-1 file, a text over the size limit, a misspelt --data-dir, fields no one
 * should store, a registry write that fails. Each case runs the command (in this process) and checks its exit code, the rule
 * it names and that nothing was written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_TEXT_MAX_BYTES } from '../../../src/data/checks/sourceTexts';
import { TEXT_LIMIT_DEFAULT } from '../../../src/data/checks/textFields';
import type { Source } from '../../../src/data/schema';
import type { TextBytesProblem } from '../../../src/data/textBytes';
import { fingerprint, tool } from './hostileKit';
import { makeWorkspace } from './inputWorkspace';
import { addInventedSource, INVENTED_FILE, INVENTED_ID } from './secondReport';

const scratch = mkdtempSync(join(tmpdir(), 'huize-add-source-'));
const ws = makeWorkspace();
afterAll(() => {
  ws.dispose();
  rmSync(scratch, { recursive: true, force: true });
});
const invented = readFileSync(INVENTED_FILE, 'utf8');

/** GBK bytes of a text, from the decoder's own table (no encoder library needed). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const c = decoder.decode(Uint8Array.of(a, b));
      if (b !== 0x7f && c.length === 1 && !table.has(c)) table.set(c, [a, b]);
    }
  return Buffer.from(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = table.get(c);
      if (!bytes) throw new Error(`no GBK bytes for ${c}`);
      return bytes;
    }),
  );
}

const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const add = (path: string, extra: string[] = [], dataDir = ws.paths.dataDir) =>
  tool('data/add-source.ts', [
    path,
    '--title',
    '测试',
    '--outlet',
    '测试网',
    '--data-dir',
    dataDir,
    ...extra,
  ]);

const unreadable = (problem: TextBytesProblem) => [`(${problem})`, '(source-unreadable)'];

interface Case {
  name: string;
  input: () => string;
  extra?: string[];
  dataDir?: () => string;
  says: string[];
}

const misspelt = join(scratch, 'dtaa');

const cases: Case[] = [
  {
    name: 'the registered report saved with a UTF-8 byte-order mark',
    input: () => file('bom.txt', `\uFEFF${invented}`),
    says: [`the same text as ${INVENTED_ID}`, '(source-duplicate)'],
  },
  {
    name: 'the registered report with Windows line ends',
    input: () => file('crlf.txt', invented.replace(/\n/g, '\r\n')),
    says: [`the same text as ${INVENTED_ID}`, '(source-duplicate)'],
  },
  {
    name: 'the registered report saved as GBK (read as GBK, so found the same)',
    input: () => file('gbk.txt', gbk(invented)),
    says: [`the same text as ${INVENTED_ID}`, '(source-duplicate)'],
  },
  { name: 'an empty file', input: () => file('empty.txt', ''), says: unreadable('empty') },
  {
    name: 'a file of blank lines and a BOM',
    input: () => file('blank.txt', '\uFEFF\r\n  \n'),
    says: unreadable('empty'),
  },
  {
    name: 'a binary file',
    input: () =>
      file('picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    says: unreadable('binary'),
  },
  {
    name: 'Latin-1 text',
    input: () => file('latin1.txt', Buffer.from('Caf\u00e9 r\u00e9sum\u00e9 na\u00efve', 'latin1')),
    says: [...unreadable('encoding'), 'neither UTF-8 nor GBK/GB18030'],
  },
  {
    name: 'a text over the size limit',
    input: () => file('huge.txt', '会泽县。\n'.repeat(Math.ceil(SOURCE_TEXT_MAX_BYTES / 10) + 1)),
    says: unreadable('too-large'),
  },
  {
    name: 'a misspelt --data-dir',
    input: () => file('new.txt', '新的报道。\n'),
    dataDir: () => misspelt,
    says: ['has no sources.json', '--init', '(registry-missing)'],
  },
  {
    name: 'a title with a right-to-left override',
    input: () => file('new2.txt', '新的报道。\n'),
    extra: ['--name-en', 'Report \u202e2019'],
    says: ['name_en', 'U+202E', '(source-invalid)'],
  },
  {
    name: 'a 100,000-character title',
    input: () => file('new3.txt', '新的报道。\n'),
    // Latin letters: one argument may be at most 128 kB on Linux.
    extra: ['--name-zh', 'x'.repeat(100_000)],
    says: [`at most ${TEXT_LIMIT_DEFAULT}`, '(source-invalid)'],
  },
  {
    name: 'a url that is not well formed',
    input: () => file('new4.txt', '新的报道。\n'),
    extra: ['--url', 'http://[oops'],
    says: ['url', '(source-invalid)'],
  },
];

describe('data:add-source on hostile input', () => {
  beforeAll(async () => {
    const r = await addInventedSource(ws);
    expect(r.status, r.output).toBe(0);
  }, 120_000);

  it.each(cases)(
    '$name',
    async ({ input, extra, dataDir, says }) => {
      const path = input();
      const before = fingerprint(ws.dir);
      const r = await add(path, extra, dataDir?.());
      expect(r.status, r.output).toBe(1);
      for (const s of says) expect(r.output).toContain(s);
      expect(fingerprint(ws.dir)).toEqual(before);
      expect(existsSync(misspelt), 'no data folder is made up').toBe(false);
    },
    120_000,
  );

  it('refuses to run on a registry whose text is not where it says', async () => {
    const other = makeWorkspace();
    try {
      other.edit<Source[]>('data/sources.json', (l) => (l[0]!.text.folder = 'sources'));
      const before = fingerprint(other.dir);
      const r = await add(file('new5.txt', '新的报道。\n'), [], other.paths.dataDir);
      expect(r.status, r.output).toBe(1);
      expect(r.output).toContain('(registry-invalid)');
      expect(fingerprint(other.dir)).toEqual(before);
    } finally {
      other.dispose();
    }
  }, 120_000);

  it('a GBK file of a new report is stored as UTF-8, and --init starts a new folder', async () => {
    const dir = join(scratch, 'fresh');
    const text = '会泽县新闻。\n图书捐赠\n2019年，娜姑镇获赠图书100册。\n';
    const r = await add(file('gbk-new.txt', gbk(text)), ['--init', '--id', 'src-gbk'], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('gb18030 text converted to UTF-8');
    expect(readFileSync(join(dir, 'sources', 'src-gbk.txt'), 'utf8')).toBe(text);
  }, 120_000);

  it('a registry that cannot be written leaves no text behind, and the retry succeeds', async () => {
    const blocker = join(ws.paths.dataDir, 'sources.json.tmp');
    mkdirSync(blocker);
    const path = file('retry.txt', '另一篇报道。\n');
    const before = fingerprint(ws.dir);
    const failed = await add(path, ['--id', 'src-retry']);
    expect(failed.status, failed.output).toBe(1);
    expect(fingerprint(ws.dir)).toEqual(before);
    expect(existsSync(join(ws.paths.sourcesDir, 'src-retry.txt'))).toBe(false);
    rmdirSync(blocker);
    const retried = await add(path, ['--id', 'src-retry']);
    expect(retried.status, retried.output).toBe(0);
    expect(existsSync(join(ws.paths.sourcesDir, 'src-retry.txt'))).toBe(true);
  }, 120_000);
});
