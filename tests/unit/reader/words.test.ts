import { describe, expect, it } from 'vitest';
import * as view from '../../../src/i18n/dict/readerView';
import { messages } from '../../../src/i18n/messages';
import { readerWords } from '../../../src/reader/readerWords';

const keys = Object.keys(view.zh) as (keyof typeof view.zh)[];
const holes = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe("the reader's own words (loaded with the reader)", () => {
  it('have the same keys and {placeholders} in zh-CN and en, each with a text', () => {
    expect(Object.keys(view.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(holes(view.en[key]), key).toEqual(holes(view.zh[key]));
      expect(view.zh[key].length > 0 && view.en[key].length > 0, key).toBe(true);
    }
  });

  it('share no key with the first view’s dictionary', () => {
    expect(keys.filter((k) => Object.hasOwn(messages['zh-CN'], k))).toEqual([]);
  });

  it('fill placeholders and take the "one" form where the language has it', () => {
    const en = readerWords('en');
    expect(en('reader.records', { n: 3 })).toBe(view.en['reader.records'].replace('{n}', '3'));
    expect(en('reader.records', { n: 1 })).toBe(view.en['reader.records.one']);
    expect(readerWords('zh-CN')('reader.uncovered', { n: 3 })).toBe(
      view.zh['reader.uncovered'].replace('{n}', '3'),
    );
  });
});
