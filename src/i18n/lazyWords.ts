/**
 * Words of a part of the app that loads on first use (its dictionary comes with its code, not in the first
 * view's messages.ts): `lazyWords(zh, en)(locale)(key, vars)`, typed like `t` — a key of the dictionary and
 * the values its placeholders need — with a `<key>.one` form where the language says "one" for `n`. Pure
 * (no app state), so the browser tests read the same words.
 */
import type { Locale } from '../domain';
import { interpolate, type Placeholders } from './translate';

export type WordVars<W, K extends keyof W> = [Placeholders<W[K]>] extends [never]
  ? []
  : [vars: Record<Placeholders<W[K]>, string | number>];

const plurals = new Map<Locale, Intl.PluralRules>();

export function lazyWords<W extends Readonly<Record<string, string>>>(zh: W, en: Record<keyof W, string>) {
  const texts: Record<Locale, Readonly<Record<string, string>>> = { 'zh-CN': zh, en };
  return (locale: Locale) =>
    <K extends keyof W & string>(key: K, ...vars: WordVars<W, K>): string => {
      let rules = plurals.get(locale);
      if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
      const values = vars[0] as Readonly<Record<string, string | number>> | undefined;
      const n = values?.n;
      const one =
        typeof n === 'number' && rules.select(n) === 'one' ? texts[locale][`${key}.one`] : undefined;
      return interpolate(one ?? texts[locale][key] ?? key, values);
    };
}
