import { describe, expect, it } from 'vitest';
import * as panels from '../../../src/i18n/dict/panels';
import { messages } from '../../../src/i18n/messages';

describe('the panels dictionary', () => {
  const keys = Object.keys(panels.zh) as (keyof typeof panels.zh)[];

  it('is merged into the main dictionary without any key being overridden by another', () => {
    for (const key of keys) {
      expect(messages['zh-CN'][key], key).toBe(panels.zh[key]);
      expect(messages.en[key], key).toBe(panels.en[key]);
    }
  });

  it('has English for every key, empty only where English needs no word', () => {
    expect(Object.keys(panels.en).sort()).toEqual([...keys].sort());
    const empty = keys.filter((k) => panels.en[k] === '');
    expect(empty).toEqual(['act.sharedSuffix']);
  });

  it('keeps the {placeholders} of each text in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of keys) expect(holes(panels.en[key]), key).toEqual(holes(panels.zh[key]));
  });
});
