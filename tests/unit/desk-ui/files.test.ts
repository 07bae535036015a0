import { describe, expect, it } from 'vitest';
import { inChatApp } from '../../../src/desk-ui/chatApp';
import { savedName, stemOf } from '../../../src/desk-ui/names';
import { chooseFiles, openingName } from '../../../src/desk-ui/openFiles';

const f = (...names: string[]) => names.map((name) => ({ name }));

describe('chooseFiles', () => {
  it.each([
    { names: ['新报道.xlsx'], expected: { workbook: '新报道.xlsx', texts: [] } },
    {
      names: ['a.txt', '新报道.xlsx', 'B.TXT'],
      expected: { workbook: '新报道.xlsx', texts: ['a.txt', 'B.TXT'] },
    },
    // whatever is not a text is the workbook: the opener says "not a workbook" if it is not one
    { names: ['photo.png', 'a.txt'], expected: { workbook: 'photo.png', texts: ['a.txt'] } },
  ])('$names', ({ names, expected }) => {
    const chosen = chooseFiles(f(...names));
    expect('problem' in chosen).toBe(false);
    if ('problem' in chosen) return;
    expect({ workbook: chosen.workbook.name, texts: chosen.texts.map((t) => t.name) }).toEqual(expected);
  });

  it.each([
    { names: ['a.txt'], expected: { problem: 'deskui.noWorkbook', n: 0 } },
    { names: ['a.xlsx', 'b.xlsx', 'c.txt'], expected: { problem: 'deskui.manyWorkbooks', n: 2 } },
  ])('$names is refused in one line', ({ names, expected }) => {
    expect(chooseFiles(f(...names))).toEqual(expected);
  });

  it('names an opening by its workbook, else its first file', () => {
    expect(openingName(f('a.txt', 'b.xlsx'))).toBe('b.xlsx');
    expect(openingName(f('a.txt'))).toBe('a.txt');
  });
});

describe('saved file names', () => {
  const day = new Date(2026, 11, 7, 10, 42);
  it.each([
    { base: stemOf('新报道.xlsx'), ext: 'html', part: undefined, expected: '新报道-2026-12-07.html' },
    { base: stemOf('a/b:c*?.xlsx'), ext: 'xlsx', part: undefined, expected: 'a-b-c-2026-12-07.xlsx' },
    {
      base: stemOf('报道.v2.xlsx'),
      ext: 'zip',
      part: '数据文件',
      expected: '报道.v2-数据文件-2026-12-07.zip',
    },
    { base: '会泽帮扶地图', ext: 'html', part: undefined, expected: '会泽帮扶地图-2026-12-07.html' },
  ])('$expected', ({ base, ext, part, expected }) => {
    expect(savedName(base, day, ext, part)).toBe(expected);
  });

  it('drops control characters a file name cannot hold', () => {
    expect(stemOf('a\u0007b.xlsx')).toBe('a-b');
  });
});

describe('inChatApp', () => {
  const android = 'Mozilla/5.0 (Linux; Android 13; V2203A) AppleWebKit/537.36 (KHTML, like Gecko)';
  it.each([
    {
      ua: `${android} Chrome/107.0 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230504 MicroMessenger/8.0.37.2380`,
      expected: true,
    },
    {
      ua: `${android} Chrome/98.0 Mobile Safari/537.36 V1_AND_SQ_8.9.28_3700_YYB_D QQ/8.9.28.10155 NetType/WIFI`,
      expected: true,
    },
    { ua: `${android} Chrome/107.0 Mobile Safari/537.36 wxwork/4.1.6 MicroMessenger/7.0.1`, expected: true },
    {
      ua: `${android} Chrome/97.0 Mobile Safari/537.36 AliApp(DingTalk/7.0.10) DingTalk/7.0.10`,
      expected: true,
    },
    // QQ's own browser (MQQBrowser) and ordinary browsers download
    { ua: `${android} Chrome/89.0 MQQBrowser/13.5 Mobile Safari/537.36`, expected: false },
    { ua: `${android} Chrome/120.0 Mobile Safari/537.36`, expected: false },
    {
      ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0',
      expected: false,
    },
  ])('$expected: $ua', ({ ua, expected }) => expect(inChatApp(ua)).toBe(expected));
});
