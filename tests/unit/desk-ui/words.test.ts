import { describe, expect, it } from 'vitest';
import { deskText } from '../../../src/desk-ui/words';
import * as screens from '../../../src/i18n/dict/deskScreens';
import { messages } from '../../../src/i18n/messages';

const keys = Object.keys(screens.zh) as (keyof typeof screens.zh)[];
const holes = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe("the desk screens' dictionary (loaded with the screens)", () => {
  it('has English for every key and no empty text', () => {
    expect(Object.keys(screens.en).sort()).toEqual([...keys].sort());
    expect(keys.filter((k) => !screens.zh[k] || !screens.en[k])).toEqual([]);
  });

  it.each(keys)('%s keeps its {placeholders} in both languages', (key) => {
    expect(holes(screens.en[key])).toEqual(holes(screens.zh[key]));
  });

  it('shares no key with the app’s dictionary', () => {
    expect(keys.filter((k) => k in messages['zh-CN'])).toEqual([]);
  });

  it('fills placeholders and takes the "one" form where the language has one', () => {
    expect(deskText('en', 'deskui.sheetCount', { n: 1 })).toBe('1 error');
    expect(deskText('en', 'deskui.sheetCount', { n: 3 })).toBe('3 errors');
    expect(deskText('zh-CN', 'deskui.sheetCount', { n: 1 })).toBe('1 处');
    expect(deskText('zh-CN', 'deskui.row', { n: 51 })).toBe('第 51 行');
  });
});
