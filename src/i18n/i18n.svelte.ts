import { type Locale } from '../domain';
import { messages, type MessageKey } from './messages';

/** The current language; components read `i18n.t(key)` so they re-render when it changes. */
class I18n {
  locale = $state<Locale>('zh-CN');

  t = (key: MessageKey): string => messages[this.locale][key];
}

export const i18n = new I18n();
