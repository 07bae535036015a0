import { localField, localName, type Locale, type Named } from '../domain';
import { formatList } from './lists';
import { message, type Translate } from './translate';

/**
 * The current language. Components call `i18n.t(key, vars)`, `i18n.name(record)` and `i18n.list(names)`, so they re-render when
 * the language changes.
 */
class I18n {
  locale = $state<Locale>('zh-CN');

  t: Translate = (key, ...vars) => message(this.locale, key, vars[0]);

  /** A record's name in the current language. */
  name = (record: Named): string => localName(record, this.locale);

  /** A record's `<field>_zh` or `<field>_en` (titles, roles, what a figure counts) in the current language. */
  field = <F extends string>(record: { [K in `${F}_zh` | `${F}_en`]: string }, field: F): string =>
    localField(record, field, this.locale);

  /** Names as the current language lists them: "娜姑镇、迤车镇" / "Nagu Town, Yiche Town". */
  list = (items: readonly string[]): string => formatList(this.locale, items);
}

export const i18n = new I18n();
