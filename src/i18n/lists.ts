import type { Locale } from '../domain';
import type { Translate } from './translate';

const listFormats = new Map<Locale, Intl.ListFormat>();

/**
 * Names as the language lists them: "娜姑镇、迤车镇、矿山镇" / "Nagu Town, Yiche Town, Kuangshan Town".
 * Narrow, so no "和" / "and" is added: the lists name places in a title, a label or a table cell.
 */
export function formatList(locale: Locale, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * The parts of one line of text, the empty ones left out, between the language's part separator:
 * "会泽县 · 派驻人员 · 娜姑镇", "娜姑镇 · 3 项 · 22.4 万元".
 */
export function joinParts(t: Translate, parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(t('sep.parts'));
}
