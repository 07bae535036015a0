import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/i18n.svelte';
import { messages } from '../../../src/i18n/messages';
import { interpolate, translator } from '../../../src/i18n/translate';

describe('interpolate', () => {
  const rows: { text: string; vars?: Record<string, string | number>; expected: string }[] = [
    { text: '{n} 个乡镇', vars: { n: 3 }, expected: '3 个乡镇' },
    { text: 'Step {i} of {n}', vars: { i: 2, n: 9 }, expected: 'Step 2 of 9' },
    { text: '{n} and {n}', vars: { n: 1 }, expected: '1 and 1' },
    { text: 'no placeholders', vars: { n: 1 }, expected: 'no placeholders' },
    { text: '{n} 个乡镇', expected: '{n} 个乡镇' },
    { text: '{missing} stays', vars: { n: 1 }, expected: '{missing} stays' },
    { text: '{n}', vars: { n: 0 }, expected: '0' },
    { text: '{name}', vars: { name: '' }, expected: '' },
    // A value is inserted as it is, never read as a pattern of its own.
    { text: '{a}{b}', vars: { a: '{b}', b: '$&' }, expected: '{b}$&' },
    { text: '{toString}', vars: {}, expected: '{toString}' },
    { text: '{ratio}×', vars: { ratio: '1.50' }, expected: '1.50×' },
  ];
  it.each(rows)('$text with $vars → $expected', ({ text, vars, expected }) =>
    expect(interpolate(text, vars)).toBe(expected),
  );
});

describe('translator and i18n.t', () => {
  it('fill a message of the chosen language', () => {
    expect(translator('zh-CN')('region.custom', { n: 4 })).toBe(
      messages['zh-CN']['region.custom'].replace('{n}', '4'),
    );
    expect(translator('en')('region.custom', { n: 4 })).toBe(
      messages.en['region.custom'].replace('{n}', '4'),
    );
    expect(translator('en')('present.step', { i: 1, n: 3 })).toBe(
      messages.en['present.step'].replace('{i}', '1').replace('{n}', '3'),
    );
  });

  it('i18n.t follows the current language', () => {
    const before = i18n.locale;
    try {
      i18n.locale = 'en';
      expect(i18n.t('tv.activitiesCaption', { n: 12 })).toBe(
        messages.en['tv.activitiesCaption'].replace('{n}', '12'),
      );
      i18n.locale = 'zh-CN';
      expect(i18n.t('tv.activitiesCaption', { n: 12 })).toBe(
        messages['zh-CN']['tv.activitiesCaption'].replace('{n}', '12'),
      );
    } finally {
      i18n.locale = before;
    }
  });
});
