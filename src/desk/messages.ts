/**
 * The desk's messages in the user's language, from its dictionary (src/i18n/dict/desk.ts) with the rule's
 * values filled in. In English, a rule whose dictionary text is only its general sense keeps the check's
 * own English message, which says the particulars. Light: the first view may import it (deskMessage).
 */
import type { Locale } from '../domain';
import { messages, type MessageKey } from '../i18n/messages';
import { interpolate, message } from '../i18n/translate';

type Vars = Record<string, string | number>;

export const has = (key: string): key is MessageKey => Object.hasOwn(messages['zh-CN'], key);

/** The message of `key` with `vars` in `locale` (see the module's comment for English). */
export function messageOf(key: string, vars: Readonly<Vars>, locale: Locale): string {
  if (!has(key)) return String(vars.detail ?? key);
  const general = !/\{\w+\}/.test(messages.en[key]);
  const text =
    locale === 'en' && general && vars.detail !== undefined
      ? String(vars.detail)
      : message(locale, key, vars);
  if (vars.alsoSheet === undefined) return text;
  return `${text} ${interpolate(messages[locale]['desk.also'], {
    sheet: vars.alsoSheet,
    row: vars.alsoRow!,
    column: vars.alsoColumn!,
    letter: vars.alsoLetter!,
  })}`;
}
