import { describe, expect, it } from 'vitest';
import * as app from '../../../src/i18n/dict/app';
import * as controls from '../../../src/i18n/dict/controls';
import * as deskUi from '../../../src/i18n/dict/desk-ui';
import * as downloads from '../../../src/i18n/dict/downloads';
import * as mapControls from '../../../src/i18n/dict/mapControls';
import * as pairings from '../../../src/i18n/dict/pairings';
import * as panels from '../../../src/i18n/dict/panels';
import * as present from '../../../src/i18n/dict/present';
import * as reader from '../../../src/i18n/dict/reader';
import * as records from '../../../src/i18n/dict/records';
import * as region from '../../../src/i18n/dict/region';
import * as surfaces from '../../../src/i18n/dict/surfaces';
import * as table from '../../../src/i18n/dict/table';
import { messages, type MessageKey } from '../../../src/i18n/messages';
import { featureDictionaries } from '../../e2e/text';

const keys = Object.keys(messages['zh-CN']) as MessageKey[];
const holes = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('the whole dictionary', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same {placeholders} in zh-CN and en', (key) => {
    expect(holes(messages.en[key])).toEqual(holes(messages['zh-CN'][key]));
  });

  it('has a text for every key in both languages', () => {
    const missing = keys.filter(
      (k) => typeof messages['zh-CN'][k] !== 'string' || typeof messages.en[k] !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('takes each key from exactly one of the dictionaries in dict/', () => {
    const dicts = [
      app,
      controls,
      deskUi,
      downloads,
      mapControls,
      pairings,
      panels,
      present,
      reader,
      records,
      region,
      surfaces,
      table,
    ];
    const seen = dicts.flatMap((d) => Object.keys(d.zh));
    expect(seen.length).toBe(new Set(seen).size);
    expect([...seen].sort()).toEqual([...keys].sort());
  });
});

/** The dictionaries a feature loads with its code (not in messages.ts): the same guarantees. */
describe.each(Object.entries(featureDictionaries))('the %s words (loaded on use)', (_, dict) => {
  const own = Object.keys(dict.zh);
  const zh: Readonly<Record<string, string>> = dict.zh;
  const en: Readonly<Record<string, string>> = dict.en;

  it('have the same keys in both languages, each with a text', () => {
    expect(Object.keys(en).sort()).toEqual([...own].sort());
    const missing = own.filter((k) => typeof zh[k] !== 'string' || typeof en[k] !== 'string');
    expect(missing).toEqual([]);
  });

  it('have the same {placeholders} in zh-CN and en', () => {
    const differ = own.filter((k) => holes(en[k]!).join() !== holes(zh[k]!).join());
    expect(differ).toEqual([]);
  });
});

describe('every dictionary together', () => {
  it('has each key in exactly one dictionary, the first view’s or a feature’s', () => {
    const seen = [...keys, ...Object.values(featureDictionaries).flatMap((d) => Object.keys(d.zh))];
    const twice = seen.filter((k, i) => seen.indexOf(k) !== i);
    expect(twice).toEqual([]);
  });
});
