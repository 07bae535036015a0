/**
 * Words of a part of the app that loads on first use (its dictionary comes with its code, not in the first
 * view's messages.ts): `lazyWords(zh, en)(locale)(key, vars)`, typed like `t` — a key of the dictionary and
 * the values its placeholders need — with a `<key>.one` form where the language says "one" for `n`. The
 * reader's form of featureWords.ts, which does the work. Pure (no app state), so the browser tests read the
 * same words.
 */
import type { Locale } from '../domain';
import { featureWords, type Dictionary, type WordsIn } from './featureWords';

export type { WordVars } from './featureWords';

export function lazyWords<W extends Dictionary>(
  zh: W,
  en: Record<keyof W, string>,
): (locale: Locale) => WordsIn<W> {
  const words = featureWords(zh, en);
  return (locale) => words.in(locale);
}
