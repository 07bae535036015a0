/**
 * The reader's own words (src/i18n/dict/readerView.ts, loaded with the reader, not in the first view) for
 * a language: `readerWords(locale)(key, vars)`. Pure; `rt` (./words.ts) follows the language chosen.
 */
import * as words from '../i18n/dict/readerView';
import { lazyWords } from '../i18n/lazyWords';

export const readerWords = lazyWords(words.zh, words.en);
export type ReaderWords = typeof words.zh;
