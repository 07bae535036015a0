/**
 * The desk screens' words (src/i18n/dict/deskScreens.ts, loaded with the screens, not in the first view)
 * for a language: placeholders filled, and the "one" form (`<key>.one`) where the language says "one" for
 * `n`, as the app's own dictionary does (src/i18n/featureWords.ts). Pure, so the browser tests read the
 * same words (words.ts adds the typed `dt` that follows the language chosen).
 */
import type { Locale } from '../domain';
import * as screens from '../i18n/dict/deskScreens';
import { featureWords } from '../i18n/featureWords';

export const screenWords = featureWords(screens.zh, screens.en);

/** A text of the screens by a key known only at run time (the desk's own error lines carry theirs). */
export function deskText(
  locale: Locale,
  key: string,
  vars?: Readonly<Record<string, string | number>>,
): string {
  return screenWords.text(locale, key, vars);
}
