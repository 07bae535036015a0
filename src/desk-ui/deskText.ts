/**
 * The desk screens' words (src/i18n/dict/deskScreens.ts, loaded with the screens, not in the first view)
 * for a language: placeholders filled, and the "one" form (`<key>.one`) where the language says "one" for
 * `n`, as the app's own dictionary does. Pure, so the browser tests read the same words (words.ts adds
 * the typed `dt` that follows the language chosen).
 */
import type { Locale } from '../domain';
import * as screens from '../i18n/dict/deskScreens';
import { interpolate } from '../i18n/translate';

const texts: Record<Locale, Readonly<Record<string, string>>> = { 'zh-CN': screens.zh, en: screens.en };
const plurals = new Map<Locale, Intl.PluralRules>();

/** A text of the screens by a key known only at run time (the desk's own error lines carry theirs). */
export function deskText(
  locale: Locale,
  key: string,
  vars?: Readonly<Record<string, string | number>>,
): string {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  const n = vars?.n;
  const one = typeof n === 'number' && rules.select(n) === 'one' ? texts[locale][`${key}.one`] : undefined;
  return interpolate(one ?? texts[locale][key] ?? key, vars);
}
