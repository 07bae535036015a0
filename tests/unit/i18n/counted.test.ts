/**
 * Counts in the language's plural forms (issue 26 item 10: "1 people"): a key's `.one` form where the language
 * says "one" for n and the dictionary has it. Expected words come from the dictionary by key.
 */
import { describe, expect, it } from 'vitest';
import type { BuiltinUnit, Count } from '../../../src/data/schema';
import { formatCount } from '../../../src/i18n/figures';
import { messages, type MessageKey } from '../../../src/i18n/messages';
import { countedText, interpolate, translator } from '../../../src/i18n/translate';

const count = (value: number, unit: Count['unit']): Count => ({
  key: 'k',
  value,
  unit,
  counted_as: 'beneficiaries',
  what_en: 'w',
  what_zh: 'w',
  qualifier: 'exact',
  prospective: false,
  as_written: 'w',
  part_of: null,
});

const messageRows: { key: MessageKey; n: number; expected: MessageKey }[] = [
  { key: 'region.custom', n: 1, expected: 'region.custom.one' },
  { key: 'region.custom', n: 2, expected: 'region.custom' },
  { key: 'region.custom', n: 0, expected: 'region.custom' },
  { key: 'panel.outsideCount', n: 1, expected: 'panel.outsideCount.one' },
  { key: 'tv.regionTownshipsCaption', n: 1, expected: 'tv.regionTownshipsCaption.one' },
  // no `.one` form: the key's own text
  { key: 'tv.activitiesCaption', n: 1, expected: 'tv.activitiesCaption' },
];

describe('counted messages', () => {
  it.each(messageRows)('en $key with n = $n reads as $expected', ({ key, n, expected }) => {
    const t = translator('en') as (key: MessageKey, vars: { n: number; amount?: string }) => string;
    expect(t(key, { n })).toBe(interpolate(messages.en[expected], { n }));
  });

  it('the one form differs from the plural in English and not in Chinese', () => {
    expect(messages.en['region.custom.one']).not.toBe(messages.en['region.custom']);
    expect(translator('zh-CN')('region.custom', { n: 1 })).toBe(
      interpolate(messages['zh-CN']['region.custom'], { n: 1 }),
    );
  });

  const unitRows: { value: number; unit: BuiltinUnit; key: MessageKey }[] = [
    { value: 1, unit: 'people', key: 'unit.people.one' },
    { value: 2, unit: 'people', key: 'unit.people' },
    { value: 1, unit: 'computers', key: 'unit.computers.one' },
    { value: 1.5, unit: 'mu', key: 'unit.mu' },
  ];
  it.each(unitRows)('en: $value $unit is written with $key', ({ value, unit, key }) => {
    expect(formatCount(count(value, unit), 'en')).toBe(`${value} ${messages.en[key]}`);
    expect(countedText('en', `unit.${unit}`, value)).toBe(messages.en[key]);
  });
});
