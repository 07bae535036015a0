import { localName, type Locale, type Named } from '../domain';
import { interpolate } from './translate';
import { messages, type MessageKey } from './messages';

/**
 * The current language. Components call `i18n.t(key, vars)` and `i18n.name(record)`, so they re-render when
 * the language changes.
 */
class I18n {
  locale = $state<Locale>('zh-CN');

  // Loose until every caller passes its placeholders' values; then typed as `Translate`.
  t = (key: MessageKey, vars?: Readonly<Record<string, string | number>>): string =>
    interpolate(messages[this.locale][key], vars);

  /** A record's name in the current language. */
  name = (record: Named): string => localName(record, this.locale);
}

export const i18n = new I18n();
