import { describe, expect, it } from 'vitest';
import { SOURCE_TEXT_MAX_BYTES } from '../../../src/data/checks/sourceTexts';
import { decodeTextBytes, TextBytesError, type TextBytesProblem } from '../../../src/data/textBytes';

const utf8 = (s: string) => new TextEncoder().encode(s);
// 会泽 in GBK
const gbk = Uint8Array.of(0xbb, 0xe1, 0xd4, 0xf3, 0x0a);

describe('decodeTextBytes', () => {
  it.each([
    { name: 'plain UTF-8', bytes: utf8('会泽\n'), text: '会泽\n', encoding: 'utf-8' },
    { name: 'UTF-8 with a BOM', bytes: utf8('\uFEFF会泽\n'), text: '会泽\n', encoding: 'utf-8' },
    { name: 'Windows line ends', bytes: utf8('会\r\n泽\r'), text: '会\n泽\n', encoding: 'utf-8' },
    { name: 'GBK', bytes: gbk, text: '会泽\n', encoding: 'gb18030' },
    {
      name: 'UTF-16 with a BOM',
      bytes: Uint8Array.of(0xff, 0xfe, 0x1a, 0x4f, 0xfd, 0x6c),
      text: '会泽',
      encoding: 'utf-16le',
    },
  ])('reads $name', ({ bytes, text, encoding }) => {
    expect(decodeTextBytes(bytes, 'a.txt')).toEqual({ text, encoding });
  });

  it.each<{ name: string; bytes: Uint8Array; problem: TextBytesProblem }>([
    { name: 'nothing', bytes: new Uint8Array(0), problem: 'empty' },
    { name: 'blank lines and a BOM', bytes: utf8('\uFEFF \r\n\t\n'), problem: 'empty' },
    { name: 'a NUL byte', bytes: utf8('会泽\u0000'), problem: 'binary' },
    { name: 'a bell character', bytes: utf8('会泽\u0007'), problem: 'binary' },
    { name: 'Latin-1', bytes: Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), problem: 'encoding' },
    {
      name: 'too many bytes',
      bytes: new Uint8Array(SOURCE_TEXT_MAX_BYTES + 1).fill(0x61),
      problem: 'too-large',
    },
  ])('refuses $name ($problem), naming the file', ({ bytes, problem }) => {
    let error: unknown;
    try {
      decodeTextBytes(bytes, 'report.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TextBytesError);
    expect((error as TextBytesError).problem).toBe(problem);
    expect((error as Error).message).toContain('report.txt');
  });
});
