import { localField, localName, type Locale, type Named } from '../domain';
import { interpolate, type Translate } from './translate';
import { messages } from './messages';

/**
 * The current language. Components call `i18n.t(key, vars)` and `i18n.name(record)`, so they re-render when
 * the language changes.
 */
class I18n {
  locale = $state<Locale>('zh-CN');

  t: Translate = (key, ...vars) => interpolate(messages[this.locale][key], vars[0]);

  /** A record's name in the current language. */
  name = (record: Named): string => localName(record, this.locale);

  /** A record's `<field>_zh` or `<field>_en` (titles, roles, what a figure counts) in the current language. */
  field = <F extends string>(record: { [K in `${F}_zh` | `${F}_en`]: string }, field: F): string =>
    localField(record, field, this.locale);
}

export const i18n = new I18n();
