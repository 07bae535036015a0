/**
 * The words of a part of the app that loads on first use: its dictionary is imported by its own lazily
 * loaded modules, not merged into messages.ts, so the first view does not carry it. `featureWords(zh, en)`
 * reads it as `t` reads the app's: typed keys and the values their {placeholders} need, the `<key>.one`
 * form where the language says "one" for `n` (as countedText does). Pure (no app state), so Node and the
 * browser tests read the same words; a feature follows the language chosen by calling `.in(i18n.locale)`
 * where it renders. `withAppWords` adds the app's own dictionary for a feature whose sentences use both.
 */
import type { Locale } from '../domain';
import { en as appEn, zh as appZh } from './messages';
import { interpolate, type Placeholders } from './translate';

type Vars = Readonly<Record<string, string | number>>;
export type Dictionary = Readonly<Record<string, string>>;

/** The values a key needs, one per placeholder of its zh-CN text; none for a text without any. */
export type WordVars<W, K extends keyof W> = [Placeholders<W[K]>] extends [never]
  ? []
  : [vars: Record<Placeholders<W[K]>, string | number>];

/** A translator fixed to one language over the dictionary `W`. */
export type WordsIn<W> = <K extends keyof W & string>(key: K, ...vars: WordVars<W, K>) => string;

export interface FeatureWords<W extends Dictionary> {
  readonly texts: Readonly<Record<Locale, Readonly<Record<keyof W, string>>>>;
  /** whether a key known only at run time (an error's rule) is one of these words */
  has(key: string): key is keyof W & string;
  /** the key's text for a count `n`: its `.one` form where the language says "one", else its own */
  counted(locale: Locale, key: keyof W & string, n?: unknown): string;
  /** a key known only at run time, filled (the key itself when it is none of these words) */
  text(locale: Locale, key: string, vars?: Vars): string;
  in(locale: Locale): WordsIn<W>;
}

const plurals = new Map<Locale, Intl.PluralRules>();
function saysOne(locale: Locale, n: unknown): boolean {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return typeof n === 'number' && rules.select(n) === 'one';
}

export function featureWords<W extends Dictionary>(zh: W, en: Record<keyof W, string>): FeatureWords<W> {
  const texts: Record<Locale, Readonly<Record<string, string>>> = { 'zh-CN': zh, en };
  const has = (key: string): key is keyof W & string => Object.hasOwn(zh, key);
  const counted = (locale: Locale, key: string, n?: unknown): string =>
    (saysOne(locale, n) ? texts[locale][`${key}.one`] : undefined) ?? texts[locale][key] ?? key;
  const text = (locale: Locale, key: string, vars?: Vars): string =>
    interpolate(counted(locale, key, vars?.n), vars);
  return {
    texts: texts as FeatureWords<W>['texts'],
    has,
    counted,
    text,
    in:
      (locale) =>
      (key, ...vars) =>
        text(locale, key, vars[0] as Vars | undefined),
  };
}

/** The app's own dictionary (messages.ts), as its zh-CN texts' types. */
export type AppWords = typeof appZh;

/** A feature's dictionary with the app's own under it: one translator for both. */
export function withAppWords<W extends Dictionary>(
  zh: W,
  en: Record<keyof W, string>,
): FeatureWords<AppWords & W> {
  const all: AppWords & W = { ...appZh, ...zh };
  return featureWords(all, { ...appEn, ...en } as Record<keyof (AppWords & W), string>);
}
