import type { Locale } from '../domain';
import { messages, type MessageKey, type zh } from './messages';

/** The `{name}` placeholders of a message text, as a union of their names. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a message needs, one per placeholder of its (zh-CN) text; none for a text without any. */
export type MessageVars<K extends MessageKey> = [Placeholders<(typeof zh)[K]>] extends [never]
  ? []
  : [vars: Record<Placeholders<(typeof zh)[K]>, string | number>];

/** Looks a message up and fills its placeholders: `t('region.custom', { n: 3 })` → "3 个乡镇". */
export type Translate = <K extends MessageKey>(key: K, ...vars: MessageVars<K>) => string;

/** Fills `{name}` placeholders; one without a value stays as written, so a missing value shows. */
export function interpolate(text: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (hole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : hole,
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A key's text for a count of `n`: its `<key>.one` form where the language says "one" for n and the dictionary
 * has that form ("1 township", "1 person"), else the key's own text. zh-CN never says "one": one text serves.
 */
export function countedText(locale: Locale, key: MessageKey, n: unknown): string {
  const texts: Readonly<Record<string, string>> = messages[locale];
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const one = typeof n === 'number' && rules.select(n) === 'one' ? texts[`${key}.one`] : undefined;
  return one ?? texts[key]!;
}

/** A message filled with its values, in the plural form its `{n}` asks for. */
export function message(
  locale: Locale,
  key: MessageKey,
  vars?: Readonly<Record<string, string | number>>,
): string {
  return interpolate(countedText(locale, key, vars?.n), vars);
}

/**
 * A translator fixed to one language, for code that is handed a locale rather than reading the current one
 * (the table's CSV, formatted figures).
 */
export function translator(locale: Locale): Translate {
  return (key, ...vars) => message(locale, key, vars[0]);
}
