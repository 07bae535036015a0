/**
 * The desk screens' words (src/i18n/dict/deskScreens.ts, loaded with the screens, not in the first view),
 * in the language chosen: `dt(key, vars)` does for them what `i18n.t` does for the app's dictionary — the
 * same typed placeholders, the same "one" forms (`<key>.one`), and it follows a language switch.
 */
import type { Locale } from '../domain';
import * as screens from '../i18n/dict/deskScreens';
import { i18n } from '../i18n/i18n.svelte';
import { interpolate, type Placeholders } from '../i18n/translate';

type Words = typeof screens.zh;
export type DeskKey = keyof Words;
type Vars<K extends DeskKey> = [Placeholders<Words[K]>] extends [never]
  ? []
  : [vars: Record<Placeholders<Words[K]>, string | number>];

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

export const dt = <K extends DeskKey>(key: K, ...vars: Vars<K>): string =>
  deskText(i18n.locale, key, vars[0]);
