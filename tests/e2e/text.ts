/**
 * The app's own text, from its dictionaries by key (src/i18n/dict): a test expects what the dictionary
 * says, so rewording a label changes one file, and a test still fails when the page shows other text than
 * its key gives. Data (place names, what a user types) is not here: it comes from the data or the test.
 */
import type { Locale } from '../../src/domain';
import { messages, type MessageKey } from '../../src/i18n/messages';
import { translator, type Translate } from '../../src/i18n/translate';

export const zh: Translate = translator('zh-CN');
export const en: Translate = translator('en');

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
export function pattern(locale: Locale, key: MessageKey, vars: Record<string, string | number>): RegExp {
  const text = messages[locale][key];
  const escaped = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(
    escaped.replace(/\{(\w+)\}/g, (_, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.+?',
    ),
  );
}
