/**
 * The app's own text, from its dictionaries by key (src/i18n/dict): a test expects what the dictionary
 * says, so rewording a label changes one file, and a test still fails when the page shows other text than
 * its key gives. Data (place names, what a user types) is not here: it comes from the data or the test.
 * The lookups cover every dictionary: the first view's (messages.ts) and those that load with their feature.
 */
import type { Locale } from '../../src/domain';
import * as book from '../../src/i18n/dict/book';
import * as brief from '../../src/i18n/dict/brief';
import * as desk from '../../src/i18n/dict/desk';
import * as deskScreens from '../../src/i18n/dict/deskScreens';
import * as docx from '../../src/i18n/dict/docx';
import * as readerView from '../../src/i18n/dict/readerView';
import { featureWords, type WordsIn } from '../../src/i18n/featureWords';
import { en as appEn, zh as appZh } from '../../src/i18n/messages';

/** The dictionaries a feature imports itself, so they load with it and not in the first view. */
export const featureDictionaries = { book, brief, desk, deskScreens, docx, readerView };

const allZh = {
  ...appZh,
  ...book.zh,
  ...brief.zh,
  ...desk.zh,
  ...deskScreens.zh,
  ...docx.zh,
  ...readerView.zh,
};
const all = featureWords(allZh, {
  ...appEn,
  ...book.en,
  ...brief.en,
  ...desk.en,
  ...deskScreens.en,
  ...docx.en,
  ...readerView.en,
});

export type TextKey = keyof typeof allZh & string;
export type Translate = WordsIn<typeof allZh>;

export const zh: Translate = all.in('zh-CN');
export const en: Translate = all.in('en');

export function t(locale: Locale): Translate {
  return locale === 'en' ? en : zh;
}

/** Parts of one line as the app joins them (`sep.parts`: " · "). */
export function parts(locale: Locale, items: readonly string[]): string {
  return items.join(t(locale)('sep.parts'));
}

/**
 * A message as a pattern: the given values in their places, any other placeholder standing for some text.
 * For lines whose other parts (a source's name, a date) are not the test's to know.
 */
export function pattern(locale: Locale, key: TextKey, vars: Record<string, string | number>): RegExp {
  const text = all.texts[locale][key];
  const escaped = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(
    escaped.replace(/\{(\w+)\}/g, (_, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.+?',
    ),
  );
}
