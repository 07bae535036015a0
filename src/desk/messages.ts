/**
 * The desk's messages in the user's language, from its own dictionary (src/i18n/dict/desk.ts, loaded with
 * the desk's lazily imported modules, not in the first view) with the rule's values filled in. In English,
 * a rule whose dictionary text is only its general sense keeps the check's own English message, which says
 * the particulars.
 */
import type { Locale } from '../domain';
import * as dict from '../i18n/dict/desk';
import { featureWords } from '../i18n/featureWords';
import { interpolate } from '../i18n/translate';

type Vars = Readonly<Record<string, string | number>>;

export const deskWords = featureWords(dict.zh, dict.en);
export type DeskWord = keyof typeof dict.zh;

export const has = deskWords.has;

/** The message of `key` with `vars` in `locale` (see the module's comment for English). */
export function messageOf(key: string, vars: Vars, locale: Locale): string {
  if (!has(key)) return String(vars.detail ?? key);
  const general = !/\{\w+\}/.test(dict.en[key]);
  const text =
    locale === 'en' && general && vars.detail !== undefined
      ? String(vars.detail)
      : deskWords.text(locale, key, vars);
  if (vars.alsoSheet === undefined) return text;
  return `${text} ${interpolate(deskWords.texts[locale]['desk.also'], {
    sheet: vars.alsoSheet,
    row: vars.alsoRow!,
    column: vars.alsoColumn!,
    letter: vars.alsoLetter!,
  })}`;
}

/** An error's message again, in another language (the list follows a language switch). */
export function deskMessage(error: { key: string; vars: Vars }, locale: Locale): string {
  return messageOf(error.key, error.vars, locale);
}
